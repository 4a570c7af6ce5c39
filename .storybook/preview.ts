import { setCustomElementsManifest, type Preview } from '@storybook/web-components-vite';
import { Controls, Description, Heading, Primary, Source, Stories, Subtitle, Title, useOf } from '@storybook/addon-docs/blocks';
import { createElement, Fragment } from 'react';
// Generated from the widgets' JSDoc by `npm run analyze` (npm start and build-storybook run it first).
import manifest from '../custom-elements.json';
import { embedCode } from '../stories/embed-code.js';

/**
 * The manifest as readers need it: the analyzer also lists private and protected members,
 * which Storybook would show as properties with controls.
 */
const publicManifest = {
  ...manifest,
  modules: manifest.modules.map((module) => ({
    ...module,
    declarations: (module.declarations ?? []).map((d) =>
      'members' in d && d.members ? { ...d, members: d.members.filter((m) => !('privacy' in m && m.privacy) && !('static' in m && m.static)) } : d,
    ),
  })),
};
setCustomElementsManifest(publicManifest);

/** Attribute names of each widget, in the order its documentation lists them. */
const attributesOf = new Map(
  manifest.modules.flatMap((module) =>
    (module.declarations ?? []).flatMap((d) =>
      'tagName' in d && d.tagName ? [[d.tagName, ('attributes' in d ? d.attributes ?? [] : []).map((a) => a.name)] as const] : [],
    ),
  ),
);

/**
 * Each docs page: the standard blocks, and for a widget its embed code under the first story.
 * The code follows the controls, since every story's source is rewritten by `transform` below.
 */
function page() {
  const { component } = useOf('meta').preparedMeta;
  const embed = typeof component === 'string' && attributesOf.has(component);
  return createElement(
    Fragment,
    null,
    createElement(Title),
    createElement(Subtitle),
    createElement(Description),
    createElement(Primary),
    embed && createElement(Heading, null, 'Embed code'),
    embed && createElement('p', null, 'Paste this into an article (the script once per page); change the controls below and the code follows.'),
    embed && createElement(Source),
    createElement(Controls),
    createElement(Stories),
  );
}

/** A picker for each attribute with a fixed set of values, from the widget's `choices`. */
function choiceControls(context: { component?: unknown; argTypes: Record<string, object> }) {
  const element = typeof context.component === 'string' ? customElements.get(context.component) : undefined;
  const choices = (element as { choices?: Record<string, readonly string[]> } | undefined)?.choices ?? {};
  const argTypes = { ...context.argTypes };
  for (const [attribute, options] of Object.entries(choices)) {
    const argType = argTypes[attribute] as { table?: object } | undefined;
    argTypes[attribute] = {
      ...argType,
      options,
      control: { type: 'select' },
      // The values themselves rather than the type's name (`(typeof VIEWS)[number]`).
      table: { ...argType?.table, type: { summary: options.map((o) => `'${o}'`).join(' | ') } },
    };
  }
  return argTypes;
}

const preview: Preview = {
  tags: ['autodocs'],
  argTypesEnhancers: [choiceControls],
  parameters: {
    controls: { expanded: true },
    layout: 'padded',
    docs: {
      page,
      source: {
        // "Show code" gives what a newsroom pastes: the script tag and the element with the
        // story's current attributes. Stories of several widgets keep their rendered HTML.
        transform: (code: string, context: { component?: unknown; args: Record<string, unknown> }) => {
          const attributes = typeof context.component === 'string' ? attributesOf.get(context.component) : undefined;
          return attributes ? embedCode(context.component as string, context.args, attributes) : code;
        },
      },
    },
  },
};

export default preview;

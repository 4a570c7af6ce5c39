import { setCustomElementsManifest, type Preview } from '@storybook/web-components-vite';
import { Controls, Description, Heading, Primary, Source, Stories, Subtitle, Title, useOf } from '@storybook/addon-docs/blocks';
import { createElement, Fragment } from 'react';
// Generated from the widgets' JSDoc by `npm run analyze` (npm start and build-storybook run it first).
import manifest from '../custom-elements.json';
import { embedCode } from '../stories/embed-code.js';
import { metrics } from '../src/data/index.js';
import { LANGUAGES } from '../src/i18n/language.js';

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

type ArgType = { name?: string; description?: string; table?: { category?: string; disable?: boolean }; control?: unknown; options?: readonly string[] };
type Declaration = {
  tagName?: string;
  attributes?: { name: string; fieldName?: string; description?: string; default?: string; type?: { text: string } }[];
  members?: { kind: string; name: string; attribute?: string; readonly?: boolean; description?: string }[];
  cssParts?: { name: string; description?: string }[];
  slots?: { name: string; description?: string }[];
};

const declarationsByTag = new Map(
  (publicManifest.modules.flatMap((module) => module.declarations ?? []) as Declaration[]).filter((d) => d.tagName).map((d) => [d.tagName!, d]),
);

/**
 * Each docs page: the standard blocks, and for a widget its embed code under the first story.
 * The code follows the controls, since every story's source is rewritten by `transform` below.
 */
function page() {
  const { component } = useOf('meta').preparedMeta;
  const embed = typeof component === 'string' && declarationsByTag.has(component);
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

const METRIC_IDS = metrics.map((m) => m.id);

/** A description without Markdown's code marks, for tables that print them as they are. */
const plain = (text?: string) => text?.replace(/`([^`]*)`/g, '$1');

/** Documentation only: nothing a control could set. */
const DOCUMENTATION_ONLY = ['events', 'css shadow parts', 'css custom properties', 'slots'];

/**
 * Each widget's controls and reference table, from custom-elements.json and the widget's
 * `choices`. Storybook keys them by name, so a part named like an attribute or property
 * (`legend`, `problem`) or a slot named like an attribute (`headline`) had replaced it: attributes, slots and parts are listed here each under its own key.
 */
function widgetArgTypes(context: { component?: unknown; argTypes: Record<string, ArgType> }) {
  const tag = typeof context.component === 'string' ? context.component : '';
  const declaration = declarationsByTag.get(tag);
  if (!declaration) return context.argTypes;
  const widget = customElements.get(tag) as (CustomElementConstructor & { choices?: Record<string, readonly string[]> }) | undefined;
  // Metrics and languages take other values too (a page's own metric, any language tag), but a
  // picker of the bundled ones is what a reader of these docs needs.
  const choices: Record<string, readonly string[]> = { ...widget?.choices, metric: METRIC_IDS, 'compare-to': METRIC_IDS, lang: LANGUAGES };
  // Defaults as a new element has them, rather than the initialiser's text (`DEFAULT_METRICS`, `''`).
  const fresh = (widget ? new widget() : {}) as Record<string, unknown>;
  const argTypes: Record<string, ArgType> = {};
  for (const attribute of declaration.attributes ?? []) {
    const options = choices[attribute.name];
    const type = attribute.type?.text;
    const initial = attribute.fieldName ? fresh[attribute.fieldName] : undefined;
    const fallback = initial === '' || initial === null || initial === undefined || initial === false ? undefined : String(initial);
    argTypes[attribute.name] = {
      name: attribute.name,
      description: attribute.description,
      table: {
        category: 'attributes',
        // The values themselves rather than the type's name (`(typeof VIEWS)[number]`).
        type: { summary: options ? options.map((o) => `'${o}'`).join(' | ') : (type ?? 'string') },
        ...(fallback ? { defaultValue: { summary: fallback } } : {}),
      } as ArgType['table'],
      control: options ? { type: 'select' } : { type: type === 'boolean' ? 'boolean' : 'text' },
      ...(options ? { options } : {}),
    };
  }
  for (const [key, argType] of Object.entries(context.argTypes)) {
    if (key in argTypes || argType.table?.category === 'css shadow parts' || argType.table?.category === 'slots') continue;
    argTypes[key] = DOCUMENTATION_ONLY.includes(argType.table?.category ?? '') ? { ...argType, control: false } : argType;
  }
  for (const slot of declaration.slots ?? []) {
    argTypes[`slot:${slot.name}`] = { name: slot.name, description: slot.description, table: { category: 'slots' }, control: false };
  }
  for (const part of declaration.cssParts ?? []) {
    argTypes[`part:${part.name}`] = { name: part.name, description: plain(part.description), table: { category: 'css shadow parts' }, control: false };
  }
  for (const member of declaration.members ?? []) {
    // A property mirrored by an attribute of another name (`valueLabel`) is listed once, as the attribute.
    if (member.attribute && member.attribute !== member.name) argTypes[member.name] = { ...argTypes[member.name], table: { disable: true } };
    if (member.readonly) {
      argTypes[member.name] = { name: member.name, description: member.description, table: { category: 'properties' }, control: false };
    }
  }
  // JSDoc's {@link X} reads as code in the tables.
  for (const [key, argType] of Object.entries(argTypes)) {
    if (argType.description) argTypes[key] = { ...argType, description: argType.description.replace(/\{@link\s+([^}\s]+)\s*\}/g, '`$1`') };
  }
  return argTypes;
}

const preview: Preview = {
  tags: ['autodocs'],
  argTypesEnhancers: [widgetArgTypes],
  parameters: {
    controls: { expanded: true },
    layout: 'padded',
    docs: {
      page,
      source: {
        // "Show code" gives what a newsroom pastes: the script tag and the element with the
        // story's current attributes. Stories of several widgets keep their rendered HTML.
        transform: (code: string, context: { component?: unknown; args: Record<string, unknown> }) => {
          const widget = typeof context.component === 'string' ? declarationsByTag.get(context.component) : undefined;
          return widget ? embedCode(widget.tagName!, context.args, (widget.attributes ?? []).map((a) => a.name)) : code;
        },
      },
    },
  },
};

export default preview;

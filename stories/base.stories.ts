import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import './base-demo.js';

interface Args {
  theme: string;
  lang: string;
  size: string;
}

const meta: Meta<Args> = {
  title: 'Foundation/Widget base',
  tags: ['autodocs'],
  parameters: {
    docs: {
      description: {
        component:
          'What every widget inherits: language from `lang` (own or nearest ancestor, else English), light and dark palettes from `theme`, the page\'s `color-scheme` and the reader\'s preference, `--im-*` custom properties, and an error state with a localized message instead of an exception. Shown on a stand-in element.',
      },
    },
  },
  argTypes: {
    theme: { control: 'select', options: ['auto', 'light', 'dark', 'purple'], description: 'Palette' },
    lang: { control: 'select', options: ['en', 'zh', 'da'], description: 'Language (else the page\'s)' },
    size: { control: 'select', options: ['small', 'large', 'huge'], description: 'Demo-only attribute' },
  },
  args: { theme: 'auto', lang: 'en', size: 'small' },
  render: ({ theme, lang, size }) =>
    html`<im-base-demo theme=${ifDefined(theme)} lang=${ifDefined(lang)} size=${ifDefined(size)}></im-base-demo>`,
};
export default meta;

type Story = StoryObj<Args>;

export const Light: Story = { args: { theme: 'light' } };
export const Dark: Story = { args: { theme: 'dark' } };
export const Chinese: Story = { args: { lang: 'zh' } };
export const Danish: Story = { args: { lang: 'da' } };

/** A bad value of the base's own attribute: the widget explains it instead of drawing. */
export const BadTheme: Story = { args: { theme: 'purple' } };

/** A bad value of a widget's own attribute, in Chinese. */
export const BadAttributeChinese: Story = { args: { lang: 'zh', size: 'huge' } };

/** House style through custom properties set on any ancestor. */
export const HouseStyle: Story = {
  render: () => html`<div
    style="--im-font-family: Georgia, serif; --im-color-accent: #8b0000; --im-color-background: #fbf7ef; --im-color-border: #6b5a45; --im-radius: 0"
  >
    <im-base-demo theme="light"></im-base-demo>
  </div>`,
};

/** Light, dark and the error state side by side. */
export const AllStates: Story = {
  render: () => html`<div style="display: grid; gap: 1rem; grid-template-columns: repeat(auto-fit, minmax(280px, 1fr))">
    <im-base-demo theme="light"></im-base-demo>
    <im-base-demo theme="dark"></im-base-demo>
    <im-base-demo theme="light" size="huge"></im-base-demo>
    <im-base-demo theme="dark" lang="da" size="huge"></im-base-demo>
  </div>`,
};

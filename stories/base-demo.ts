import { css, html, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { define } from '../src/element/define.js';
import { MosaicElement } from '../src/element/mosaic-element.js';
import { checkChoice, type Problem } from '../src/text/problem.js';

const WORDS = {
  en: { title: 'Widget base', body: 'Every widget gets this frame, its palette and its language.', swatches: 'Theme tokens' },
  zh: { title: '组件基础', body: '每个组件都使用此框架、配色和语言设置。', swatches: '主题变量' },
  da: { title: 'Widget-grundlag', body: 'Alle widgets får denne ramme, farvepalet og sprog.', swatches: 'Tema-variabler' },
} as const;

const TOKENS = ['text', 'text-muted', 'surface', 'border', 'accent', 'focus', 'error'] as const;

/**
 * A stand-in widget for Storybook only (not shipped): shows what the base gives every widget.
 * `size` exists to show a widget's own attribute failing validation.
 */
class BaseDemo extends MosaicElement {
  static override styles = [
    ...MosaicElement.styles,
    css`
      .demo {
        padding: var(--_space);
        border: 1px solid var(--_border);
        border-radius: var(--_radius);
      }
      h3 {
        margin: 0 0 0.25em;
      }
      ul {
        display: flex;
        flex-wrap: wrap;
        gap: 0.5em;
        padding: 0;
        list-style: none;
      }
      li {
        display: flex;
        align-items: center;
        gap: 0.35em;
        color: var(--_text-muted);
      }
      li span {
        inline-size: 1.2em;
        block-size: 1.2em;
        border: 1px solid var(--_border);
        border-radius: 3px;
      }
    `,
  ];

  /** Demo-only attribute: `small` or `large`. */
  @property() size = 'small';

  protected override checkInput(): Problem | null {
    return super.checkInput() ?? checkChoice('size', this.size, ['small', 'large']);
  }

  protected renderContent(): TemplateResult {
    const words = WORDS[this.language];
    return html`<div class="demo" tabindex="0" style=${this.size === 'large' ? 'font-size: 1.25em' : ''}>
      <h3>${words.title}</h3>
      <p>${words.body}</p>
      <ul aria-label=${words.swatches}>
        ${TOKENS.map((token) => html`<li><span style="background: var(--_${token})"></span>${token}</li>`)}
      </ul>
    </div>`;
  }
}
define('im-base-demo', BaseDemo);

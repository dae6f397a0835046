import { css, unsafeCSS, type CSSResult } from 'lit';
import { TOKEN_VALUES, type TokenValues } from './token-values.js';

// Built from the token table, which holds only this library's constants.
function declarations(value: (token: TokenValues) => string | undefined): CSSResult {
  const lines = TOKEN_VALUES.flatMap((token: TokenValues) => {
    const chosen = value(token);
    return chosen === undefined ? [] : [`--_${token[0]}: var(--pith-${token[0]}, ${chosen});`];
  });
  return unsafeCSS(lines.join('\n'));
}

const light = declarations(([, light]) => light);
const dark = declarations(([, , dark]) => dark);
const compact = declarations(([, , , compact]) => compact);

// The `;` after each block of declarations is an empty declaration to the browser; it tells
// lit-analyzer's CSS check that the interpolation stands for declarations.
/**
 * Resolves the global `--pith-*` tokens into private `--_*` properties on every element, for
 * the light theme, the dark theme (`theme="dark"`, or the reader's preference unless
 * `theme="light"`) and compact density. Every element includes it and receives its `theme` and
 * `density` from its parent, so all elements of one feed agree on both.
 */
export const tokens = css`
  :host {
    ${light};
    color-scheme: light;
  }
  :host([theme='dark']) {
    ${dark};
    color-scheme: dark;
  }
  @media (prefers-color-scheme: dark) {
    :host(:not([theme='light'])) {
      ${dark};
      color-scheme: dark;
    }
  }
  :host([density='compact']) {
    ${compact};
  }
`;

/**
 * Typography set on the host of the elements that stand alone on a page (`pith-feed`,
 * `category-feed`, `paper-card`): every inherited text property is set here, so the page's own
 * rules (a 62.5% root font size, centred or double-spaced body text) do not reach the cards.
 * Sizes inside are in `em` of a size given in pixels, never `rem`.
 */
export const typography = css`
  :host {
    box-sizing: border-box;
    font-family: var(--_font-family);
    font-size: var(--_font-size);
    font-style: normal;
    font-variant: normal;
    font-weight: 400;
    font-stretch: normal;
    line-height: var(--_line-height);
    letter-spacing: normal;
    word-spacing: normal;
    text-align: start;
    text-indent: 0;
    text-transform: none;
    text-shadow: none;
    white-space: normal;
    word-break: normal;
    overflow-wrap: break-word;
    hyphens: manual;
    font-kerning: auto;
    color: var(--_color-text);
    visibility: visible;
  }
`;

/** Rules every element shares: links, focus rings, text for assistive technology only. */
export const common = css`
  a {
    color: var(--_color-link);
    text-underline-offset: 0.15em;
  }
  a:focus-visible,
  button:focus-visible,
  textarea:focus-visible,
  [tabindex]:focus-visible {
    outline: 2px solid var(--_color-focus);
    outline-offset: 2px;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }
  /* Formulas read left to right in every script, and keep their own direction inside a
     right-to-left sentence. */
  .katex,
  math,
  .tex-math,
  .tex-display,
  .tex-error,
  .tex-pending {
    direction: ltr;
    unicode-bidi: isolate;
  }
  /* The tex module's own colours fall back to light-theme values; these follow the theme. */
  :host .tex-error {
    color: var(--pith-tex-error-color, var(--_color-error));
  }
  :host .tex-pending {
    color: var(--_color-muted);
  }
`;

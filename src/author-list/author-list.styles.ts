import { css } from 'lit';

export const styles = css`
  :host {
    display: inline;
    color: var(--pith-author-color, inherit);
  }
  :host([hidden]) {
    display: none;
  }

  /* Each name keeps its own direction (a Latin name in an Arabic sentence, or the reverse);
     CSS rather than dir="auto", which is costly on thousands of names. */
  [part~='name'] {
    unicode-bidi: plaintext;
  }

  [part~='name-link'] {
    color: inherit;
    text-decoration-color: color-mix(in srgb, currentColor 45%, transparent);
  }
  [part~='name-link']:hover {
    text-decoration-color: currentColor;
  }

  button {
    font: inherit;
    color: var(--_color-link);
    background: none;
    border: 0;
    padding: 0;
    cursor: pointer;
    text-decoration: underline;
    text-underline-offset: 0.15em;
    white-space: nowrap;
  }

  button:focus-visible {
    border-radius: 2px;
  }
`;

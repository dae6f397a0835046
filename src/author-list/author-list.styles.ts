import { css } from 'lit';

export const styles = css`
  :host {
    display: inline;
    color: var(--pith-author-color, inherit);
  }

  button {
    font: inherit;
    color: var(--pith-color-link, #1a5fb4);
    background: none;
    border: 0;
    padding: 0;
    cursor: pointer;
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }

  button:focus-visible {
    outline: 2px solid var(--pith-color-focus, #1a5fb4);
    outline-offset: 2px;
    border-radius: 2px;
  }
`;

import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
  }
  :host([hidden]) {
    display: none;
  }

  button {
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
    margin: 0;
    padding: 0.2em 0.35em;
    margin-inline-start: -0.35em;
    border: 0;
    border-radius: var(--_radius-small);
    background: none;
    color: var(--pith-abstract-button-color, var(--_color-link));
    font: inherit;
    font-size: var(--pith-abstract-button-font-size, 0.875em);
    cursor: pointer;
  }
  button:hover {
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  button:focus-visible {
    outline: 2px solid var(--_color-focus);
    outline-offset: 2px;
  }

  /* A small triangle drawn with borders, so it follows the text colour in every theme. */
  .chevron {
    width: 0;
    height: 0;
    border-block: 0.3em solid transparent;
    border-inline-start: 0.45em solid currentColor;
  }
  :host([open]) .chevron {
    transform: rotate(90deg);
  }
  /* Right to left, the triangle points left when closed, so it turns the other way. */
  :host([open]) .chevron:dir(rtl) {
    transform: rotate(-90deg);
  }

  .abstract {
    margin-block-start: var(--_space-s);
    font-size: var(--pith-abstract-font-size, 0.95em);
    line-height: var(--pith-abstract-line-height, 1.55);
    overflow-wrap: break-word;
    /* An inline formula cannot wrap; one wider than the card scrolls here
       instead of widening the card and the page. */
    overflow-x: auto;
    overflow-y: hidden;
    padding-block: 0.125em;
  }
  .abstract[hidden] {
    display: none;
  }

  @media (prefers-reduced-motion: no-preference) {
    .chevron {
      transition: transform 150ms ease;
    }
    .abstract:not([hidden]) {
      animation: reveal 180ms ease-out;
    }
  }
  @keyframes reveal {
    from {
      opacity: 0;
      transform: translateY(-0.25em);
    }
  }
`;

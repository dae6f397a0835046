import { adoptStyles, css } from 'lit';

/**
 * The card's modal dialogs: the full figure and the BibTeX fallback. Each dialog comes in a
 * chunk loaded on first use, so these styles join the card's shadow root only then.
 */
const dialogStyles = css`
  .dialog {
    box-sizing: border-box;
    width: min(60em, calc(100vw - 2em));
    max-height: calc(100vh - 2em);
    padding: 0;
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius);
    background: var(--_color-surface);
    color: var(--_color-text);
    font: inherit;
    text-align: start;
  }
  .dialog::backdrop {
    background: rgb(0 0 0 / 0.55);
  }
  .dialog-body {
    display: flex;
    flex-direction: column;
    gap: var(--_space-m);
    padding: var(--_space-m) var(--_space-l) var(--_space-l);
  }
  .dialog-head {
    display: flex;
    align-items: flex-start;
    justify-content: space-between;
    gap: var(--_space-m);
  }
  .dialog-title {
    margin: 0;
    font-size: 1em;
    font-weight: 600;
    line-height: 1.4;
  }
  .dialog-hint {
    margin: 0;
    color: var(--_color-muted);
    font-size: 0.875em;
  }
  .close {
    flex: none;
    min-height: 24px;
    padding: 0.25em 0.875em;
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius-small);
    background: var(--_color-surface);
    color: var(--_color-text);
    font: inherit;
    font-size: 0.875em;
    cursor: pointer;
  }
  .full-figure {
    display: block;
    max-width: 100%;
    max-height: calc(100vh - 10em);
    height: auto;
    margin-inline: auto;
    background: #fff;
  }
  .bibtex {
    box-sizing: border-box;
    width: 100%;
    padding: var(--_space-s);
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius-small);
    background: var(--_color-surface);
    color: var(--_color-text);
    font-family: ui-monospace, 'SFMono-Regular', Menlo, Consolas, monospace;
    font-size: 0.8125em;
    line-height: 1.45;
    white-space: pre;
    resize: vertical;
  }
`;

const adopted = new WeakSet<ShadowRoot>();

/** Adds the dialog styles to a card's shadow root, once, after the card's own styles. */
export function adoptDialogStyles(root: Node) {
  if (!(root instanceof ShadowRoot) || adopted.has(root)) return;
  adopted.add(root);
  const sheet = dialogStyles.styleSheet;
  // Without constructable style sheets Lit gives a shadow root `<style>` elements; its helper
  // then appends one more, whereas with them it would replace the card's own sheets.
  if (sheet) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  else adoptStyles(root, [dialogStyles]);
}

import { css } from 'lit';
import { common, tokens, typography } from '../shared/tokens.styles.js';

const card = css`
  :host {
    display: block;
    container: pith-card / inline-size;
  }
  :host([hidden]) {
    display: none;
  }

  [part~='base'] {
    box-sizing: border-box;
    padding: var(--pith-card-padding, var(--_space-m) var(--_space-l));
    background: var(--pith-card-background, var(--_color-surface));
    border: var(--pith-card-border, 1px solid var(--_color-border));
    border-radius: var(--pith-card-radius, var(--_radius));
    box-shadow: var(--pith-card-shadow, none);
  }
  [part~='base'] > * + * {
    margin-block-start: var(--_space-m);
  }
  [part~='status'] p {
    margin: 0;
  }

  [part='meta'] {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space-xs) var(--_space-m);
    font-size: 0.8125em;
    color: var(--_color-muted);
  }
  [part='score'] {
    font-weight: 700;
    color: var(--_color-accent);
  }
  [part='badge'] {
    display: inline-block;
    padding: 0 0.5em;
    border-radius: 999px;
    background: var(--_color-badge-background);
    color: var(--_color-badge-text);
  }
  [part='reading'] [part='badge'] {
    font-size: 0.8125em;
    white-space: nowrap;
  }

  /* Text beside the figure when the card is wide enough, above it otherwise. */
  .body {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_space-m);
  }
  .text > * {
    margin: 0;
  }
  .text > * + * {
    margin-block-start: var(--_space-xs);
  }
  /* Formulas in one-line texts cannot wrap either; they scroll in their line.
     (Not the title: its link's focus ring must not be clipped.) */
  [part='headline'],
  [part='takeaway'] {
    overflow-x: auto;
    overflow-y: hidden;
  }

  [part='headline'] {
    font-weight: 700;
    font-size: 1.0625em;
    line-height: 1.35;
  }
  [part='readings'] {
    list-style: none;
    padding: 0;
  }
  [part='reading'] + [part='reading'] {
    margin-block-start: var(--_space-xs);
  }
  [part='reading'] [part='headline'] {
    margin-inline-end: var(--_space-s);
  }
  [part='authors'] {
    display: block;
    font-size: 0.875em;
    color: var(--_color-muted);
  }
  [part='title'] {
    font-size: 0.9375em;
    font-weight: 600;
    line-height: 1.4;
  }
  [part='title'] a {
    color: inherit;
  }
  [part='takeaway'] {
    font-size: 0.9375em;
  }

  [part~='figure'] {
    margin: 0;
    display: flex;
    flex-direction: column;
    align-items: flex-start;
    gap: var(--_space-xs);
  }
  .thumb {
    display: block;
    box-sizing: border-box;
    width: var(--pith-thumbnail-width, 15em);
    max-width: 100%;
    height: auto;
    border-radius: var(--_radius-small);
    border: 1px solid var(--_color-border);
    background: var(--_color-skeleton);
  }
  /* Without a known size, a box of the usual proportions holds the place of the image. */
  .thumb.unsized {
    aspect-ratio: 8 / 5;
    object-fit: contain;
  }
  .full-image {
    font-size: 0.8125em;
  }
  @container pith-card (min-width: 36em) {
    .body:has(> [part~='figure']) {
      grid-template-columns: minmax(0, 1fr) auto;
    }
    [part~='figure'] {
      align-items: flex-end;
    }
    .thumb {
      width: var(--pith-thumbnail-width, 12.5em);
    }
  }
  @container pith-card (max-width: 22em) {
    .thumb {
      width: 100%;
    }
    [part~='base'] {
      padding: var(--pith-card-padding, var(--_space-s) var(--_space-m));
    }
  }

  [part='abstract'] {
    display: block;
  }

  [part='footer'] {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: var(--_space-s) var(--_space-m);
    font-size: 0.8125em;
    color: var(--_color-muted);
  }
  [part='counters'],
  [part='tools'] {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space-s);
  }
  [part='tools'] {
    margin-inline-start: auto;
  }
  .chip {
    box-sizing: border-box;
    min-height: 24px;
    display: inline-flex;
    align-items: center;
    padding: 0.125em 0.75em;
    border: 1px solid var(--_color-border);
    border-radius: 999px;
    background: none;
    color: var(--_color-link);
    font: inherit;
    text-decoration: none;
    cursor: pointer;
  }
  .chip:hover {
    border-color: currentColor;
  }
  /* A Cite button or figure link whose dialog is still loading. */
  [aria-busy='true'] {
    cursor: progress;
    opacity: 0.6;
  }
  /* Messages about Cite come first in the tools, so the button stays under the pointer. */
  .cite-status,
  [part='tools'] > [part='status'] {
    order: -1;
  }
  .cite-status {
    color: var(--_color-text);
  }
  /* A dialog whose code could not be loaded, said beside the control that asked for it. */
  span[part='status'] {
    color: var(--_color-error);
  }
  /* Wraps within the figure's width instead of widening the figure (and narrowing the text). */
  [part~='figure'] > [part='status'] {
    font-size: 0.8125em;
    contain: inline-size;
  }

  :host([density='compact']) [part='headline'] {
    font-size: 1em;
  }
`;

export const styles = [tokens, typography, common, card];

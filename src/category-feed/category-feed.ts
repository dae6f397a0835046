import { LitElement, html } from 'lit';
import { property } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import type { Paper } from '../contract/types.js';
import { styles } from './category-feed.styles.js';

/**
 * @summary A list of paper cards.
 *
 * Renders what it is given and fetches nothing: `<pith-feed>` sets `items`
 * after loading a listing, and a page that fetched papers itself can do the
 * same.
 *
 * @csspart base - The list.
 * @csspart card - Each `<paper-card>`.
 *
 * @cssproperty [--pith-feed-gap=0.75rem] - Space between cards.
 */
export class CategoryFeed extends LitElement {
  static override styles = styles;

  /** The papers to show, in order. */
  @property({ attribute: false }) items: Paper[] = [];

  /** Set while more items are on their way, for assistive technology. */
  @property({ type: Boolean, reflect: true }) busy = false;

  /** Accessible name of the list. */
  @property() label = 'Papers';

  override render() {
    const size = this.items.length;
    return html`<div part="base" role="feed" aria-label=${this.label} aria-busy=${this.busy ? 'true' : 'false'}>
      ${repeat(
        this.items,
        (paper) => paper.id,
        (paper, i) =>
          html`<paper-card part="card" .paper=${paper} .position=${i + 1} .setSize=${size}></paper-card>`,
      )}
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'category-feed': CategoryFeed;
  }
}

import { LitElement, html } from 'lit';
import { property } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import type { Paper } from '../contract/types.js';
import { groupByYear } from '../shared/arrange.js';
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
  @property({ attribute: false }) items: readonly Paper[] = [];

  /** `year` puts the papers under year headings (papers keep their order within a year). */
  @property({ attribute: 'group-by' }) groupBy?: 'year';

  /** Set while more items are on their way, for assistive technology. */
  @property({ type: Boolean, reflect: true }) busy = false;

  /** Accessible name of the list. */
  @property() label = 'Papers';

  override render() {
    const busy = this.busy ? 'true' : 'false';
    if (this.groupBy !== 'year') {
      return html`<div part="base" role="feed" aria-label=${this.label} aria-busy=${busy}>
        ${this.renderCards(this.items, 0)}
      </div>`;
    }

    let before = 0;
    return html`<div part="base">
      ${groupByYear(this.items).map((group) => {
        const first = before;
        before += group.items.length;
        return html`<section part="group" aria-labelledby=${`year-${group.year}`}>
          <h3 part="group-heading" id=${`year-${group.year}`}>${group.year || 'Undated'}</h3>
          <div role="feed" aria-label=${`${this.label}, ${group.year || 'undated'}`} aria-busy=${busy}>
            ${this.renderCards(group.items, first)}
          </div>
        </section>`;
      })}
    </div>`;
  }

  private renderCards(papers: readonly Paper[], offset: number) {
    const size = this.items.length;
    return repeat(
      papers,
      (paper) => paper.id,
      (paper, i) =>
        html`<paper-card part="card" .paper=${paper} .position=${offset + i + 1} .setSize=${size}></paper-card>`,
    );
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'category-feed': CategoryFeed;
  }
}

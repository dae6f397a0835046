import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { consume } from '@lit/context';
import { repeat } from 'lit/directives/repeat.js';
import type { Paper } from '../contract/types.js';
import { pithConfigContext, type PithConfig } from '../config/config.js';
import { groupByYear, groupReadings } from '../shared/arrange.js';
import { chunkImport } from '../shared/chunk-import.js';
import { CARD_EXPORTPARTS } from '../shared/parts.js';
import { resolveStrings, type PithStrings, type PithStringsInput } from '../shared/strings.js';
import { Slicer } from './slices.js';
import { styles } from './category-feed.styles.js';

// What Control+Home and Control+End need, loaded on first use; asked for again under a new URL
// after a failed download.
const leaveFeedChunk = chunkImport(() => import('./leave-feed.js'), 'leaveFeed');

/** One card: a paper and its further readings. */
interface CardItem {
  paper: Paper;
  readings: readonly Paper[];
}

/** From this many cards on, cards off screen are not laid out until they come near. */
const LONG_LIST = 50;

// One shared empty list, so an ungrouped feed does not hand each card a new array per render.
const NO_READINGS: readonly Paper[] = Object.freeze([]);

/** What a card offers to the feed's keyboard handling. */
interface FocusableCard extends Element {
  focusCard?: () => boolean;
}

/**
 * Renders what it is given and fetches nothing: `<pith-feed>` sets `items` after loading a
 * listing, and a page that fetched papers itself can do the same. Each card is an `article`
 * with its position and the size of the feed; with the focus in a card, Page Down and Page Up
 * move it to the next and previous card, and Control+Home and Control+End to the nearest
 * control before or after the feed.
 *
 * @summary A list of paper cards, following the WAI-ARIA feed pattern.
 *
 * @tagname category-feed
 *
 * @csspart base - The list (`role="feed"`), or the wrapper of the year groups.
 * @csspart card - Each `<paper-card>`.
 * @csspart card-base - Exported from each card: the card itself. The card's other parts
 *   (`score`, `title`, `headline`, `cite`, …; see `<paper-card>`) are exported under their names.
 * @csspart group - One year, with `group-by="year"`.
 * @csspart group-heading - The heading of a year.
 *
 * @cssproperty [--pith-feed-gap=0.75em] - Space between cards (the `--pith-space-m` token;
 *   compact: `0.5em`).
 */
export class CategoryFeed extends LitElement {
  static override styles = styles;

  /** The papers to show, in order. */
  @property({ attribute: false }) items: readonly Paper[] = [];

  /** `year` puts the papers under year headings (papers keep their order within a year). */
  @property({ attribute: 'group-by' }) groupBy?: 'year';

  /**
   * Shows several readings of one paper (same title, same authors) as one card listing every
   * headline, at the place of the first.
   */
  @property({ type: Boolean, attribute: 'group-readings' }) groupReadings = false;

  /** Set while more items are on their way, for assistive technology. */
  @property({ type: Boolean, reflect: true }) busy = false;

  /** Accessible name of the list; `strings.feedLabel` ("Papers") when unset. */
  @property() label?: string;

  /** Replacements for the texts, merged over the feed's (or the page's) and the defaults. */
  @property({ attribute: false }) strings?: PithStringsInput;

  /** `light` or `dark` forces a theme on the list and its cards; unset follows the reader. */
  @property({ reflect: true }) theme?: 'light' | 'dark';

  /** `compact` tightens spacing in the list and its cards. */
  @property({ reflect: true }) density?: 'compact';

  /** Configuration from the enclosing `<pith-feed>`, when there is one. */
  @consume({ context: pithConfigContext, subscribe: true })
  @property({ attribute: false })
  config?: PithConfig;

  /**
   * Number of papers in the whole listing, announced as each card's `aria-setsize`: the count
   * of `items` when unset, `-1` when the size is unknown (more pages to come). A listing that
   * grows keeps a stable size, so its cards need not update.
   */
  @property({ attribute: false }) total?: number;

  /** The cards to show: `items`, grouped by readings when asked; computed when they change. */
  private groups: CardItem[] = [];

  // Long lists render their first cards at once and the rest a slice per task.
  private slicer = new Slicer(() => this.growSlice());

  protected override willUpdate(changed: PropertyValues<this>) {
    if (changed.has('items') || changed.has('groupReadings') || !this.hasUpdated) {
      this.groups = this.groupReadings
        ? groupReadings(this.items)
        : this.items.map((paper) => ({ paper, readings: NO_READINGS }));
      this.slicer.reset(this.groups.length);
    }
  }

  protected override updated() {
    this.slicer.next(this.groups.length);
  }

  /** Resolves once every card is rendered, slices included. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let result = await super.getUpdateComplete();
    for (let rest = this.slicer.settled; rest; rest = this.slicer.settled) {
      await rest;
      result = await super.getUpdateComplete();
    }
    return result;
  }

  override render() {
    const strings = resolveStrings(this.config?.strings, this.strings);
    const label = this.label ?? strings.feedLabel;
    const groups = this.groups;
    const pending = this.slicer.pending(groups.length);
    const busy = this.busy || pending ? 'true' : 'false';
    const size = this.total ?? groups.length;

    if (this.groupBy !== 'year') {
      return html`<div
        part="base"
        class=${this.lengthClass()}
        role="feed"
        aria-label=${label}
        aria-busy=${busy}
        @keydown=${this.onKeydown}
      >${this.renderCards(groups.slice(0, this.slicer.shown), 0, size)}</div>`;
    }
    return this.renderYears(groups, strings, label, busy, size);
  }

  // Lists longer than this let the browser skip the cards off screen (see the styles).
  private lengthClass() {
    return this.groups.length > LONG_LIST ? 'long' : '';
  }

  // One slice: render more cards, and wait for them, so the slicer can time the work.
  private async growSlice() {
    this.requestUpdate();
    await super.getUpdateComplete();
    const cards = this.renderRoot.querySelectorAll<LitElement>('paper-card');
    await cards[cards.length - 1]?.updateComplete;
  }

  private renderYears(
    groups: CardItem[],
    strings: PithStrings,
    label: string,
    busy: 'true' | 'false',
    size: number,
  ) {
    const byYear = groupByYear(groups.map((group) => group.paper));
    const shown = this.slicer.shown;
    // Each year is a feed of its own, so a card's position counts within its year; a year's
    // size is known once every card of the listing is here.
    const complete = size === groups.length;
    let before = 0;
    return html`<div part="base" class=${this.lengthClass()} @keydown=${this.onKeydown}>
      ${byYear.map((year) => {
        const first = before;
        before += year.items.length;
        if (first >= shown) return nothing;
        const inYear = groups.slice(first, Math.min(before, shown));
        const name = year.year || strings.undated;
        return html`<section part="group" aria-labelledby=${`year-${year.year}`}>
          <h3 part="group-heading" id=${`year-${year.year}`}>${name}</h3>
          <div role="feed" aria-label=${strings.yearFeedLabel(label, name)} aria-busy=${busy}>
            ${this.renderCards(inYear, 0, complete ? year.items.length : -1)}
          </div>
        </section>`;
      })}
    </div>`;
  }

  private renderCards(groups: readonly CardItem[], offset: number, size: number) {
    return repeat(
      groups,
      (group) => group.paper.id,
      (group, i) =>
        html`<paper-card
          part="card"
          exportparts=${CARD_EXPORTPARTS}
          .paper=${group.paper}
          .readings=${group.readings}
          .position=${offset + i + 1}
          .setSize=${size}
          .strings=${this.strings}
          theme=${this.theme ?? nothing}
          density=${this.density ?? nothing}
        ></paper-card>`,
    );
  }

  // The feed pattern's keys: Page Down and Page Up move between articles; Control+Home and
  // Control+End leave the feed for what comes before or after it. Keys pressed inside a dialog
  // or a text field belong to it.
  private onKeydown = (event: KeyboardEvent) => {
    const leaving = event.ctrlKey && (event.key === 'Home' || event.key === 'End');
    if (!leaving && event.key !== 'PageDown' && event.key !== 'PageUp') return;
    if (event.altKey || event.metaKey || event.shiftKey || (event.ctrlKey && !leaving)) return;
    const path = event.composedPath();
    const inField = path.some(
      (node) => node instanceof Element && ['dialog', 'textarea', 'input'].includes(node.localName),
    );
    if (inField) return;
    if (leaving) {
      event.preventDefault();
      void this.leave(event.currentTarget as Element, event.key === 'Home' ? 'before' : 'after');
      return;
    }

    const cards = [...this.renderRoot.querySelectorAll<FocusableCard>('paper-card')];
    const current = cards.findIndex((card) => path.includes(card));
    if (current < 0) return;
    // At the first or last card the key does nothing: scrolling the page would carry the
    // focused card out of view.
    event.preventDefault();
    cards[current + (event.key === 'PageDown' ? 1 : -1)]?.focusCard?.();
  };

  private async leave(feed: Element, where: 'before' | 'after') {
    try {
      const { leaveFeed } = await leaveFeedChunk();
      if (leaveFeed(feed, where)) return;
    } catch {
      // Without the walker, the key does what it does elsewhere.
    }
    // Nothing to focus there: scroll to the top or the end, as the key would without the feed.
    const page = document.scrollingElement;
    page?.scrollTo({ top: where === 'before' ? 0 : page.scrollHeight });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'category-feed': CategoryFeed;
  }
}

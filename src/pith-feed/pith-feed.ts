import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ContextProvider } from '@lit/context';
import type { Loaded, PithClient } from '../client/types.js';
import type { ListingReply, Paper } from '../contract/types.js';
import { pithConfigContext, type PithConfig } from '../config/config.js';
import { fillTemplate, pageDefaults } from '../config/defaults.js';
import { defaultClient } from '../client/client.js';
import { errorDetail, isAbort, pithEvent } from '../events.js';
import type { SourceAdapter } from '../contract/adapters/types.js';
import { arrange, idSet, type SortOrder } from '../shared/arrange.js';
import { usableAttribute, usableNumber } from '../shared/misuse.js';
import { LIST_EXPORTPARTS } from '../shared/parts.js';
import { resolveStrings, type PithStrings, type PithStringsInput } from '../shared/strings.js';
import { styles } from './pith-feed.styles.js';
import { errorView, headerView, linksView, misconfiguredView, skeletonView } from './views.js';

/**
 * Where the first page stands. `initial`: nothing to fetch (no category or src). `interrupted`:
 * the feed was removed mid-request; it asks again when it returns.
 */
type LoadStatus = 'initial' | 'pending' | 'complete' | 'error' | 'interrupted';

/** What the first page is fetched from; a change of any of them fetches it again. */
type LoadInputs = readonly [url: string | undefined, client: PithClient, adapter?: SourceAdapter];

/**
 * Settings given here (endpoint templates, language, math output, client)
 * reach every element inside it through `@lit/context`. An attribute on the
 * feed wins over the page-wide default; see `docs/endpoint.md`. The `--pith-*` tokens listed
 * below are read by every element inside, each with a light and a dark default; `theme`,
 * `density` and `strings` reach every card too (see `docs/theming.md`).
 *
 * @summary The drop-in listing: fetches a category (or a static file) and
 * shows its header, its papers and its links, with loading, empty and error
 * states.
 *
 * @tagname pith-feed
 *
 * @slot - Fallback content, shown until the element upgrades (for example a link to the listing).
 *
 * @csspart base - The wrapper.
 * @csspart header - The category id, name and description.
 * @csspart category-id - The category id.
 * @csspart category-name - The category name.
 * @csspart description - The category description.
 * @csspart list - The `<category-feed>` of cards.
 * @csspart card - Each `<paper-card>`.
 * @csspart card-base - Each card itself. The cards' own parts (`meta`, `score`, `category`,
 *   `date`, `badge`, `headline`, `readings`, `reading`, `title`, `takeaway`, `figure`,
 *   `thumbnail`, `full-image`, `abstract`, `footer`, `counters`, `tools`, `abs-link`,
 *   `pdf-link`, `cite`, `cite-status`, `author-name`, `author-more`, `abstract-button`,
 *   `abstract-text`, `tex-error`) are passed on under their names, as are `group` and
 *   `group-heading`.
 * @csspart skeleton - A placeholder card while loading.
 * @csspart empty - The message shown when the listing has no papers.
 * @csspart error - The error message and its Retry button.
 * @csspart retry - The Retry button.
 * @csspart more - The "Load more" button.
 * @csspart links - The links at the foot of the listing.
 *
 * @cssproperty [--pith-skeleton-height=18em] - Height reserved by each placeholder card.
 * @cssproperty [--pith-feed-gap=0.75em] - Space between cards.
 * @cssproperty [--pith-color-error-border=var(--pith-color-error)] - Border of the error
 *   message.
 * @cssproperty [--pith-color-text=#1f2328] - Text. Dark: `#e6edf3`.
 * @cssproperty [--pith-color-muted=#59636e] - Secondary text. Dark: `#9198a1`.
 * @cssproperty [--pith-color-background=Canvas] - Behind the feed (the page colour for its
 *   scheme).
 * @cssproperty [--pith-color-surface=#ffffff] - Cards and dialogs. Dark: `#151b23`.
 * @cssproperty [--pith-color-border=#d1d9e0] - Borders. Dark: `#3d444d`.
 * @cssproperty [--pith-color-accent=#8250df] - Category id and scores. Dark: `#b487f5`.
 * @cssproperty [--pith-color-link=#1a5fb4] - Links and link-like buttons. Dark: `#6cb6ff`.
 * @cssproperty [--pith-color-focus=#1a5fb4] - Focus ring. Dark: `#6cb6ff`.
 * @cssproperty [--pith-color-badge-background=#f1ecfc] - Badge background. Dark: `#2e2247`.
 * @cssproperty [--pith-color-badge-text=#5e3aa8] - Badge text. Dark: `#d6c2fc`.
 * @cssproperty [--pith-color-error=#cf222e] - Errors and formulas that failed to typeset.
 *   Dark: `#f47067`.
 * @cssproperty [--pith-color-error-background=#fff5f5] - Error message background. Dark: `#2b1719`.
 * @cssproperty [--pith-color-skeleton=#eef1f4] - Placeholders while loading. Dark: `#262c36`.
 * @cssproperty [--pith-font-family=system-ui, sans-serif] - Text font (a system font stack).
 * @cssproperty [--pith-font-size=16px] - Base text size; sizes inside are relative to it.
 * @cssproperty [--pith-line-height=1.5] - Line height of running text.
 * @cssproperty [--pith-space-xs=0.25em] - Smallest gap. Compact: `0.125em`.
 * @cssproperty [--pith-space-s=0.5em] - Small gap. Compact: `0.25em`.
 * @cssproperty [--pith-space-m=0.75em] - Medium gap: between cards and card sections.
 *   Compact: `0.5em`.
 * @cssproperty [--pith-space-l=1.25em] - Large gap: the sides of a card. Compact: `0.75em`.
 * @cssproperty [--pith-radius=8px] - Corner radius of cards, buttons and dialogs.
 * @cssproperty [--pith-radius-small=4px] - Corner radius of thumbnails and small controls.
 *
 * @fires {CustomEvent<PithLoadDetail>} pith-load - A page of the listing arrived.
 * @fires {CustomEvent<PithErrorDetail>} pith-error - A page could not be loaded.
 */
export class PithFeed extends LitElement {
  static override styles = styles;

  /** Category to list, for example `cs.LG`; fills `{category}` in the endpoint. */
  @property() category?: string;

  /** Listing URL template with `{category}` (and optionally `{limit}`). */
  @property() endpoint?: string;

  /** Single-paper URL template with `{id}`, used by cards given only an id. */
  @property({ attribute: 'paper-endpoint' }) paperEndpoint?: string;

  /** URL of a static listing file; when set, `category` and `endpoint` are not used. */
  @property() src?: string;

  /** The most papers to show; "Load more" stops there. */
  @property({ type: Number }) limit?: number;

  /** Language for dates; defaults to the nearest `lang` attribute. */
  @property() locale?: string;

  /** `htmlAndMathml` (default) or `mathml`. */
  @property({ attribute: 'math-output' }) mathOutput?: PithConfig['mathOutput'];

  /** Show only these paper ids (separated by spaces or commas), in the listing's order. */
  @property() ids?: string;

  /** `score` (best first) or `date` (newest first); unset keeps the endpoint's order. */
  @property() sort?: SortOrder;

  /** Hide papers scored below this. */
  @property({ attribute: 'min-score', type: Number }) minScore?: number;

  /** `year` puts the papers under year headings. */
  @property({ attribute: 'group-by' }) groupBy?: 'year';

  /**
   * Shows several readings of one paper (same title, same authors) as one card listing every
   * headline and badge, at the place of the first.
   */
  @property({ type: Boolean, attribute: 'group-readings' }) groupReadings = false;

  /**
   * Replacements for any text the feed and its cards show, merged over the English defaults;
   * counts are functions: `{ more: (n) => \`+${n} autres\` }`. See `docs/theming.md`.
   */
  @property({ attribute: false }) strings?: PithStringsInput;

  /** URL template with `{name}` that makes every author name in the feed a link. */
  @property({ attribute: 'author-url' }) authorUrl?: string;

  /** `light` or `dark` forces a theme on the feed and every card; unset follows the reader. */
  @property({ reflect: true }) theme?: 'light' | 'dark';

  /** `compact` tightens spacing in the feed and every card. */
  @property({ reflect: true }) density?: 'compact';

  /**
   * Reads replies in another format (an Atom feed, a site's own JSON) into the
   * contract; see `docs/lab-papers.md`. The built-in `arxivAtomAdapter` reads
   * arXiv API replies.
   */
  @property({ attribute: false }) adapter?: SourceAdapter;

  /** The client that fetches; defaults to the shared one, which de-duplicates requests page-wide. */
  @property({ attribute: false }) client?: PithClient;

  /** The configuration every element inside receives. */
  protected config: PithConfig = { ...pageDefaults(), client: defaultClient };

  #provider = new ContextProvider(this, {
    context: pithConfigContext,
    initialValue: this.config,
  });

  /** The first page: the last reply, or its refreshed copy from the cache. */
  @state() private page?: Loaded<ListingReply>;

  /** Items from pages after the first, appended by "Load more". */
  @state() private more: Paper[] = [];
  @state() private next?: string;
  @state() private moreStatus: 'idle' | 'loading' | 'error' = 'idle';
  #moreAbort?: AbortController;
  #loadToAnnounce?: Loaded<ListingReply>;

  /** The first page's request: where it stands, what it was made from, how it failed. */
  @state() private status: LoadStatus = 'initial';
  #inputs: readonly unknown[] = [];
  #error?: unknown;
  // A reply is shown only while its request is still this one: a newer request or the feed's
  // removal replaces it, so an older reply never paints.
  #request?: AbortController;

  protected override willUpdate(changed: PropertyValues<this>) {
    const keys = [
      'endpoint',
      'paperEndpoint',
      'locale',
      'mathOutput',
      'client',
      'strings',
      'authorUrl',
    ] as const;
    if (keys.some((key) => changed.has(key))) {
      this.config = this.#resolveConfig();
      this.#provider.setValue(this.config);
    }

    const inputs = this.#loadInputs();
    if (inputs.some((input, i) => input !== this.#inputs[i])) void this.#load(inputs);
  }

  override connectedCallback() {
    super.connectedCallback();
    if (this.status === 'interrupted') this.reload();
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    // A removed feed must not keep requests alive or paint late replies.
    if (this.status === 'pending') {
      this.#request?.abort();
      this.#request = undefined;
      this.status = 'interrupted';
    }
    this.#moreAbort?.abort();
  }

  /** Fetches the listing again, for example after an error. */
  reload(): void {
    void this.#load(this.#loadInputs());
  }

  #retry = () => this.reload();

  override render() {
    const loaded = this.status === 'complete' ? this.page : undefined;
    const strings = resolveStrings(this.config.strings);
    const busy = this.status === 'pending' ? 'true' : 'false';
    const asked = this.src ? undefined : this.category;
    return html`<section part="base" aria-busy=${busy}>
      ${headerView(loaded?.value.category, asked)}
      ${this.#renderStatus(strings)}
      ${linksView(loaded?.value, strings)}
    </section>`;
  }

  #renderStatus(strings: PithStrings) {
    switch (this.status) {
      case 'initial':
        return misconfiguredView(strings);
      case 'pending':
        return skeletonView(strings);
      case 'complete':
        return this.#renderItems(strings);
      case 'error':
        return isAbort(this.#error) ? nothing : errorView(this.#error, strings, this.#retry);
      default:
        return nothing;
    }
  }

  #renderItems(strings: PithStrings) {
    const items = this.#visibleItems();
    if (!items.length) return html`<p part="empty">${strings.empty}</p>`;

    const loading = this.moreStatus === 'loading';
    const canLoadMore =
      Boolean(this.next) && (this.#cap() === undefined || items.length < this.#cap()!);
    return html`<category-feed
        part="list"
        exportparts=${LIST_EXPORTPARTS}
        .items=${items}
        .total=${canLoadMore ? this.#knownTotal(items.length) : undefined}
        .groupBy=${this.groupBy}
        ?group-readings=${this.groupReadings}
        ?busy=${loading}
        theme=${this.theme ?? nothing}
        density=${this.density ?? nothing}
      ></category-feed>
      ${
        canLoadMore
          ? html`<div class="more">
            <button part="more" type="button" ?disabled=${loading} @click=${this.#loadMore}>
              ${loading ? strings.loadingMore : strings.loadMore}
            </button>
            ${
              this.moreStatus === 'error'
                ? html`<span role="alert">${strings.loadMoreError}</span>`
                : nothing
            }
          </div>`
          : nothing
      }`;
  }

  #visibleItems(): readonly Paper[] {
    const first = this.page?.value.items ?? [];
    const all = this.more.length ? [...first, ...this.more] : first;
    const minScore = usableNumber(this, 'min-score', this.minScore);
    const chosen = arrange(all, { ids: idSet(this.ids), minScore, sort: this.sort });
    const cap = this.#cap();
    return cap === undefined ? chosen : chosen.slice(0, cap);
  }

  // While pages remain, the cards announce the listing's own total if nothing filters it, else
  // -1 (unknown, as the feed pattern allows): a size that grows would update every card.
  #knownTotal(count: number): number {
    const total = this.page?.value.total;
    const filtered = this.ids || this.minScore !== undefined || this.#cap() !== undefined;
    return !filtered && Number.isInteger(total) && total! >= count ? total! : -1;
  }

  /** `limit` as a whole number of at least 1, or undefined when unset or unusable. */
  #cap(): number | undefined {
    const limit = usableNumber(this, 'limit', this.limit, 1);
    return limit === undefined ? undefined : Math.floor(limit);
  }

  #listingUrl(): string | undefined {
    const src = usableAttribute(this, 'src', this.src);
    if (src) return src;
    const category = usableAttribute(this, 'category', this.category);
    if (!category) return undefined;
    const template = this.config.listingEndpoint;
    return fillTemplate(template, { category, limit: String(this.#cap() ?? '') });
  }

  #resolveConfig(): PithConfig {
    const page = pageDefaults();
    return {
      ...page,
      listingEndpoint: usableAttribute(this, 'endpoint', this.endpoint) ?? page.listingEndpoint,
      paperEndpoint:
        usableAttribute(this, 'paper-endpoint', this.paperEndpoint) ?? page.paperEndpoint,
      locale: this.locale ?? page.locale,
      mathOutput: this.mathOutput ?? page.mathOutput,
      strings: this.strings || page.strings ? { ...page.strings, ...this.strings } : undefined,
      authorUrl: usableAttribute(this, 'author-url', this.authorUrl) ?? page.authorUrl,
      client: this.client ?? defaultClient,
    };
  }

  #loadInputs(): LoadInputs {
    return [this.#listingUrl(), this.config.client, this.adapter];
  }

  /** Fetches the first page; a newer request, or the feed's removal, drops this one's reply. */
  async #load(inputs: LoadInputs) {
    const [url, client, adapter] = (this.#inputs = inputs);
    this.#request?.abort();
    this.#moreAbort?.abort();
    this.#request = undefined;
    this.status = url ? 'pending' : 'initial';
    if (!url) return;

    const request = (this.#request = new AbortController());

    // A cached first page was shown; its refreshed copy replaces it while it is still current.
    const onRevalidate = (fresh: Loaded<unknown>) => {
      if (this.#request === request && this.status === 'complete') {
        this.#firstPageArrived(fresh as Loaded<ListingReply>);
      }
    };
    try {
      const loaded = await client.listing(url, { signal: request.signal, adapter, onRevalidate });
      if (this.#request !== request) return;
      this.#firstPageArrived(loaded);
      this.status = 'complete';
    } catch (error) {
      if (this.#request !== request) return;
      this.#error = error;
      this.status = 'error';
      if (!isAbort(error)) this.dispatchEvent(pithEvent('pith-error', errorDetail(error)));
    }
  }

  #firstPageArrived(loaded: Loaded<ListingReply>) {
    this.page = loaded;
    this.#moreAbort?.abort();
    this.more = [];
    this.moreStatus = 'idle';
    this.next = loaded.value.next;
    this.#announceLoad(loaded);
  }

  async #loadMore() {
    if (!this.next) return;
    this.#moreAbort?.abort();
    const abort = (this.#moreAbort = new AbortController());
    this.moreStatus = 'loading';

    try {
      const loaded = await this.config.client.listing(this.next, {
        signal: abort.signal,
        adapter: this.adapter,
      });
      const first = this.page?.value.items ?? [];
      const seen = new Set([...first, ...this.more].map((paper) => paper.id));
      this.more = [...this.more, ...loaded.value.items.filter((paper) => !seen.has(paper.id))];
      this.next = loaded.value.next;
      this.moreStatus = 'idle';
      this.#announceLoad(loaded);
    } catch (error) {
      if (isAbort(error)) return;
      this.moreStatus = 'error';
      this.dispatchEvent(pithEvent('pith-error', errorDetail(error)));
    }
  }

  // The event waits for the render, so a listener sees the cards it is told about.
  #announceLoad(loaded: Loaded<ListingReply>) {
    this.#loadToAnnounce = loaded;
  }

  protected override updated() {
    const loaded = this.#loadToAnnounce;
    if (!loaded) return;
    this.#loadToAnnounce = undefined;
    void this.#dispatchLoad(loaded);
  }

  async #dispatchLoad({ url, skipped, warnings = [] }: Loaded<ListingReply>) {
    const count = this.#visibleItems().length;
    // A long list renders in slices: the event waits until all its cards are in the DOM.
    await this.renderRoot.querySelector('category-feed')?.updateComplete;
    this.dispatchEvent(pithEvent('pith-load', { url, count, skipped, warnings }));
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'pith-feed': PithFeed;
  }
}

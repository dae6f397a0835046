import { LitElement, html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { consume } from '@lit/context';
import { Task, TaskStatus } from '@lit/task';
import type { Paper } from '../contract/types.js';
import { safeUrl } from '../contract/safe-url.js';
import { pithConfigContext, type PithConfig } from '../config/config.js';
import { fillTemplate } from '../config/defaults.js';
import { standaloneConfig } from '../config/resolve.js';
import { errorDetail, isAbort, pithEvent } from '../events.js';
import { formatDate, nearestLang, plural } from '../shared/format.js';
import { tex } from '../tex/directive.js';
import { usableAttribute } from '../shared/misuse.js';
import { styles } from './paper-card.styles.js';

/**
 * @summary One paper as a card: score, category, date, badge, headline,
 * authors, title, takeaway, figure, abstract and counters.
 *
 * Give it a `paper` object, or a `paper-id` to fetch from the configured
 * single-paper endpoint (for a page that shows one of its own papers).
 *
 * @csspart base - The card (`article`).
 * @csspart meta - The first line: score, category, date, badge.
 * @csspart score - The score.
 * @csspart category - The primary category.
 * @csspart date - The date.
 * @csspart badge - "N theorems" or a named badge.
 * @csspart headline - The one-line reading of the paper.
 * @csspart authors - The author list.
 * @csspart title - The paper's title (a link when the paper has one).
 * @csspart takeaway - The one-line takeaway.
 * @csspart figure - The figure thumbnail and its "full image" link.
 * @csspart abstract - The abstract toggle.
 * @csspart counters - The counters at the foot of the card.
 * @csspart status - Loading and error messages when the card fetches its paper.
 *
 * @cssproperty [--pith-card-padding=1rem 1.25rem] - Space inside the card.
 * @cssproperty [--pith-card-background=var(--pith-color-surface, #fff)] - Card background.
 * @cssproperty [--pith-card-border=1px solid var(--pith-color-border, #d8dde3)] - Card border.
 * @cssproperty [--pith-card-radius=var(--pith-radius, 0.5rem)] - Corner radius.
 *
 * @fires pith-load - The paper given by `paper-id` arrived. Detail: `PithLoadDetail`.
 * @fires pith-error - The paper given by `paper-id` could not be loaded. Detail: `PithErrorDetail`.
 */
export class PaperCard extends LitElement {
  static override styles = styles;

  /** The paper to show. Takes precedence over `paper-id`. */
  @property({ attribute: false }) paper?: Paper;

  /** Id of a paper to fetch from the single-paper endpoint when `paper` is not set. */
  @property({ attribute: 'paper-id' }) paperId?: string;

  /** Single-paper URL template with `{id}`; overrides the feed's and the page's. */
  @property({ attribute: 'paper-endpoint' }) paperEndpoint?: string;

  /** Position in an enclosing feed (1-based), announced to assistive technology. */
  @property({ attribute: false }) position?: number;

  /** Number of cards in the enclosing feed. */
  @property({ attribute: false }) setSize?: number;

  /** Configuration from the enclosing `<pith-feed>`, when there is one. */
  @consume({ context: pithConfigContext, subscribe: true })
  @property({ attribute: false })
  config?: PithConfig;

  private fetched = new Task(this, {
    task: async ([id, template, client], { signal }) => {
      if (!id || !template || !client) return undefined;
      const loaded = await client.paper(fillTemplate(template, { id }), { signal });
      const { url, warnings = [] } = loaded;
      this.dispatchEvent(pithEvent('pith-load', { url, count: 1, skipped: [], warnings }));
      return loaded.value.paper;
    },
    args: () => {
      if (this.paper) return [undefined, undefined, undefined] as const;
      const config = this.effectiveConfig();
      const template = usableAttribute(this, 'paper-endpoint', this.paperEndpoint) ?? config.paperEndpoint;
      return [usableAttribute(this, 'paper-id', this.paperId), template, config.client] as const;
    },
    onError: (error) => this.reportError(error),
  });

  override disconnectedCallback() {
    super.disconnectedCallback();
    // A removed card must not keep a request alive or paint a late reply.
    if (this.fetched.status === TaskStatus.PENDING) this.fetched.abort();
  }

  override connectedCallback() {
    super.connectedCallback();
    if (this.fetched.status === TaskStatus.ERROR && isAbort(this.fetched.error)) void this.fetched.run();
  }

  override render() {
    const paper = this.paper ?? this.fetched.value;
    if (paper) return this.renderPaper(paper);

    switch (this.fetched.status) {
      case TaskStatus.PENDING:
        return html`<article part="base status" aria-busy="true"><p>Loading paper…</p></article>`;
      case TaskStatus.ERROR:
        if (isAbort(this.fetched.error)) return nothing;
        return html`<article part="base status" role="alert">
          <p>This paper could not be loaded. ${errorDetail(this.fetched.error).message}</p>
          <button type="button" @click=${() => this.fetched.run()}>Retry</button>
        </article>`;
      default:
        return nothing;
    }
  }

  private renderPaper(paper: Paper) {
    const config = this.effectiveConfig();
    const titleHref = safeUrl(paper.links?.page) ?? safeUrl(paper.links?.abs);

    return html`<article
      part="base"
      aria-labelledby="title"
      aria-posinset=${this.position ?? nothing}
      aria-setsize=${this.setSize ?? nothing}
    >
      ${this.renderMeta(paper)}
      ${paper.headline ? html`<p part="headline">${tex(paper.headline, config.mathOutput)}</p>` : nothing}
      ${paper.authors.length || paper.authorsTotal
        ? html`<author-list part="authors" .authors=${paper.authors} .total=${paper.authorsTotal}></author-list>`
        : nothing}
      <h3 part="title" id="title">
        ${titleHref
          ? html`<a href=${titleHref} rel="noopener noreferrer">${tex(paper.title, config.mathOutput)}</a>`
          : tex(paper.title, config.mathOutput)}
      </h3>
      ${paper.takeaway ? html`<p part="takeaway">${tex(paper.takeaway, config.mathOutput)}</p>` : nothing}
      ${this.renderFigure(paper)}
      ${paper.abstract
        ? html`<abstract-toggle part="abstract" .abstract=${paper.abstract} .mathOutput=${config.mathOutput}></abstract-toggle>`
        : nothing}
      ${paper.counters?.length
        ? html`<footer part="counters">
            ${paper.counters.map(
              (c) => html`<span class="counter">${c.value}${c.label ? ` ${c.label}` : nothing}</span>`,
            )}
          </footer>`
        : nothing}
    </article>`;
  }

  private renderMeta(paper: Paper) {
    const locale = this.effectiveConfig().locale ?? nearestLang(this);
    const badge =
      paper.theorems !== undefined ? plural(paper.theorems, 'theorem', 'theorems') : paper.badge;

    return html`<div part="meta">
      ${paper.score !== undefined
        ? html`<span part="score"><span class="visually-hidden">Score </span>${paper.score}</span>`
        : nothing}
      ${paper.primaryCategory ? html`<span part="category">${paper.primaryCategory}</span>` : nothing}
      ${paper.date
        ? html`<time part="date" datetime=${paper.date}>${formatDate(paper.date, locale)}</time>`
        : nothing}
      ${badge ? html`<span part="badge">${badge}</span>` : nothing}
    </div>`;
  }

  private renderFigure(paper: Paper) {
    const figure = paper.figure;
    const thumbnail = safeUrl(figure?.thumbnail);
    if (!figure || !thumbnail) return nothing;
    const full = safeUrl(figure.full);

    return html`<figure part="figure">
      <img
        src=${thumbnail}
        alt=${figure.alt}
        width=${figure.width ?? nothing}
        height=${figure.height ?? nothing}
        loading="lazy"
        decoding="async"
      />
      ${full
        ? html`<a class="full-image" href=${full} target="_blank" rel="noopener noreferrer">full image</a>`
        : nothing}
    </figure>`;
  }

  private effectiveConfig(): PithConfig {
    return this.config ?? standaloneConfig();
  }

  private reportError(error: unknown) {
    if (isAbort(error)) return;
    this.dispatchEvent(pithEvent('pith-error', errorDetail(error)));
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'paper-card': PaperCard;
  }
}

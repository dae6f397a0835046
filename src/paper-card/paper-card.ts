import { LitElement, html as litHtml, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { consume } from '@lit/context';
import type { Paper } from '../contract/types.js';
import { safeUrl } from '../contract/safe-url.js';
import { pithConfigContext, type PithConfig } from '../config/config.js';
import { standaloneConfig } from '../config/resolve.js';
import { asText, formatDate, nearestLang } from '../shared/format.js';
import { followLang, unfollowLang } from '../shared/lang-watch.js';
import { resolveStrings, type PithStrings, type PithStringsInput } from '../shared/strings.js';
import { tex } from '../tex/front.js';
import { usableAttribute } from '../shared/misuse.js';
import { html } from '../shared/compact-html.js';
import { CiteButton } from './cite.js';
import { CardFigure } from './figure.js';
import { NO_FETCH, PaperFetch, type FetchArgs } from './paper-fetch.js';
import { styles } from './paper-card.styles.js';

/**
 * Give it a `paper` object, or a `paper-id` to fetch from the configured single-paper endpoint
 * (for a page that shows one of its own papers). Inside a `<category-feed>` it is one article
 * of the feed: it knows its position, and `focusCard()` moves the focus to it.
 *
 * @summary One paper as a card: score, category, date, badge, headline, authors, title,
 * takeaway, figure, abstract, counters, and links to cite and read it.
 *
 * @tagname paper-card
 *
 * @csspart base - The card (`article`).
 * @csspart meta - The first line: score, category, date, badge.
 * @csspart score - The score.
 * @csspart category - The primary category.
 * @csspart date - The date.
 * @csspart badge - "N theorems" or a named badge (one per reading when readings are grouped).
 * @csspart headline - The one-line reading of the paper (one per reading when grouped).
 * @csspart readings - The list of readings, when the card holds several.
 * @csspart reading - One reading in that list: its headline and badge.
 * @csspart authors - The `<author-list>`.
 * @csspart title - The paper's title (a link when the paper has one).
 * @csspart takeaway - The one-line takeaway.
 * @csspart figure - The figure: thumbnail and "full image" link.
 * @csspart thumbnail - The thumbnail image.
 * @csspart full-image - The "full image" link.
 * @csspart dialog - Either dialog (full figure, BibTeX fallback).
 * @csspart figure-dialog - The dialog showing the full figure.
 * @csspart full-figure - The full image inside that dialog.
 * @csspart cite-dialog - The dialog showing the BibTeX entry when the clipboard is unavailable.
 * @csspart bibtex - The text area holding the entry in that dialog.
 * @csspart close - The Close button of a dialog.
 * @csspart abstract - The `<abstract-toggle>`.
 * @csspart footer - The foot of the card: counters and tools.
 * @csspart counters - The counters.
 * @csspart tools - The abs and PDF links and the Cite button.
 * @csspart abs-link - The link to the abstract page.
 * @csspart pdf-link - The link to the PDF.
 * @csspart cite - The Cite button.
 * @csspart cite-status - The "Copied" message.
 * @csspart status - Loading and error messages when the card fetches its paper, and the message
 *   shown beside the Cite button or the "full image" link when its dialog could not be loaded.
 * @csspart author-base - Exported from the author list: its wrapper.
 * @csspart author-name - Exported from the author list: each name.
 * @csspart author-more - Exported from the author list: "+N more" and the count.
 * @csspart abstract-button - Exported from the abstract toggle: its button.
 * @csspart abstract-text - Exported from the abstract toggle: the abstract.
 * @csspart tex-error - A formula shown as its source because it could not be typeset, or a whole
 *   text if TeX support could not be loaded (in the title, headline, takeaway or, exported, the
 *   abstract); its `title` says why.
 *
 * @cssproperty [--pith-card-padding=0.75em 1.25em] - Space inside the card (compact:
 *   `0.5em 0.75em`).
 * @cssproperty [--pith-card-background=var(--pith-color-surface)] - Card background (light
 *   `#ffffff`, dark `#151b23`).
 * @cssproperty [--pith-card-border=1px solid var(--pith-color-border)] - Card border (light
 *   `#d1d9e0`, dark `#3d444d`).
 * @cssproperty [--pith-card-radius=var(--pith-radius)] - Corner radius (`8px`).
 * @cssproperty [--pith-card-shadow=none] - Card shadow.
 * @cssproperty [--pith-thumbnail-width=15em] - Width of the figure thumbnail (12.5em beside
 *   the text).
 * @cssproperty [--pith-tex-error-color=var(--pith-color-error)] - A formula shown as its source
 *   (light `#cf222e`, dark `#f47067`).
 *
 * @fires {CustomEvent<PithLoadDetail>} pith-load - The paper given by `paper-id` arrived.
 * @fires {CustomEvent<PithErrorDetail>} pith-error - The paper given by `paper-id` could not be
 *   loaded, or code that loads on first use (the BibTeX or figure dialog, TeX support) could
 *   not be.
 */
export class PaperCard extends LitElement {
  static override styles = styles;

  /** The paper to show. Takes precedence over `paper-id`. */
  @property({ attribute: false }) paper?: Paper;

  /**
   * Further readings of the same paper (same title and authors, other headlines). The card
   * lists every reading's headline and badge; a feed with `group-readings` sets this.
   */
  @property({ attribute: false }) readings: readonly Paper[] = [];

  /** Id of a paper to fetch from the single-paper endpoint when `paper` is not set. */
  @property({ attribute: 'paper-id' }) paperId?: string;

  /** Single-paper URL template with `{id}`; overrides the feed's and the page's. */
  @property({ attribute: 'paper-endpoint' }) paperEndpoint?: string;

  /** Position in an enclosing feed (1-based), announced to assistive technology. */
  @property({ attribute: false }) position?: number;

  /** Number of cards in the enclosing feed. */
  @property({ attribute: false }) setSize?: number;

  /** Replacements for the texts, merged over the feed's (or the page's) and the defaults. */
  @property({ attribute: false }) strings?: PithStringsInput;

  /** URL template with `{name}` that links each author name; overrides the feed's. */
  @property({ attribute: 'author-url' }) authorUrl?: string;

  /** `light` or `dark` forces a theme; unset follows the reader's preference. */
  @property({ reflect: true }) theme?: 'light' | 'dark';

  /** `compact` tightens spacing. */
  @property({ reflect: true }) density?: 'compact';

  /** Configuration from the enclosing `<pith-feed>`, when there is one. */
  @consume({ context: pithConfigContext, subscribe: true })
  @property({ attribute: false })
  config?: PithConfig;

  private figure = new CardFigure(this);
  private cite = new CiteButton(this);

  /** The paper fetched by `paper-id`, and how that fetch stands. */
  private fetched = new PaperFetch(this, () => this.fetchArgs());

  /** Per-update cache: the configuration and strings, and the inputs they came from. */
  private resolved?: {
    config: PithConfig;
    own?: PithStringsInput;
    inherited?: PithStringsInput;
    strings: PithStrings;
  };

  /**
   * Moves the focus to the card itself (its `article`), as a feed does for Page Down and Page
   * Up. Returns false when the card shows no paper yet.
   */
  focusCard(options?: FocusOptions): boolean {
    const article = this.renderRoot.querySelector<HTMLElement>('article');
    if (!article) return false;
    article.focus(options);
    // Firefox leaves a card that focus() reached half below the fold where it was.
    if (!options?.preventScroll) article.scrollIntoView({ block: 'nearest' });
    return true;
  }

  override connectedCallback() {
    super.connectedCallback();
    followLang(this);
    // Moved under another `lang`: the date is written again.
    if (this.hasUpdated) this.requestUpdate();
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    unfollowLang(this);
  }

  protected override willUpdate(changed: PropertyValues<this>) {
    // Controllers update after this, so the fetch reads its arguments from this update's inputs.
    this.resolveInputs();

    // A refreshed copy of the same paper keeps the figure's state (an open dialog stays open).
    const before = changed.get('paper')?.figure;
    const after = this.paper?.figure;
    const moved = before?.thumbnail !== after?.thumbnail || before?.full !== after?.full;
    if (changed.has('paper') && moved) this.figure.reset();
  }

  override render() {
    const strings = this.effectiveStrings();
    const paper = this.paper ?? this.fetched.paper;
    if (paper) return this.renderPaper(paper, strings);

    const { pending, error } = this.fetched;
    if (pending) {
      return html`<article part="base status" aria-busy="true">
        <p>${strings.loadingPaper}</p>
      </article>`;
    }
    if (!error) return nothing;
    return html`<article part="base status" role="alert">
      <p>${strings.paperError} ${error.message}</p>
      <button type="button" @click=${() => this.fetched.run()}>${strings.retry}</button>
    </article>`;
  }

  private renderPaper(paper: Paper, strings: PithStrings) {
    const config = this.effectiveConfig();
    const math = config.mathOutput;
    const titleHref = safeUrl(paper.links?.page) ?? safeUrl(paper.links?.abs);
    const title = tex(asText(paper.title) ?? '', math);
    const takeaway = asText(paper.takeaway);
    const abstract = asText(paper.abstract);

    return html`<article
      part="base"
      aria-labelledby="title"
      aria-posinset=${this.position ?? nothing}
      aria-setsize=${this.setSize ?? nothing}
      tabindex=${this.position === undefined ? nothing : '-1'}
    >
      ${this.renderMeta(paper, strings)}
      <div class="body">
        <div class="text">
          ${this.renderHeadlines(paper, strings, math)}
          ${
            paper.authors?.length || paper.authorsTotal
              ? html`<author-list
                part="authors"
                exportparts="base:author-base, name:author-name, more:author-more"
                .authors=${paper.authors}
                .total=${paper.authorsTotal}
                .strings=${strings}
                .authorUrl=${this.authorUrl ?? config.authorUrl}
                theme=${this.theme ?? nothing}
                density=${this.density ?? nothing}
              ></author-list>`
              : nothing
          }
          <h3 part="title" id="title" dir="auto">
            ${titleHref ? html`<a href=${titleHref} rel="noopener noreferrer">${title}</a>` : title}
          </h3>
          ${takeaway ? html`<p part="takeaway" dir="auto">${tex(takeaway, math)}</p>` : nothing}
        </div>
        ${this.figure.render(paper.figure, strings)}
      </div>
      ${
        abstract
          ? html`<abstract-toggle
            part="abstract"
            exportparts="button:abstract-button, abstract:abstract-text, tex-error"
            .abstract=${abstract}
            .mathOutput=${math}
            .strings=${strings}
            theme=${this.theme ?? nothing}
            density=${this.density ?? nothing}
          ></abstract-toggle>`
          : nothing
      }
      ${this.renderFooter(paper, strings)}
      ${this.figure.renderDialog(paper.figure, title, strings)}
      ${this.cite.renderDialog(strings)}
    </article>`;
  }

  private renderMeta(paper: Paper, strings: PithStrings) {
    const locale = this.effectiveConfig().locale ?? nearestLang(this);
    const badge = this.readings.length ? undefined : badgeOf(paper, strings);
    const score = asText(paper.score);
    const category = asText(paper.primaryCategory);
    const date = asText(paper.date);

    return html`<div part="meta">
      ${
        score !== undefined
          ? html`<span part="score"
            ><span class="visually-hidden">${strings.score} </span>${score}</span
          >`
          : nothing
      }
      ${category ? html`<span part="category">${category}</span>` : nothing}
      ${
        date ? html`<time part="date" datetime=${date}>${formatDate(date, locale)}</time>` : nothing
      }
      ${badge ? html`<span part="badge">${badge}</span>` : nothing}
    </div>`;
  }

  private renderHeadlines(paper: Paper, strings: PithStrings, math: PithConfig['mathOutput']) {
    if (!this.readings.length) {
      const headline = asText(paper.headline);
      if (!headline) return nothing;
      return html`<p part="headline" dir="auto">${tex(headline, math)}</p>`;
    }
    const all = [paper, ...this.readings];
    // The space between a reading's headline and badge is read out: this template keeps it.
    return litHtml`<ul part="readings" aria-label=${strings.readings(all.length)}>
      ${all.map((reading) => {
        const badge = badgeOf(reading, strings);
        const headline = asText(reading.headline);
        return litHtml`<li part="reading">
          ${
            headline
              ? litHtml`<span part="headline" dir="auto">${tex(headline, math)}</span>`
              : nothing
          }
          ${badge ? litHtml`<span part="badge">${badge}</span>` : nothing}
        </li>`;
      })}
    </ul>`;
  }

  private renderFooter(paper: Paper, strings: PithStrings) {
    const abs = safeUrl(paper.links?.abs);
    const pdf = safeUrl(paper.links?.pdf);
    const counters = Array.isArray(paper.counters) ? paper.counters : [];

    return html`<footer part="footer">
      ${
        counters.length
          ? html`<div part="counters">
            ${counters.map((c) => {
              const label = asText(c?.label);
              return html`<span class="counter"
                  >${asText(c?.value) ?? ''}${label ? ` ${label}` : nothing}</span
                >`;
            })}
          </div>`
          : nothing
      }
      <div part="tools">
        ${
          abs
            ? html`<a part="abs-link" class="chip" href=${abs} rel="noopener noreferrer"
              >${strings.abs}</a
            >`
            : nothing
        }
        ${
          pdf
            ? html`<a part="pdf-link" class="chip" href=${pdf} rel="noopener noreferrer"
              >${strings.pdf}</a
            >`
            : nothing
        }
        ${this.cite.render(paper, strings, asText(paper.title) ?? '')}
      </div>
    </footer>`;
  }

  private effectiveConfig(): PithConfig {
    return this.resolved?.config ?? this.config ?? standaloneConfig();
  }

  private effectiveStrings(): PithStrings {
    return this.resolved?.strings ?? resolveStrings(this.effectiveConfig().strings, this.strings);
  }

  // The configuration is read once per update, and the strings are resolved again only when
  // their inputs change: the same object then reaches the author list and the abstract toggle,
  // which therefore do not update again.
  private resolveInputs() {
    const config = this.config ?? standaloneConfig();
    const previous = this.resolved;
    const inherited = config.strings;
    const same = previous && previous.own === this.strings && previous.inherited === inherited;
    const strings = same ? previous.strings : resolveStrings(inherited, this.strings);
    this.resolved = { config, own: this.strings, inherited, strings };
  }

  private fetchArgs(): FetchArgs {
    if (this.paper) return NO_FETCH;
    const config = this.effectiveConfig();
    // A removed attribute leaves null in its property.
    const template =
      usableAttribute(this, 'paper-endpoint', this.paperEndpoint ?? undefined) ??
      config.paperEndpoint;
    return [usableAttribute(this, 'paper-id', this.paperId ?? undefined), template, config.client];
  }
}

function badgeOf(paper: Paper, strings: PithStrings): string | undefined {
  const theorems = paper.theorems;
  return typeof theorems === 'number' ? strings.theorems(theorems) : asText(paper.badge);
}

declare global {
  interface HTMLElementTagNameMap {
    'paper-card': PaperCard;
  }
}

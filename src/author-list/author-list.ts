import { LitElement, html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { guard } from 'lit/directives/guard.js';
import { pithEvent } from '../events.js';
import { asText } from '../shared/format.js';
import { authorHref } from '../shared/links.js';
import { resolveStrings, type PithStrings, type PithStringsInput } from '../shared/strings.js';
import { common, tokens } from '../shared/tokens.styles.js';
import { styles } from './author-list.styles.js';

/**
 * Names rendered per task once the list is expanded. A paper can have thousands of authors;
 * rendering them a chunk per task keeps every task short, so the page stays responsive.
 */
const CHUNK = 100;

/**
 * Shows the first `max` names. When more names are known, "+N more" is a button that reveals
 * them (and then "show less" hides them again); when the list is partial (`total` is larger than
 * the names given), the count of the unknown remainder stays as plain text. Collapsed, only the
 * names shown exist in the DOM; expanded, long lists are added a chunk at a time.
 *
 * @summary Author names as "by A, B +2 more", with the rest one click away.
 *
 * @tagname author-list
 *
 * @csspart base - The wrapper.
 * @csspart names - The names and the commas between them.
 * @csspart name - Each author name.
 * @csspart name-link - The link around a name, when `author-url` is set.
 * @csspart more - The "+N more" / "show less" button, and the count of unknown authors.
 * @csspart toggle - The "+N more" / "show less" button.
 * @csspart count - The count of authors whose names are not known.
 *
 * @cssproperty [--pith-author-color=inherit] - Colour of the names.
 *
 * @fires {CustomEvent<PithToggleDetail>} pith-toggle - The reader expanded or collapsed the list.
 */
export class AuthorList extends LitElement {
  static override styles = [tokens, common, styles];

  /** Author names in order; may be only the first few. */
  @property({ attribute: false }) authors: string[] = [];

  /** Total number of authors, when `authors` is partial. */
  @property({ type: Number }) total?: number;

  /** How many names show while collapsed. */
  @property({ type: Number }) max = 2;

  /** Text before the names; `strings.by` ("by") when unset, nothing when empty. */
  @property() intro?: string;

  /**
   * URL template that makes each name a link; `{name}` is replaced, URL-encoded. Only
   * templates giving an http(s) URL are used.
   */
  @property({ attribute: 'author-url' }) authorUrl?: string;

  /** Replacements for the texts (`by`, `more`, `moreLabel`, …), merged over the defaults. */
  @property({ attribute: false }) strings?: PithStringsInput;

  /** `light` or `dark` forces a theme; unset follows the reader's preference. */
  @property({ reflect: true }) theme?: 'light' | 'dark';

  /** `compact` tightens spacing. */
  @property({ reflect: true }) density?: 'compact';

  @state() private expanded = false;

  /** While expanded: how many names are rendered so far. */
  @state() private revealed = 0;

  private revealTimer?: number;

  // The names as text (a name of another type is left out), computed once per `authors` array,
  // because the chunks' guard() compares it.
  private namesFor?: unknown;
  private namesCache: readonly string[] = [];

  override disconnectedCallback() {
    super.disconnectedCallback();
    window.clearTimeout(this.revealTimer);
    this.revealTimer = undefined;
  }

  override connectedCallback() {
    super.connectedCallback();
    // A list removed while revealing carries on when it comes back.
    if (this.hasUpdated) this.requestUpdate();
  }

  override render() {
    const strings = resolveStrings(this.strings);
    const known = this.names();
    const limit = Math.max(1, Math.floor(this.max) || 1);
    const rendered = Math.min(this.expanded ? this.revealed : limit, known.length);
    const hiddenKnown = this.expanded ? 0 : known.length - rendered;
    const total = Number.isFinite(this.total) ? Number(this.total) : 0;
    const unknown = Math.max(total, known.length) - known.length;
    const intro = this.intro ?? strings.by;
    const busy = this.expanded && rendered < known.length;

    return html`<span part="base"
      >${intro ? `${intro} ` : nothing}<span
        part="names"
        id="names"
        aria-busy=${busy ? 'true' : 'false'}
        >${this.renderNames(known, rendered, strings.authorSeparator)}</span
      >${hiddenKnown > 0 ? nothing : this.renderUnknown(strings, unknown)}${this.renderToggle(
        strings,
        hiddenKnown,
        unknown,
      )}</span
    >`;
  }

  protected override updated() {
    if (!this.expanded || this.revealed >= this.names().length || this.revealTimer !== undefined) {
      return;
    }
    this.revealTimer = window.setTimeout(() => {
      this.revealTimer = undefined;
      this.revealed += CHUNK;
    });
  }

  // One template per chunk behind guard(): adding a chunk leaves the chunks before it alone.
  private renderNames(known: readonly string[], count: number, separator: string) {
    const chunks: number[] = [];
    for (let start = 0; start < count; start += CHUNK) chunks.push(start);
    const template = this.authorUrl;

    return chunks.map((start) => {
      const end = Math.min(count, start + CHUNK);
      return guard([known, start, end, template, separator], () =>
        known
          .slice(start, end)
          .map((name, i) => this.renderName(name, start + i, template, separator)),
      );
    });
  }

  private renderName(name: string, index: number, template: string | undefined, separator: string) {
    const href = authorHref(template, name);
    const content = href ? html`<a part="name-link" href=${href}>${name}</a>` : name;
    return html`${index ? separator : nothing}<span part="name">${content}</span>`;
  }

  private renderUnknown(strings: PithStrings, unknown: number) {
    if (unknown <= 0) return nothing;
    return html` <span part="more count"
      ><span aria-hidden="true">${strings.unknownMore(unknown)}</span
      ><span class="visually-hidden">${strings.unknownMoreLabel(unknown)}</span></span
    >`;
  }

  // Collapsed and expanded share one template, so the button stays the same element and keeps
  // the focus when it is pressed.
  private renderToggle(strings: PithStrings, hiddenKnown: number, unknown: number) {
    if (!this.expanded && hiddenKnown <= 0) return nothing;
    const count = hiddenKnown + unknown;
    return html` <button
      part="more toggle"
      type="button"
      aria-expanded=${this.expanded ? 'true' : 'false'}
      aria-controls="names"
      aria-label=${this.expanded ? strings.fewerLabel : strings.moreLabel(count)}
      @click=${this.toggle}
    >${this.expanded ? strings.fewer : strings.more(count)}</button>`;
  }

  private names(): readonly string[] {
    if (this.namesFor !== this.authors) {
      this.namesFor = this.authors;
      const given: unknown[] = Array.isArray(this.authors) ? this.authors : [];
      this.namesCache = given.map(asText).filter((name): name is string => Boolean(name));
    }
    return this.namesCache;
  }

  private toggle() {
    this.expanded = !this.expanded;
    this.revealed = this.expanded ? CHUNK : 0;
    this.dispatchEvent(pithEvent('pith-toggle', { open: this.expanded }));
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'author-list': AuthorList;
  }
}

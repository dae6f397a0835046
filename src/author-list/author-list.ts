import { LitElement, html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { pithEvent } from '../events.js';
import { styles } from './author-list.styles.js';

/**
 * @summary Author names as "by A, B +2 more", with the rest one click away.
 *
 * Shows the first `max` names. When more names are known, "+N more" is a
 * button that reveals them; when the list is partial (`total` is larger than
 * the names given), the count of the unknown remainder stays as plain text.
 *
 * @csspart base - The wrapper.
 * @csspart name - Each author name.
 * @csspart more - The "+N more" button, or the count when names are unknown.
 *
 * @cssproperty [--pith-author-color=inherit] - Colour of the names.
 *
 * @fires pith-toggle - The reader expanded or collapsed the list. Detail: `{ open: boolean }`.
 */
export class AuthorList extends LitElement {
  static override styles = styles;

  /** Author names in order; may be only the first few. */
  @property({ attribute: false }) authors: string[] = [];

  /** Total number of authors, when `authors` is partial. */
  @property({ type: Number }) total?: number;

  /** How many names show while collapsed. */
  @property({ type: Number }) max = 2;

  /** Text before the names. */
  @property() intro = 'by';

  @state() private expanded = false;

  override render() {
    const known = this.authors;
    const total = Math.max(this.total ?? 0, known.length);
    const limit = Math.max(1, Math.floor(this.max) || 1);
    const shown = this.expanded ? known : known.slice(0, limit);
    const hiddenKnown = known.length - shown.length;
    const unknown = total - known.length;

    return html`<span part="base"
      >${this.intro ? `${this.intro} ` : nothing}${shown.map(
        (name, i) => html`${i ? ', ' : nothing}<span part="name">${name}</span>`,
      )}${this.renderMore(hiddenKnown, unknown)}</span
    >`;
  }

  private renderMore(hiddenKnown: number, unknown: number) {
    if (hiddenKnown > 0) {
      return html` <button part="more" type="button" aria-expanded="false" @click=${this.toggle}>
        +${hiddenKnown + unknown} more
      </button>`;
    }
    const less = this.expanded
      ? html` <button part="more" type="button" aria-expanded="true" @click=${this.toggle}>
          show less
        </button>`
      : nothing;
    return html`${unknown > 0 ? html` <span part="more">+${unknown} more</span>` : nothing}${less}`;
  }

  private toggle() {
    this.expanded = !this.expanded;
    this.dispatchEvent(pithEvent('pith-toggle', { open: this.expanded }));
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'author-list': AuthorList;
  }
}

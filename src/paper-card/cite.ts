import { html, nothing, type ReactiveControllerHost } from 'lit';
import type { Paper } from '../contract/types.js';
import type { PithStrings } from '../shared/strings.js';
import type { Citation } from './citation.js';
import { chunks, Lazy } from './lazy.js';

type Host = ReactiveControllerHost & HTMLElement & { renderRoot: HTMLElement | DocumentFragment };

// Prose without any of these reads as written (see texToPlainText); titles are capped at 1,000
// characters by the contract, and text beyond 50,000 would be cut.
const TEX_PROSE = /[\\{}~]|--|``|''/;
let toPlainText: ((text: string) => string) | undefined;
let decoderLoading: Promise<unknown> | undefined;
// Cards naming their button with a title as written until the decoder arrives, whichever card's
// request brings it. Held weakly: a card that has gone by then is not kept alive for it.
const waiting = new Set<WeakRef<Host>>();

// A pointer over Cite or the focus on it usually comes just before a press: the chunk starts
// loading then, so the press finds it and copies while the click still counts as the reader's
// (browsers refuse the clipboard to a page some seconds after the click). A failure here is
// silent; the press tries again and reports it.
const prefetch = () => void chunks.citation().catch(() => undefined);

/**
 * The Cite button of a card and its live region. What the button does (BibTeX, clipboard,
 * fallback dialog) is a chunk loaded when a pointer or the focus first reaches the button, or
 * on the first press; see `citation.ts`.
 */
export class CiteButton {
  private citation: Lazy<Citation>;
  private ref?: WeakRef<Host>;

  constructor(private readonly host: Host) {
    this.citation = new Lazy(host, async () => new (await chunks.citation()).Citation(host));
  }

  /** The button, its status, and the message of a failed load; `title` is the TeX source. */
  render(paper: Paper, strings: PithStrings, title: string) {
    return html`<button
        part="cite"
        class="chip cite"
        type="button"
        aria-label=${strings.citeLabel(this.plainTitle(title))}
        aria-busy=${this.citation.loading ? 'true' : nothing}
        @pointerenter=${prefetch}
        @focus=${prefetch}
        @click=${() => this.press(paper)}
      >${strings.cite}</button
      ><span part="cite-status" class="cite-status" role="status"
        >${this.citation.value?.status(strings) ?? ''}</span
      >${this.citation.renderFailure(strings)}`;
  }

  /** The BibTeX dialog, while it is open. */
  renderDialog(strings: PithStrings) {
    return this.citation.value?.renderDialog(strings) ?? nothing;
  }

  /**
   * The title as a reader sees it, for the button's accessible name: prose TeX decoded, formulas
   * as written. The decoder is the one the title's own rendering needs, so it is loaded, not
   * bundled here; until it arrives the name holds the title as written.
   */
  private plainTitle(title: string): string {
    if (!TEX_PROSE.test(title) && title.length <= 50_000) return title;
    if (toPlainText) return toPlainText(title);

    waiting.add((this.ref ??= new WeakRef(this.host)));
    decoderLoading ??= chunks.decoder().then(
      (decode) => {
        toPlainText = decode.texToPlainText;
        waiting.forEach((card) => card.deref()?.requestUpdate());
        waiting.clear();
      },
      () => {
        // Said by the title, which needs the same chunk. The next render asks again; meanwhile
        // the name holds the title as written.
        decoderLoading = undefined;
      },
    );
    return title;
  }

  private async press(paper: Paper) {
    // Presses while the chunk loads add nothing: the first one copies when it arrives.
    if (this.citation.loading) return;
    await (await this.citation.get())?.copy(paper);
  }
}

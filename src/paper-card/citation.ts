import { html, nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import type { Paper } from '../contract/types.js';
import { bibtexEntry } from '../shared/bibtex.js';
import type { PithStrings } from '../shared/strings.js';
import { adoptDialogStyles } from './dialog.styles.js';

type Host = ReactiveControllerHost & HTMLElement & { renderRoot: HTMLElement | DocumentFragment };

/** How long "Copied" stays on screen. */
const STATUS_MS = 4000;

/**
 * What the Cite button of a card does, loaded the first time a reader presses it (see `cite.ts`
 * for the button): copies a BibTeX entry to the clipboard and says so in the button's live
 * region. Where the clipboard cannot be written (an insecure page, a refused permission, an old
 * browser), a dialog shows the entry selected, ready to copy by hand.
 */
export class Citation implements ReactiveController {
  private copied = false;
  private fallback?: string;
  private timer?: number;

  constructor(private readonly host: Host) {
    host.addController(this);
    adoptDialogStyles(host.renderRoot);
  }

  hostDisconnected() {
    window.clearTimeout(this.timer);
    this.copied = false;
  }

  /** What the button's live region says now. */
  status(strings: PithStrings): string {
    return this.copied ? strings.copied : '';
  }

  /** The dialog holding the entry, while the clipboard fallback is open. */
  renderDialog(strings: PithStrings) {
    if (this.fallback === undefined) return nothing;
    return html`<dialog
      part="dialog cite-dialog"
      class="dialog cite-dialog"
      aria-labelledby="cite-heading"
      aria-describedby="cite-hint"
      @close=${this.closed}
    >
      <div class="dialog-body">
        <div class="dialog-head">
          <h2 id="cite-heading" class="dialog-title">${strings.citeDialog}</h2>
          <button part="close" class="close" type="button" @click=${this.close}>
            ${strings.close}
          </button>
        </div>
        <p id="cite-hint" class="dialog-hint">${strings.citeHint}</p>
        <textarea
          part="bibtex"
          class="bibtex"
          readonly
          rows="9"
          spellcheck="false"
          aria-labelledby="cite-heading"
          .value=${this.fallback}
        ></textarea>
      </div>
    </dialog>`;
  }

  /** Copies the paper's entry, or opens the fallback dialog when the clipboard refuses. */
  async copy(paper: Paper): Promise<void> {
    const entry = bibtexEntry(paper);
    try {
      if (!navigator.clipboard?.writeText) throw new Error('no clipboard');
      await navigator.clipboard.writeText(entry);
    } catch {
      await this.openFallback(entry);
      return;
    }
    this.copied = true;
    this.host.requestUpdate();
    window.clearTimeout(this.timer);
    this.timer = window.setTimeout(() => {
      this.copied = false;
      this.host.requestUpdate();
    }, STATUS_MS);
  }

  private async openFallback(entry: string) {
    this.fallback = entry;
    this.host.requestUpdate();
    await this.host.updateComplete;

    const dialog = this.host.renderRoot.querySelector<HTMLDialogElement>('dialog.cite-dialog');
    if (!dialog) return;
    if (!dialog.open) dialog.showModal();
    const area = dialog.querySelector('textarea')!;
    area.focus();
    area.select();
  }

  private close = () => {
    this.host.renderRoot.querySelector<HTMLDialogElement>('dialog.cite-dialog')?.close();
  };

  private closed = () => {
    this.fallback = undefined;
    this.host.requestUpdate();
    this.host.renderRoot.querySelector<HTMLButtonElement>('.cite')?.focus();
  };
}

import { html, nothing, type ReactiveControllerHost } from 'lit';
import type { Figure } from '../contract/types.js';
import { safeUrl } from '../contract/safe-url.js';
import type { PithStrings } from '../shared/strings.js';
import { adoptDialogStyles } from './dialog.styles.js';

type Host = ReactiveControllerHost & HTMLElement & { renderRoot: HTMLElement | DocumentFragment };

/**
 * The modal dialog that shows a card's full figure, loaded the first time a reader opens one
 * (see `figure.ts` for the thumbnail and its link, which are always there).
 */
export class FigureViewer {
  private open = false;

  constructor(private readonly host: Host) {
    adoptDialogStyles(host.renderRoot);
  }

  /** Closes the dialog, for a card given another figure. */
  reset() {
    this.open = false;
  }

  /** Opens the dialog and puts the focus on its Close button. */
  async show() {
    this.open = true;
    this.host.requestUpdate();
    await this.host.updateComplete;

    const dialog = this.dialog();
    if (!dialog || dialog.open) return;
    dialog.showModal();
    dialog.querySelector<HTMLButtonElement>('.close')?.focus();
  }

  /** The dialog with the full image, rendered only while it is open. */
  render(figure: Figure | undefined, title: unknown, strings: PithStrings) {
    const full = safeUrl(figure?.full);
    if (!this.open || !figure || !full) return nothing;

    // The click listener only notices clicks on the backdrop; the keyboard closes a modal
    // dialog with Escape and the close button.
    // eslint-disable-next-line lit-a11y/click-events-have-key-events
    return html`<dialog
      part="dialog figure-dialog"
      class="dialog figure-dialog"
      aria-labelledby="figure-heading"
      @close=${this.closed}
      @click=${this.backdropClicked}
    >
      <div class="dialog-body">
        <div class="dialog-head">
          <h2 id="figure-heading" class="dialog-title">${strings.figureDialog}: ${title}</h2>
          <button part="close" class="close" type="button" @click=${this.close}>
            ${strings.close}
          </button>
        </div>
        <img part="full-figure" class="full-figure" src=${full} alt=${figure.alt} />
      </div>
    </dialog>`;
  }

  private close = () => this.dialog()?.close();

  // Only a click on the dialog element itself, outside its content, lands on the backdrop.
  private backdropClicked = (event: MouseEvent) => {
    if (event.target === event.currentTarget) this.close();
  };

  private closed = () => {
    this.open = false;
    this.host.requestUpdate();
    // Browsers differ in where focus goes after a modal dialog; the link that opened it is
    // where the reader was.
    this.host.renderRoot.querySelector<HTMLAnchorElement>('.full-image')?.focus();
  };

  private dialog(): HTMLDialogElement | null {
    return this.host.renderRoot.querySelector('dialog.figure-dialog');
  }
}

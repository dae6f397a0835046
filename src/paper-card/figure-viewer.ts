import { html, nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import type { Figure } from '../contract/types.js';
import { safeUrl } from '../contract/safe-url.js';
import { isModifiedClick } from '../shared/links.js';
import type { PithStrings } from '../shared/strings.js';

type Host = ReactiveControllerHost & HTMLElement & { renderRoot: HTMLElement | DocumentFragment };

/**
 * A card's figure: the thumbnail with its space reserved, the "full image" link, and the dialog
 * that shows the full image when the link is clicked. The link is a real link, so a reader
 * without scripts, or one who opens it in a new tab, still reaches the image.
 */
export class FigureViewer implements ReactiveController {
  /** The thumbnail failed to load; the card then keeps only the link. */
  private failed = false;
  private open = false;

  constructor(private readonly host: Host) {
    host.addController(this);
  }

  hostConnected() {}

  /** Forgets a failed thumbnail, for a card given another paper. */
  reset() {
    this.failed = false;
    this.open = false;
  }

  /** The figure and its link, or nothing when the paper has no usable figure. */
  renderFigure(figure: Figure | undefined, strings: PithStrings) {
    const thumbnail = safeUrl(figure?.thumbnail);
    if (!figure || !thumbnail) return nothing;
    const full = safeUrl(figure.full);
    if (this.failed && !full) return nothing;
    const sized = Boolean(figure.width && figure.height);

    return html`<figure part="figure" class=${this.failed ? 'figure failed' : 'figure'}>
      ${
        this.failed
          ? nothing
          : html`<img
            part="thumbnail"
            class=${sized ? 'thumb' : 'thumb unsized'}
            src=${thumbnail}
            alt=${figure.alt}
            width=${sized ? figure.width! : nothing}
            height=${sized ? figure.height! : nothing}
            loading="lazy"
            decoding="async"
            @error=${this.thumbnailFailed}
          />`
      }
      ${
        full
          ? html`<a
            part="full-image"
            class="full-image"
            href=${full}
            target="_blank"
            rel="noopener noreferrer"
            @click=${this.linkClicked}
            >${strings.fullImage}</a
          >`
          : nothing
      }
    </figure>`;
  }

  /** The dialog with the full image, rendered only while it is open. */
  renderDialog(figure: Figure | undefined, title: unknown, strings: PithStrings) {
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

  private thumbnailFailed = () => {
    this.failed = true;
    this.host.requestUpdate();
  };

  private linkClicked = async (event: MouseEvent) => {
    if (isModifiedClick(event) || typeof HTMLDialogElement === 'undefined') return;
    event.preventDefault();
    this.open = true;
    this.host.requestUpdate();
    await this.host.updateComplete;

    const dialog = this.dialog();
    if (!dialog || dialog.open) return;
    dialog.showModal();
    dialog.querySelector<HTMLButtonElement>('.close')?.focus();
  };

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

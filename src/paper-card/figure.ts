import { html, nothing, type ReactiveControllerHost } from 'lit';
import type { Figure } from '../contract/types.js';
import { safeUrl } from '../contract/safe-url.js';
import { isModifiedClick } from '../shared/links.js';
import type { PithStrings } from '../shared/strings.js';
import type { FigureViewer } from './figure-viewer.js';
import { chunks, Lazy } from './lazy.js';

type Host = ReactiveControllerHost & HTMLElement & { renderRoot: HTMLElement | DocumentFragment };

/**
 * A card's figure: the thumbnail with its space reserved and the "full image" link. A plain
 * click on the link opens the full image in a dialog, whose code loads on the first such click.
 * The link is a real link, so a reader without scripts, one who opens it in a new tab, or one
 * whose dialog could not be loaded, still reaches the image.
 */
export class CardFigure {
  /** The thumbnail failed to load; the card then keeps only the link. */
  private failed = false;
  private viewer: Lazy<FigureViewer>;

  constructor(private readonly host: Host) {
    this.viewer = new Lazy(host, async () => new (await chunks.figureViewer()).FigureViewer(host));
  }

  /** Forgets a failed thumbnail and closes the dialog, for a card given another figure. */
  reset() {
    this.failed = false;
    this.viewer.value?.reset();
  }

  /** The figure and its link, or nothing when the paper has no usable figure. */
  render(figure: Figure | undefined, strings: PithStrings) {
    const thumbnail = safeUrl(figure?.thumbnail);
    if (!figure || !thumbnail) return nothing;
    const full = safeUrl(figure.full);
    if (this.failed && !full) return nothing;
    const sized = Boolean(figure.width && figure.height);

    return html`<figure part="figure">
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
            aria-busy=${this.viewer.loading ? 'true' : nothing}
            @click=${this.linkClicked}
            >${strings.fullImage}</a
          >${this.viewer.renderFailure(strings)}`
          : nothing
      }
    </figure>`;
  }

  /** The dialog with the full image, while it is open. */
  renderDialog(figure: Figure | undefined, title: unknown, strings: PithStrings) {
    return this.viewer.value?.render(figure, title, strings) ?? nothing;
  }

  private thumbnailFailed = () => {
    this.failed = true;
    this.host.requestUpdate();
  };

  private linkClicked = async (event: MouseEvent) => {
    const plain = !isModifiedClick(event) && typeof HTMLDialogElement !== 'undefined';
    if (!plain) return;
    if (this.viewer.failed) {
      // After a failed load the link works as a plain link: the image opens in a new tab, and
      // the message about the failure has been answered.
      this.viewer.dismissFailure();
      return;
    }
    event.preventDefault();
    await (await this.viewer.get())?.show();
  };
}

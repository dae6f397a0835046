import { html, nothing, type ReactiveControllerHost } from 'lit';
import { errorDetail, pithEvent } from '../events.js';
import { chunkImport } from '../shared/chunk-import.js';
import type { PithStrings } from '../shared/strings.js';
import { loadDecoder } from '../tex/front.js';

/**
 * The card's features that most readers never use, each a chunk of its own, loaded the first
 * time a reader asks for it, and the TeX decoder Cite's accessible name needs. Tests replace an
 * entry to simulate a download that fails.
 *
 * @internal
 */
export const chunks = {
  citation: chunkImport(() => import('./citation.js'), 'Citation'),
  figureViewer: chunkImport(() => import('./figure-viewer.js'), 'FigureViewer'),
  decoder: loadDecoder,
};

type Host = ReactiveControllerHost & HTMLElement;

/**
 * One feature that loads on first use. While its chunk loads, the control that asked reports
 * itself busy; a failed load is said in the card, beside that control, and reported with
 * `pith-error`. Asking again tries again.
 */
export class Lazy<T> {
  /** The feature, once loaded. */
  value?: T;
  /** The chunk is on its way. */
  loading = false;
  /** The last attempt to load it failed. */
  failed = false;

  private pending?: Promise<T | undefined>;

  constructor(
    private readonly host: Host,
    private readonly load: () => Promise<T>,
  ) {}

  /** The feature, loaded first if need be; undefined when it could not be loaded. */
  get(): Promise<T | undefined> {
    if (this.value) return Promise.resolve(this.value);
    this.pending ??= this.start();
    return this.pending;
  }

  /** Stops showing the message of a failed load; the next `get()` still tries again. */
  dismissFailure() {
    this.failed = false;
    this.host.requestUpdate();
  }

  /** The message of a failed load, for the place in the card where the reader asked. */
  renderFailure(strings: PithStrings) {
    const message = strings.featureError;
    return this.failed ? html`<span part="status" role="alert">${message}</span>` : nothing;
  }

  private async start(): Promise<T | undefined> {
    this.loading = true;
    this.host.requestUpdate();

    try {
      this.value = await this.load();
      this.failed = false;
    } catch (error) {
      this.failed = true;
      this.host.dispatchEvent(pithEvent('pith-error', errorDetail(error)));
    }

    this.loading = false;
    this.pending = undefined;
    this.host.requestUpdate();
    return this.value;
  }
}

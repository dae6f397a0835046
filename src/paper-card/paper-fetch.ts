import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { PithClient } from '../client/types.js';
import type { Paper } from '../contract/types.js';
import { fillTemplate } from '../config/defaults.js';
import { errorDetail, isAbort, pithEvent, type PithErrorDetail } from '../events.js';

/** What a fetch needs: the paper id, the single-paper URL template, the client. */
export type FetchArgs = readonly [string | undefined, string | undefined, PithClient | undefined];

/** The arguments of a card that fetches nothing (it was given its paper). */
export const NO_FETCH: FetchArgs = [undefined, undefined, undefined];

/**
 * The paper of a card given only an id, fetched from the single-paper endpoint. A fetch starts
 * before an update whose arguments differ from the last fetch's; a card handed its paper never
 * fetches. Each request has its own AbortController: a newer fetch, emptied arguments or the
 * card's removal abort it, and only the reply to the latest request is shown or announced (with
 * `pith-load` or `pith-error`). A card removed mid-request asks again when it is put back.
 */
export class PaperFetch implements ReactiveController {
  /** The paper of the last reply; it stays on screen while another id loads. */
  paper?: Paper;
  pending = false;
  error?: PithErrorDetail;

  private request?: AbortController;
  private interrupted = false;
  private last: FetchArgs = NO_FETCH;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly args: () => FetchArgs,
  ) {
    host.addController(this);
  }

  hostConnected() {
    if (this.interrupted) void this.run();
  }

  hostDisconnected() {
    if (!this.pending) return;
    this.cancel();
    this.show();
    this.interrupted = true;
  }

  hostUpdate() {
    const args = this.args();
    if (args.some((value, i) => value !== this.last[i])) void this.run(args);
  }

  /** Fetches the paper again, as the Retry button asks. */
  run = async (args = this.args()) => {
    this.last = args;
    this.cancel();
    const [id, template, client] = args;
    if (!id || !template || !client) return this.show();

    this.show(this.paper);
    this.pending = true;
    const request = (this.request = new AbortController());
    try {
      const loaded = await client.paper(fillTemplate(template, { id }), { signal: request.signal });
      if (request !== this.request) return;
      this.request = undefined;
      this.show(loaded.value.paper);
      const { url, warnings = [] } = loaded;
      this.host.dispatchEvent(pithEvent('pith-load', { url, count: 1, skipped: [], warnings }));
    } catch (error) {
      if (request !== this.request) return;
      this.request = undefined;
      // A request aborted by someone else leaves an empty card, not an error.
      this.show(undefined, isAbort(error) ? undefined : errorDetail(error));
      if (this.error) this.host.dispatchEvent(pithEvent('pith-error', this.error));
    }
  };

  // Aborts the request in flight; its reply, if one still comes, is then stale.
  private cancel() {
    this.request?.abort();
    this.request = undefined;
  }

  private show(paper?: Paper, error?: PithErrorDetail) {
    this.interrupted = false;
    this.pending = false;
    this.paper = paper;
    this.error = error;
    this.host.requestUpdate();
  }
}

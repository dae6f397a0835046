import type { SourceAdapter } from '../contract/adapters/types.js';
import type { ListingReply, PaperReply } from '../contract/types.js';

/** Why a request produced no usable reply. */
export type PithErrorKind =
  | 'network' // fetch itself failed (offline, DNS, CORS)
  | 'timeout' // no reply within the time limit
  | 'http' // a reply with a non-2xx status
  | 'not-json' // a reply that is not JSON (an HTML error page, a captive portal)
  | 'version' // JSON in another contract version
  | 'contract' // JSON that breaks the contract at the top level
  | 'too-large' // a reply over the size limit
  | 'aborted'; // the caller gave up (a newer request, an element removed)

/** The one error type the client rejects with. */
export class PithError extends Error {
  override name = 'PithError';
  constructor(
    readonly kind: PithErrorKind,
    message: string,
    readonly details: {
      url?: string;
      status?: number;
      contentType?: string;
      /** JSON path of the offending field, for `contract` and `version`. */
      field?: string;
      /** For `http` 429 and 503: how long the endpoint asked us to wait, from `Retry-After`. */
      retryAfterMs?: number;
    } = {},
  ) {
    super(message);
  }
}

/** An item left out of a reply because it broke the contract. */
export interface SkippedItem {
  index: number;
  id?: string;
  /** JSON path and what was wrong, for example `items[3].title: expected a string`. */
  reason: string;
}

/**
 * Something in a reply that was repaired rather than refused: text cut to its
 * cap, an unsafe URL dropped with the figure or link holding it, items past
 * the page cap ignored, an unusable optional field at the top level left out.
 */
export interface ContractWarning {
  /** JSON path of the field, for example `items[3].abstract`. */
  field: string;
  /** What was done, for example `cut from 52000 to 20000 characters`. */
  message: string;
}

/** A validated reply and what was dropped from it. */
export interface Loaded<T> {
  value: T;
  /** The final URL the reply came from; relative links resolve against it. */
  url: string;
  skipped: SkippedItem[];
  /** What was repaired; always set by this library's client (optional for hand-made values). */
  warnings?: ContractWarning[];
}

export interface RequestOptions {
  signal?: AbortSignal;
  /**
   * Reads a reply in another format (Atom, a site's own JSON) into the
   * contract before validation. Replies read by different adapters are
   * cached apart.
   */
  adapter?: SourceAdapter;
  /** Called when a cached reply that was returned has been refreshed. */
  onRevalidate?: (fresh: Loaded<unknown>) => void;
}

/** Fetches, validates, caches and de-duplicates replies from an endpoint. */
export interface PithClient {
  listing(url: string, options?: RequestOptions): Promise<Loaded<ListingReply>>;
  paper(url: string, options?: RequestOptions): Promise<Loaded<PaperReply>>;
}

// One attempt at one URL: fetch, check the reply before parsing it, parse,
// validate. Retries, sharing and caching live in `client.ts`.
import type { SourceAdapter, SourceReply } from '../contract/adapters/types.js';
import type { ListingReply, PaperReply } from '../contract/types.js';
import { validateListing, validatePaperReply } from '../contract/validate.js';
import type { ContractWarning, Loaded } from './types.js';
import { PithError } from './types.js';
import { httpError, networkError, notJsonError, tooLargeError, withUrl } from './errors.js';
import { parseRetryAfter } from './retry.js';

export type ReplyKind = 'listing' | 'paper';

/** A validated reply with what the cache needs to know about it. */
export interface Fetched {
  loaded: Loaded<ListingReply | PaperReply>;
  /** Size of the body as received. */
  bytes: number;
  /** Fingerprint of the body, to tell a changed reply from a repeated one. */
  digest: string;
}

export interface AttemptOptions {
  maxBytes: number;
  fetch: typeof fetch;
  /** Reads a reply in another format into the contract, instead of JSON.parse. */
  adapter?: SourceAdapter;
}

// Types that are certainly not JSON. Anything else (including text/plain and
// no type at all, which static hosts often send for .json files) is parsed
// and judged by JSON.parse.
const NOT_JSON = /^(text\/html|text\/xml|.+\+xml|application\/xml|(image|audio|video|font)\/.+)$/;

/** Fetches and validates one reply; every failure is a `PithError`. */
export async function attempt(
  url: string,
  kind: ReplyKind,
  signal: AbortSignal,
  options: AttemptOptions,
): Promise<Fetched> {
  let response: Response;
  try {
    response = await options.fetch(url, { signal, headers: { Accept: 'application/json' } });
  } catch (error) {
    throw failure(error, signal, url);
  }

  const finalUrl = response.url || url;
  let body: { text: string; bytes: number };
  try {
    await checkHead(response, finalUrl, options.maxBytes, !options.adapter);
    body = await readBody(response, finalUrl, options.maxBytes);
  } catch (error) {
    throw failure(error, signal, finalUrl);
  }

  const contentType = response.headers.get('content-type') ?? '';
  const json = options.adapter
    ? adapt(options.adapter, { text: body.text, contentType, url: finalUrl })
    : parse(body.text, finalUrl);
  const loaded = validate(kind, json, finalUrl);
  return { loaded, bytes: body.bytes, digest: fingerprint(body.text) };
}

function failure(error: unknown, signal: AbortSignal, url: string): unknown {
  // The client aborts with a PithError as the reason (timeout or aborted).
  if (signal.aborted) return signal.reason;
  return error instanceof PithError ? error : networkError(url);
}

async function checkHead(response: Response, url: string, maxBytes: number, wantJson: boolean) {
  if (!response.ok) {
    await discard(response);
    const retryAfter = parseRetryAfter(response.headers.get('retry-after'));
    throw httpError(response.status, response.statusText, url, retryAfter);
  }

  const type = mediaType(response.headers.get('content-type'));
  if (wantJson && NOT_JSON.test(type)) {
    await discard(response);
    throw notJsonError(url, `expected JSON, got ${type}`, type);
  }

  const declared = Number(response.headers.get('content-length') ?? '');
  if (Number.isFinite(declared) && declared > maxBytes) {
    await discard(response);
    throw tooLargeError(url, declared, maxBytes);
  }
}

function mediaType(header: string | null): string {
  return (header ?? '').split(';')[0].trim().toLowerCase();
}

async function discard(response: Response): Promise<void> {
  try {
    await response.body?.cancel();
  } catch {
    // Nothing left to release.
  }
}

/** Reads the body as UTF-8, stopping as soon as it passes `maxBytes`. */
async function readBody(response: Response, url: string, maxBytes: number) {
  if (!response.body) {
    const buffer = new Uint8Array(await response.arrayBuffer());
    if (buffer.byteLength > maxBytes) throw tooLargeError(url, buffer.byteLength, maxBytes);
    return { text: new TextDecoder().decode(buffer), bytes: buffer.byteLength };
  }

  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let bytes = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    bytes += value.byteLength;
    if (bytes > maxBytes) {
      await reader.cancel().catch(() => undefined);
      throw tooLargeError(url, bytes, maxBytes);
    }
    chunks.push(value);
  }
  return { text: decode(chunks, bytes), bytes };
}

function decode(chunks: Uint8Array[], bytes: number): string {
  const all = new Uint8Array(bytes);
  let offset = 0;
  for (const chunk of chunks) {
    all.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return new TextDecoder().decode(all);
}

function parse(text: string, url: string): unknown {
  if (text.trim() === '') throw notJsonError(url, 'the body is empty');
  try {
    return JSON.parse(text);
  } catch {
    // The parser's own message quotes the body, which is endpoint text.
    throw notJsonError(url, 'the body does not parse as JSON');
  }
}

function adapt(adapter: SourceAdapter, reply: SourceReply): unknown {
  try {
    return adapter(reply);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new PithError(
      'contract',
      `The adapter could not read the reply: ${reason.slice(0, 300)}`,
      {
        url: reply.url,
      },
    );
  }
}

function validate(kind: ReplyKind, json: unknown, url: string): Fetched['loaded'] {
  try {
    if (kind === 'listing') {
      const { value, skipped, warnings } = validateListing(json, { baseUrl: url });
      return { value, url, skipped, warnings };
    }
    const warnings: ContractWarning[] = [];
    const value = validatePaperReply(json, { baseUrl: url, onWarning: (w) => warnings.push(w) });
    return { value, url, skipped: [], warnings };
  } catch (error) {
    throw error instanceof PithError ? withUrl(error, url) : error;
  }
}

/**
 * FNV-1a over UTF-16 code units, with the length: enough to notice that a
 * refreshed reply changed. A collision only delays an update to the next
 * refresh.
 */
function fingerprint(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  }
  return `${text.length}:${(hash >>> 0).toString(16)}`;
}

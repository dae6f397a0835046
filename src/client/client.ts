/**
 * The fetch client the elements share: one network request per URL at a time,
 * a small in-memory cache served stale while it refreshes, a time limit,
 * bounded retries, and replies checked and validated before anyone sees them.
 * `docs/data-layer.md` describes the behaviour for users of the library.
 */
import type { SourceAdapter } from '../contract/adapters/types.js';
import type { ListingReply, PaperReply } from '../contract/types.js';
import { ReplyCache, type CacheEntry } from './cache.js';
import { abortedError, networkError, timeoutError } from './errors.js';
import { attempt, type Fetched, type ReplyKind } from './reply.js';
import { isRetryable, retryDelay, sleep } from './retry.js';
import { PithError, type Loaded, type PithClient, type RequestOptions } from './types.js';

/** Settings of `createClient`; every one is optional. */
export interface ClientOptions {
  /** Whole-request time limit in ms, retries and their waits included. */
  timeoutMs?: number;
  /** Retries after the first attempt, for network errors, 5xx, 408 and 429. */
  retries?: number;
  /** How long a reply is served from memory without asking the endpoint (ms). */
  cacheTtlMs?: number;
  /** How long after that a reply is still served at once while it is refreshed (ms). */
  staleTtlMs?: number;
  /** Replies kept in memory; 0 turns the cache off. */
  cacheSize?: number;
  /** Largest reply body accepted, in bytes. */
  maxBytes?: number;
  /** The fetch to use; `globalThis.fetch` when absent. */
  fetch?: typeof fetch;
}

/** The values `createClient` uses for options it is not given. */
export const CLIENT_DEFAULTS = Object.freeze({
  timeoutMs: 15_000,
  retries: 2,
  cacheTtlMs: 60_000,
  staleTtlMs: 60 * 60_000,
  cacheSize: 50,
  maxBytes: 5 * 1024 * 1024,
});

/** Bodies kept in the cache, summed; the least recently used go first. */
export const CACHE_MAX_BYTES = 25 * 1024 * 1024;

type Settings = Required<ClientOptions>;

/** One network request, shared by every caller waiting for the same URL and kind. */
interface Job {
  promise: Promise<CacheEntry>;
  controller: AbortController;
  /** Callers still waiting; the request is aborted when the last one leaves. */
  waiters: number;
}

/** What one request asks for; `key` names it for sharing and caching. */
interface Target {
  kind: ReplyKind;
  url: string;
  key: string;
  adapter?: SourceAdapter;
}

/** Creates a client with its own cache and settings. */
export function createClient(options: ClientOptions = {}): PithClient {
  const settings: Settings = {
    ...CLIENT_DEFAULTS,
    fetch: (input, init) => globalThis.fetch(input, init),
    ...withoutUndefined(options),
  };
  const cache = new ReplyCache(settings.cacheSize, CACHE_MAX_BYTES);
  const jobs = new Map<string, Job>();

  async function request(kind: ReplyKind, url: string, options: RequestOptions = {}) {
    const { signal } = options;
    if (signal?.aborted) throw abortedError(url);
    const absolute = absoluteUrl(url);
    const key = `${kind} ${adapterKey(options.adapter)}${absolute}`;

    const cached = cache.get(key);
    const age = cached ? Date.now() - cached.storedAt : Infinity;
    if (cached && age < settings.cacheTtlMs) return cached.loaded;
    if (cached && age < settings.cacheTtlMs + settings.staleTtlMs) {
      revalidate({ kind, url: absolute, key, adapter: options.adapter }, cached, options);
      return cached.loaded;
    }
    const target: Target = { kind, url: absolute, key, adapter: options.adapter };
    const entry = await wait(join(target), key, absolute, signal);
    return entry.loaded;
  }

  function revalidate(
    target: Target,
    cached: CacheEntry,
    { signal, onRevalidate }: RequestOptions,
  ) {
    // A background refresh has no caller to abort it; it ends by itself.
    const job = join(target);
    job.waiters += 1;
    job.promise.then(
      (fresh) => {
        if (fresh.loaded !== cached.loaded && !signal?.aborted) onRevalidate?.(fresh.loaded);
      },
      () => undefined, // Keep serving the stale reply; the next request tries again.
    );
  }

  function join(target: Target): Job {
    const { key } = target;
    const running = jobs.get(key);
    if (running) return running;

    const controller = new AbortController();
    const job: Job = { controller, waiters: 0, promise: run(target, controller) };
    jobs.set(key, job);
    job.promise
      .then(
        (fetched) => fetched,
        () => undefined,
      )
      .finally(() => {
        if (jobs.get(key) === job) jobs.delete(key);
      });
    return job;
  }

  async function run(target: Target, controller: AbortController) {
    const { timeoutMs } = settings;
    const { url } = target;
    const timer = setTimeout(() => controller.abort(timeoutError(url, timeoutMs)), timeoutMs);
    try {
      const fetched = await withRetries(target, controller.signal, Date.now() + timeoutMs);
      return cache.put(target.key, freeze(fetched), Date.now());
    } finally {
      clearTimeout(timer);
    }
  }

  async function withRetries(
    { kind, url, adapter }: Target,
    signal: AbortSignal,
    deadline: number,
  ) {
    for (let retry = 0; ; retry += 1) {
      try {
        return await untilAborted(attempt(url, kind, signal, { ...settings, adapter }), signal);
      } catch (error) {
        const failure = error instanceof PithError ? error : networkError(url);
        if (retry >= settings.retries || !isRetryable(failure)) throw failure;

        const delay = retryDelay(failure, retry);
        if (delay === undefined || Date.now() + delay >= deadline) throw failure;
        await sleep(delay, signal);
      }
    }
  }

  function wait(job: Job, key: string, url: string, signal?: AbortSignal) {
    job.waiters += 1;
    if (!signal) return job.promise;

    return new Promise<CacheEntry>((resolve, reject) => {
      const onAbort = () => {
        reject(abortedError(url));
        leave(job, key, url);
      };
      signal.addEventListener('abort', onAbort, { once: true });
      const done = () => signal.removeEventListener('abort', onAbort);
      job.promise.then(
        (entry) => (done(), resolve(entry)),
        (error: unknown) => (done(), reject(error)),
      );
    });
  }

  function leave(job: Job, key: string, url: string): void {
    job.waiters -= 1;
    if (job.waiters > 0) return;
    job.controller.abort(abortedError(url));
    if (jobs.get(key) === job) jobs.delete(key);
  }

  return {
    listing: (url, options) => request('listing', url, options) as Promise<Loaded<ListingReply>>,
    paper: (url, options) => request('paper', url, options) as Promise<Loaded<PaperReply>>,
  };
}

/**
 * The client elements use unless the page provides another through the
 * configuration context; one cache for the whole page.
 */
export const defaultClient: PithClient = createClient();

// Replies read by different adapters must not share a cache entry; each
// adapter function gets a number for the lifetime of the page.
const adapterIds = new WeakMap<SourceAdapter, number>();
let adaptersSeen = 0;
function adapterKey(adapter: SourceAdapter | undefined): string {
  if (!adapter) return '';
  if (!adapterIds.has(adapter)) adapterIds.set(adapter, ++adaptersSeen);
  return `adapter:${adapterIds.get(adapter)} `;
}

function withoutUndefined(options: ClientOptions): Partial<Settings> {
  return Object.fromEntries(Object.entries(options).filter(([, v]) => v !== undefined));
}

// Relative request URLs resolve as fetch would resolve them, so `a.json` and
// `/a.json` on the same page share one cache entry.
// Only http(s) is fetched: another scheme (`javascript:`, `data:`, `file:`)
// fails at once, without a retry, whatever fetch would have done with it.
function absoluteUrl(url: string): string {
  const base = globalThis.document?.baseURI ?? globalThis.location?.href;
  let parsed: URL | undefined;
  try {
    parsed = new URL(url, base);
  } catch {
    parsed = undefined;
  }
  if (parsed?.protocol === 'http:' || parsed?.protocol === 'https:') return parsed.href;
  throw new PithError('network', `Not a usable URL: ${url.slice(0, 200)}`, { url });
}

/** Rejects with the signal's reason as soon as it aborts, even if `promise` never settles. */
function untilAborted<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    if (signal.aborted) onAbort();
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}

// Replies are shared by every caller and by the cache: freezing them turns an
// accidental mutation by one element into an error instead of a change that
// other elements would render.
function freeze(fetched: Fetched): Fetched {
  deepFreeze(fetched.loaded);
  return fetched;
}

function deepFreeze(value: unknown): void {
  if (typeof value !== 'object' || value === null || Object.isFrozen(value)) return;
  Object.freeze(value);
  for (const child of Object.values(value)) deepFreeze(child);
}

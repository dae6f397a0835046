/**
 * A pretend endpoint for stories: a `fetch` that answers from memory, handed to the real client
 * (`createClient({ fetch })`), so every story goes through the same reading, validation and
 * error handling as a page, without a server and without the network.
 */
import { createClient } from '../../src/client/client.js';
import type { PithClient } from '../../src/client/types.js';

/** Makes the reply to one request; called afresh for each request. */
export type Answer = (url: URL) => Response;

/** Replies by path (with its query string); any other path gets a 404 page. */
export type Routes = Record<string, Answer>;

// One day: long enough that a story never leaves its loading state by itself.
const NO_TIME_LIMIT = 24 * 60 * 60 * 1000;

/** A client whose every request is answered by `routes`. */
export function clientFor(routes: Routes): PithClient {
  return createClient({ fetch: fetchFrom(routes), retries: 0, cacheSize: 0 });
}

/** A client whose requests never get a reply, to show a loading state for as long as needed. */
export function silentClient(): PithClient {
  const fetch: typeof globalThis.fetch = (_input, init) =>
    new Promise((_resolve, reject) => onAbort(init?.signal, reject));
  return createClient({ fetch, retries: 0, cacheSize: 0, timeoutMs: NO_TIME_LIMIT });
}

function fetchFrom(routes: Routes): typeof globalThis.fetch {
  return (input, init) =>
    new Promise((resolve, reject) => {
      const signal = init?.signal;
      if (signal?.aborted) return reject(abortError());
      onAbort(signal, reject);

      const url = new URL(input instanceof Request ? input.url : String(input), document.baseURI);
      const answer = routes[url.pathname + url.search] ?? notFound;
      // A real reply never arrives in the same task as its request.
      setTimeout(() => resolve(answer(url)), 0);
    });
}

function onAbort(signal: AbortSignal | null | undefined, reject: (reason: unknown) => void) {
  signal?.addEventListener('abort', () => reject(abortError()), { once: true });
}

function abortError(): DOMException {
  return new DOMException('The request was aborted.', 'AbortError');
}

/** A 200 reply with `body` as JSON. */
export function json(body: unknown): Answer {
  return () =>
    new Response(JSON.stringify(body), {
      status: 200,
      headers: { 'content-type': 'application/json; charset=utf-8' },
    });
}

/** The 404 page a web server sends for a path it does not know. */
export const notFound: Answer = () =>
  new Response('<!doctype html><title>404 Not Found</title><h1>Not Found</h1>', {
    status: 404,
    statusText: 'Not Found',
    headers: { 'content-type': 'text/html; charset=utf-8' },
  });

/** A 200 reply that is an HTML page, as a captive portal or a misrouted proxy sends. */
export const htmlPage: Answer = () =>
  new Response('<!doctype html><title>Sign in to the Wi-Fi</title><p>Please sign in.</p>', {
    status: 200,
    headers: { 'content-type': 'text/html; charset=utf-8' },
  });

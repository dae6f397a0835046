// When and how long to wait before trying a failed request again.
import type { PithError } from './types.js';

/** Backoff settings (milliseconds). */
export const RETRY_TIMING = Object.freeze({
  /** Ceiling of the first wait; doubles with each retry. */
  baseDelayMs: 500,
  /** No single wait is longer than this. */
  maxDelayMs: 8000,
  /** A longer `Retry-After` is not waited for: the request fails at once instead. */
  maxRetryAfterMs: 10000,
});

/**
 * Network failures, 5xx, 408 and 429 may succeed a moment later; any other
 * reply (a 404, an HTML page, JSON in the wrong shape) will be the same again.
 */
export function isRetryable(error: PithError): boolean {
  if (error.kind === 'network') return true;
  if (error.kind !== 'http') return false;
  const status = error.details.status ?? 0;
  return status >= 500 || status === 408 || status === 429;
}

/**
 * How long to wait before retry number `retry` (0 for the first), or
 * `undefined` when the endpoint asked for a longer pause than we allow.
 *
 * "Full jitter": a random wait between zero and an exponentially growing
 * ceiling, so many pages failing at once do not come back in step.
 */
export function retryDelay(
  error: PithError,
  retry: number,
  random = Math.random,
): number | undefined {
  const asked = error.details.retryAfterMs;
  if (asked !== undefined) return asked <= RETRY_TIMING.maxRetryAfterMs ? asked : undefined;

  const ceiling = Math.min(RETRY_TIMING.maxDelayMs, RETRY_TIMING.baseDelayMs * 2 ** retry);
  return Math.floor(random() * ceiling);
}

/** `Retry-After` in milliseconds, from delay-seconds or an HTTP date; `undefined` if absent. */
export function parseRetryAfter(header: string | null, now = Date.now()): number | undefined {
  const value = header?.trim();
  if (!value) return undefined;
  if (/^\d+$/.test(value)) return Number(value) * 1000;
  // An HTTP date names its day and month; this keeps `-5` from parsing as a year.
  if (!/[a-z]/i.test(value)) return undefined;

  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/** Resolves after `ms`, or rejects with the signal's reason when it aborts first. */
export function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) {
      reject(signal.reason);
      return;
    }
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal.reason);
    };
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal.addEventListener('abort', onAbort, { once: true });
  });
}

// The messages the client rejects with. They are written for the person
// looking at a broken page, so they name the status and the limit involved.
import { PithError } from './types.js';

// HTTP/2 and HTTP/3 replies carry no reason phrase (`statusText` is empty),
// so the common ones are named here.
const REASONS: Readonly<Record<number, string>> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  406: 'Not Acceptable',
  408: 'Request Timeout',
  410: 'Gone',
  413: 'Content Too Large',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  501: 'Not Implemented',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
  504: 'Gateway Timeout',
};

export function httpError(
  status: number,
  statusText: string,
  url: string,
  retryAfterMs: number | undefined,
): PithError {
  const reason = statusText.trim() || REASONS[status] || '';
  const message = `The endpoint answered ${status}${reason ? ` ${reason}` : ''}`;
  const details: PithError['details'] = { url, status };
  if (retryAfterMs !== undefined) details.retryAfterMs = retryAfterMs;
  return new PithError('http', message, details);
}

export function networkError(url: string): PithError {
  return new PithError('network', 'The endpoint could not be reached', { url });
}

export function timeoutError(url: string, timeoutMs: number): PithError {
  return new PithError('timeout', `No complete reply within ${formatMs(timeoutMs)}`, { url });
}

export function abortedError(url: string): PithError {
  return new PithError('aborted', 'The request was aborted', { url });
}

export function tooLargeError(url: string, bytes: number, maxBytes: number): PithError {
  return new PithError(
    'too-large',
    `The reply is larger than the limit (${formatBytes(bytes)} read or announced, ` +
      `${formatBytes(maxBytes)} allowed)`,
    { url },
  );
}

export function notJsonError(url: string, why: string, contentType?: string): PithError {
  const details: PithError['details'] = { url };
  if (contentType) details.contentType = contentType;
  return new PithError('not-json', `The reply is not JSON: ${why}`, details);
}

/** The same error with the reply's URL added (validation does not know it). */
export function withUrl(error: PithError, url: string): PithError {
  return new PithError(error.kind, error.message, { ...error.details, url });
}

function formatMs(ms: number): string {
  return ms >= 1000 ? `${+(ms / 1000).toFixed(1)} s` : `${ms} ms`;
}

function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${+(bytes / 1024 / 1024).toFixed(1)} MiB`;
  if (bytes >= 1024) return `${+(bytes / 1024).toFixed(1)} KiB`;
  return `${bytes} bytes`;
}

// Asks the arXiv API for papers, politely: one request at a time, spaced at
// least the configured delay apart (arXiv asks for 3 s), with bounded retries
// on failures that can pass (network errors, 429, 5xx, arXiv's empty pages).
import { ArxivApiError, readArxivAtom } from './arxiv-atom.js';

export const DEFAULT_BASE_URL = 'https://export.arxiv.org/api/query';
/** arXiv's published rule: no more than one request every three seconds. */
export const ARXIV_DELAY_MS = 3000;
// A server's Retry-After is obeyed up to this long; beyond it we give up sooner.
const MAX_RETRY_AFTER_MS = 120_000;
const MAX_BACKOFF_MS = 60_000;
/** @type {Record<string, string>} */
const NETWORK_CODES = {
  ECONNREFUSED: 'connection refused (ECONNREFUSED)',
  ECONNRESET: 'connection reset (ECONNRESET)',
  ENOTFOUND: 'host not found (ENOTFOUND)',
  EAI_AGAIN: 'name lookup failed (EAI_AGAIN)',
  ETIMEDOUT: 'connection timed out (ETIMEDOUT)',
  UND_ERR_SOCKET: 'connection closed by the server',
};

/**
 * @typedef {object} FetchSettings
 * @property {string} baseUrl the API endpoint, query string and all
 * @property {number} delayMs least time between the end of one request and the start of the next
 * @property {number} retries further attempts after a failure that can pass
 * @property {number} timeoutMs limit for one request, reply body included
 * @property {string} userAgent
 * @property {(line: string) => void} log progress and retry notices
 * @property {typeof fetch} [fetch]
 */

/** A failure to report to the person running the command. */
export class FetchFailure extends Error {
  /**
   * @param {string} message
   * @param {{ retryable?: boolean, retryAfterMs?: number }} [options]
   */
  constructor(message, options = {}) {
    super(message);
    this.name = 'FetchFailure';
    this.retryable = options.retryable ?? false;
    this.retryAfterMs = options.retryAfterMs;
  }
}

/**
 * Fetches every page a request needs.
 * @param {{ ids?: string[], query?: string, max: number, pageSize: number }} request
 * @param {FetchSettings} settings
 */
export async function fetchArxiv(request, settings) {
  const session = new Session(settings);
  /** @type {import('./arxiv-atom.js').ArxivPaper[]} */
  const papers = [];
  /** @type {import('./arxiv-atom.js').SkippedEntry[]} */
  const skipped = [];

  if (request.ids) {
    const target = request.ids.length;
    for (let from = 0; from < target; from += request.pageSize) {
      const chunk = request.ids.slice(from, from + request.pageSize);
      const read = await session.page({ id_list: chunk.join(','), max_results: chunk.length });
      collect(read, papers, skipped);
      session.progress(Math.min(from + chunk.length, target), target, request.pageSize);
    }
    return { papers, skipped };
  }

  let start = 0;
  let target = request.max;
  while (start < target) {
    const size = Math.min(request.pageSize, target - start);
    const read = await session.page(queryParams(request.query ?? '', start, size));
    if (read.total !== undefined) target = Math.min(request.max, read.total);
    const seen = read.papers.length + read.skipped.length;
    collect(read, papers, skipped);
    // A short page with results still to come cannot be paged past safely.
    if (seen === 0) break;
    start += seen;
    session.progress(Math.min(start, target), target, request.pageSize);
  }
  return { papers, skipped };
}

/**
 * @param {string} query @param {number} start @param {number} size
 * @returns {Record<string, string | number>}
 */
function queryParams(query, start, size) {
  // Newest first, so that --max keeps the most recent papers.
  return {
    search_query: query,
    start,
    max_results: size,
    sortBy: 'submittedDate',
    sortOrder: 'descending',
  };
}

/**
 * @param {import('./arxiv-atom.js').ArxivRead} read
 * @param {import('./arxiv-atom.js').ArxivPaper[]} papers
 * @param {import('./arxiv-atom.js').SkippedEntry[]} skipped
 */
function collect(read, papers, skipped) {
  papers.push(...read.papers);
  skipped.push(...read.skipped);
}

class Session {
  /** @param {FetchSettings} settings */
  constructor(settings) {
    this.settings = settings;
    this.fetch = settings.fetch ?? globalThis.fetch;
    /** When the last request finished; spacing counts from there. */
    this.lastEnd = -Infinity;
    this.gap = settings.delayMs;
  }

  /** @param {Record<string, string | number>} params */
  async page(params) {
    const url = new URL(this.settings.baseUrl);
    for (const [name, value] of Object.entries(params)) url.searchParams.set(name, String(value));
    const retries = this.settings.retries;

    for (let attempt = 1; ; attempt += 1) {
      await this.spaced();
      try {
        return await this.attempt(url.href);
      } catch (error) {
        if (!(error instanceof FetchFailure)) throw error;
        if (!error.retryable) throw error;
        if (attempt > retries) {
          throw new FetchFailure(`${error.message} (gave up after ${attempt} attempts)`);
        }
        this.gap = backoff(attempt, this.settings.delayMs, error.retryAfterMs);
        this.settings.log(
          `${error.message}; retrying in ${seconds(this.gap)} ` +
            `(attempt ${attempt + 1} of ${retries + 1})`,
        );
      }
    }
  }

  async spaced() {
    const wait = this.lastEnd + this.gap - performance.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    this.gap = this.settings.delayMs;
  }

  /** @param {string} url */
  async attempt(url) {
    try {
      const { status, statusText, contentType, text, retryAfter } = await this.get(url);
      if (status < 200 || status > 299) {
        throw httpFailure(url, status, statusText, text, retryAfter);
      }
      return readArxivAtom(text, { contentType });
    } catch (error) {
      if (error instanceof ArxivApiError) {
        throw new FetchFailure(`${error.message} (${url})`, { retryable: error.retryable });
      }
      throw error;
    } finally {
      this.lastEnd = performance.now();
    }
  }

  /** @param {string} url */
  async get(url) {
    const { timeoutMs, userAgent } = this.settings;
    try {
      const response = await this.fetch(url, {
        headers: { Accept: 'application/atom+xml', 'User-Agent': userAgent },
        signal: AbortSignal.timeout(timeoutMs),
      });
      return {
        status: response.status,
        statusText: response.statusText,
        contentType: response.headers.get('content-type') ?? '',
        retryAfter: response.headers.get('retry-after'),
        text: await response.text(),
      };
    } catch (error) {
      throw new FetchFailure(unreachable(url, error, timeoutMs), { retryable: true });
    }
  }

  /** @param {number} done @param {number} target @param {number} pageSize */
  progress(done, target, pageSize) {
    if (target > pageSize) this.settings.log(`fetched ${done} of ${target}\u2026`);
  }
}

/**
 * @param {string} url @param {number} status @param {string} statusText
 * @param {string} text @param {string | null} retryAfter
 */
function httpFailure(url, status, statusText, text, retryAfter) {
  // arXiv answers a bad request with 400 and an Atom error entry: its message
  // says more than the status does.
  try {
    readArxivAtom(text);
  } catch (error) {
    if (error instanceof ArxivApiError && error.kind === 'api') {
      return new FetchFailure(`${error.message} (${url})`);
    }
  }
  const retryable = status === 429 || status >= 500;
  const reason = statusText ? ` ${statusText}` : '';
  return new FetchFailure(`${new URL(url).host} replied HTTP ${status}${reason} (${url})`, {
    retryable,
    retryAfterMs: parseRetryAfter(retryAfter),
  });
}

/** @param {string | null} value */
function parseRetryAfter(value) {
  if (!value) return undefined;
  const secondsValue = Number(value);
  const ms = Number.isFinite(secondsValue) ? secondsValue * 1000 : Date.parse(value) - Date.now();
  return Number.isFinite(ms) && ms > 0 ? Math.min(ms, MAX_RETRY_AFTER_MS) : undefined;
}

/**
 * @param {string} url @param {unknown} error @param {number} timeoutMs
 */
function unreachable(url, error, timeoutMs) {
  const host = new URL(url).host;
  const err = /** @type {{ name?: string, message?: string, cause?: any }} */ (error ?? {});
  if (err.name === 'TimeoutError') return `no reply from ${host} within ${seconds(timeoutMs)}`;
  const code = err.cause?.code;
  const cause = (code && NETWORK_CODES[code]) ?? err.cause?.message ?? err.message ?? String(error);
  return `could not reach ${host}: ${cause}`;
}

/**
 * Exponential backoff from the base delay, never shorter than the server asks.
 * @param {number} attempt @param {number} delayMs @param {number | undefined} retryAfterMs
 */
function backoff(attempt, delayMs, retryAfterMs) {
  const exponential = Math.min(delayMs * 2 ** attempt, MAX_BACKOFF_MS);
  return Math.max(exponential, delayMs, retryAfterMs ?? 0);
}

/** @param {number} ms */
function seconds(ms) {
  return `${Number((ms / 1000).toFixed(ms < 10_000 ? 2 : 0))} s`;
}

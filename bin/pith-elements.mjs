#!/usr/bin/env node
// pith-elements: writes static listing files in the pith contract, for sites
// with no backend. Plain ESM JavaScript on Node 20, no build step, no
// dependencies beyond Node itself.
import { readFileSync } from 'node:fs';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';

import { parseArxivId } from './lib/arxiv-atom.js';
import { ARXIV_DELAY_MS, DEFAULT_BASE_URL, FetchFailure, fetchArxiv } from './lib/arxiv-fetch.js';

/** Lowers the 3 s floor on request spacing; for tests against a local server only. */
const FLOOR_ENV = 'PITH_ARXIV_MIN_DELAY_MS';
// The contract reads at most this many items from one listing
// (CONTRACT_LIMITS.items in src/contract/limits.ts).
const MAX_ITEMS = 1000;
const ABS_PREFIX = /^https?:\/\/(?:export\.)?arxiv\.org\/abs\//;

const HELP = `Usage: pith-elements arxiv (--query QUERY | --ids ID,ID,...) [options]

Asks the arXiv API for papers and writes them as a static listing in the
pith contract (version 1), newest first, for <pith-feed src="papers.json">.

What to fetch (one of):
  --query QUERY      an arXiv search query, e.g. 'au:Okonkwo_M' or
                     'au:Okonkwo_M AND cat:math.PR'
  --ids LIST         comma-separated arXiv ids, e.g. 2605.01234,hep-th/9901001v2

Options:
  -o, --output FILE  where to write the JSON (default: standard output);
                     written only when the whole run succeeds
  --max N            most papers to keep from a query, newest first
                     (default 200, at most ${MAX_ITEMS})
  --page-size N      papers per request (default 100)
  --delay SECONDS    pause between requests (default 3; arXiv asks for at
                     least 3 s, so smaller values are raised to 3)
  --retries N        further attempts after a network error, HTTP 429 or 5xx,
                     or an empty page from arXiv (default 4, with backoff)
  --timeout SECONDS  limit for one request (default 60)
  --base-url URL     API endpoint (default ${DEFAULT_BASE_URL})
  --allow-empty      write a listing even when nothing matched
  -q, --quiet        no progress lines on standard error
  -h, --help         show this help

Exit status: 0 written, 1 the run failed (nothing written), 2 bad usage.

Environment:
  ${FLOOR_ENV}  lowers the 3 s floor on --delay, for tests against a
  local --base-url only; it is ignored when the endpoint is on arxiv.org.

Examples:
  npx pith-elements arxiv --query 'au:Okonkwo_M' --max 200 -o papers.json
  npx pith-elements arxiv --ids 2605.01234,2605.04321 -o papers.json
`;

const OPTIONS = {
  query: { type: 'string' },
  ids: { type: 'string' },
  output: { type: 'string', short: 'o' },
  max: { type: 'string' },
  'page-size': { type: 'string' },
  delay: { type: 'string' },
  retries: { type: 'string' },
  timeout: { type: 'string' },
  'base-url': { type: 'string' },
  'allow-empty': { type: 'boolean' },
  quiet: { type: 'boolean', short: 'q' },
  help: { type: 'boolean', short: 'h' },
};

class UsageError extends Error {}

/** @param {string} line */
function log(line) {
  process.stderr.write(`${line}\n`);
}

async function main(argv) {
  const { values, positionals } = readArgs(argv);
  if (values.help) {
    process.stdout.write(HELP);
    return 0;
  }
  if (positionals.length === 0) throw new UsageError('missing a command: pith-elements arxiv …');
  if (positionals[0] !== 'arxiv' || positionals.length > 1) {
    throw new UsageError(`unknown command: ${positionals.join(' ')}`);
  }

  const run = settingsFrom(values);
  const { papers, skipped } = await fetchArxiv(run.request, run.fetch);
  for (const entry of skipped) {
    log(`skipped an entry${entry.id ? ` (${entry.id})` : ''}: ${entry.reason}`);
  }
  // A server may send more than asked for; --max is a promise to the reader.
  const items = newestFirst(papers).slice(0, run.request.max);
  reportMissing(run.request.ids, items);
  if (items.length === 0 && !values['allow-empty']) {
    throw new FetchFailure('no papers matched; nothing written (pass --allow-empty to write one)');
  }

  await output(values.output, { version: 1, kind: 'listing', items });
  if (!values.quiet) {
    const where = values.output && values.output !== '-' ? ` to ${values.output}` : '';
    log(`wrote ${items.length} paper${items.length === 1 ? '' : 's'}${where}`);
  }
  return 0;
}

/** @param {string[]} argv */
function readArgs(argv) {
  try {
    return parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
}

/** @param {Record<string, any>} values */
function settingsFrom(values) {
  if ((values.query === undefined) === (values.ids === undefined)) {
    throw new UsageError('give either --query or --ids (exactly one)');
  }
  const baseUrl = httpUrl(values['base-url'] ?? DEFAULT_BASE_URL);
  const pageSize = count(values['page-size'], '--page-size', 100, MAX_ITEMS);
  const request = values.ids
    ? { ids: idList(values.ids), max: MAX_ITEMS, pageSize }
    : { query: queryText(values.query), max: count(values.max, '--max', 200, MAX_ITEMS), pageSize };

  const fetchSettings = {
    baseUrl,
    delayMs: delay(values.delay, baseUrl, values.quiet),
    retries: count(values.retries, '--retries', 4, 10, 0),
    timeoutMs: secondsValue(values.timeout, '--timeout', 60) * 1000,
    userAgent: `pith-elements/${version()} (+https://www.npmjs.com/package/pith-elements)`,
    log: values.quiet ? () => {} : log,
  };
  return { request, fetch: fetchSettings };
}

/**
 * @param {string | undefined} value @param {string} name @param {number} fallback
 * @param {number} most @param {number} [least]
 */
function count(value, name, fallback, most, least = 1) {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < least || n > most) {
    throw new UsageError(`${name} takes a whole number from ${least} to ${most}, not ${value}`);
  }
  return n;
}

/** @param {string | undefined} value @param {string} name @param {number} fallback */
function secondsValue(value, name, fallback) {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isFinite(n) || n < 0 || value.trim() === '') {
    throw new UsageError(`${name} takes a number of seconds, not ${value}`);
  }
  return n;
}

/**
 * The spacing between requests: what was asked, but never under the floor.
 * @param {string | undefined} value @param {string} baseUrl @param {boolean | undefined} quiet
 */
function delay(value, baseUrl, quiet) {
  const asked = Math.round(secondsValue(value, '--delay', ARXIV_DELAY_MS / 1000) * 1000);
  const floor = delayFloor(baseUrl);
  if (asked >= floor) return asked;
  if (!quiet) log(`--delay ${value} is below the ${floor / 1000} s floor; using ${floor / 1000} s`);
  return floor;
}

/** @param {string} baseUrl */
function delayFloor(baseUrl) {
  const raw = process.env[FLOOR_ENV];
  if (raw === undefined || raw === '') return ARXIV_DELAY_MS;
  const lowered = Number(raw);
  if (!Number.isInteger(lowered) || lowered < 0) {
    throw new UsageError(`${FLOOR_ENV} takes a whole number of milliseconds, not ${raw}`);
  }
  // The variable exists for tests; it never lets anyone hurry arXiv itself.
  const host = new URL(baseUrl).hostname;
  return host === 'arxiv.org' || host.endsWith('.arxiv.org') ? ARXIV_DELAY_MS : lowered;
}

/** @param {string} value */
function httpUrl(value) {
  let url;
  try {
    url = new URL(value);
  } catch {
    throw new UsageError(`--base-url is not a URL: ${value}`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new UsageError(`--base-url must be http or https: ${value}`);
  }
  return url.href;
}

/** @param {string} value */
function queryText(value) {
  const query = value.trim();
  if (query === '') throw new UsageError('--query is empty');
  return query;
}

/**
 * Accepts ids as people paste them: `2605.01234`, `arXiv:2605.01234v2`, or
 * an abstract URL. Duplicates are dropped.
 * @param {string} value
 */
function idList(value) {
  const ids = value
    .split(/[\s,]+/)
    .filter(Boolean)
    .map((raw) => raw.replace(/^arxiv:/i, '').replace(ABS_PREFIX, ''));
  const bad = ids.filter((id) => !parseArxivId(id));
  if (bad.length > 0) throw new UsageError(`not arXiv ids: ${bad.join(', ')}`);
  if (ids.length === 0) throw new UsageError('--ids is empty');
  const unique = [...new Set(ids)];
  if (unique.length > MAX_ITEMS) throw new UsageError(`--ids takes at most ${MAX_ITEMS} ids`);
  return unique;
}

/**
 * Newest first by submission date (undated last), then by id; one item per paper.
 * @param {import('./lib/arxiv-atom.js').ArxivPaper[]} papers
 */
function newestFirst(papers) {
  const seen = new Set();
  const unique = papers.filter((p) => !seen.has(p.id) && seen.add(p.id));
  return unique.sort(
    (a, b) => (b.date ?? '').localeCompare(a.date ?? '') || b.id.localeCompare(a.id),
  );
}

/**
 * @param {string[] | undefined} ids
 * @param {import('./lib/arxiv-atom.js').ArxivPaper[]} items
 */
function reportMissing(ids, items) {
  if (!ids) return;
  const found = new Set(items.map((p) => p.id));
  const missing = ids.filter((id) => !found.has(parseArxivId(id)?.id ?? id));
  if (missing.length > 0) log(`not found on arXiv: ${missing.join(', ')}`);
}

/**
 * Writes through a temporary file and a rename, so a site never serves half a
 * file and a failed run leaves the previous one in place.
 * @param {string | undefined} file @param {unknown} listing
 */
async function output(file, listing) {
  const json = `${JSON.stringify(listing, null, 2)}\n`;
  if (file === undefined || file === '-') {
    process.stdout.write(json);
    return;
  }
  const target = resolve(file);
  const temporary = `${target}.${process.pid}.tmp`;
  await mkdir(dirname(target), { recursive: true });
  try {
    await writeFile(temporary, json);
    await rename(temporary, target);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}

function version() {
  try {
    const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
    return typeof pkg.version === 'string' ? pkg.version : '0';
  } catch {
    return '0';
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    if (error instanceof UsageError) {
      log(`pith-elements: ${error.message}\nRun pith-elements --help for usage.`);
      process.exitCode = 2;
    } else if (error instanceof FetchFailure) {
      log(`pith-elements: ${error.message}`);
      process.exitCode = 1;
    } else if (typeof error?.code === 'string') {
      // A file-system failure (EACCES, ENOSPC, …): its message names the path.
      log(`pith-elements: ${error.message}`);
      process.exitCode = 1;
    } else {
      log(`pith-elements: unexpected error: ${error?.stack ?? error}`);
      process.exitCode = 1;
    }
  },
);

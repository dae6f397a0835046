// The demo's endpoint, in contract v1: serves the committed listings in
// demo/data/ as paginated category listings and as single-paper replies.
// Both the demo server and the test runner's middleware call handleApi, so
// tests read exactly what the demo page reads.

import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const DATA_DIR = fileURLToPath(new URL('./data/', import.meta.url));
const LISTING_FILE = /^listing-.+\.json$/;

/** Page size when the request gives none; large enough for the demo's 32 items. */
export const DEFAULT_LIMIT = 50;
export const MAX_LIMIT = 200;

const HEADERS = {
  'content-type': 'application/json; charset=utf-8',
  'access-control-allow-origin': '*',
  'cache-control': 'no-cache',
  'x-content-type-options': 'nosniff',
};

const CATEGORY_ROUTE = /^\/api\/v1\/categories\/([^/]+)\.json$/;
const PAPER_ROUTE = /^\/api\/v1\/papers\/([^/]+)\.json$/;

/** @type {Promise<{listings: Map<string, any>, papers: Map<string, any>}> | undefined} */
let data;

// Read once per process: the files change only when the conversion script
// runs, and a restart picks that up.
function loadData() {
  data ??= readListings();
  return data;
}

async function readListings() {
  const listings = new Map();
  const papers = new Map();
  const names = (await readdir(DATA_DIR)).filter((name) => LISTING_FILE.test(name)).sort();
  for (const name of names) {
    const listing = JSON.parse(await readFile(join(DATA_DIR, name), 'utf8'));
    listings.set(listing.category.id, listing);
    for (const paper of listing.items) if (!papers.has(paper.id)) papers.set(paper.id, paper);
  }
  return { listings, papers };
}

function reply(status, body) {
  return { status, headers: { ...HEADERS }, body: `${JSON.stringify(body, null, 2)}\n` };
}

function error(status, code, message) {
  return reply(status, { error: { status, code, message } });
}

/** Decodes one path segment; null when its percent-encoding is broken. */
function decodeSegment(segment) {
  try {
    return decodeURIComponent(segment);
  } catch {
    return null;
  }
}

/** A whole number from a query parameter, or null when it is malformed or out of range. */
function integerParam(params, name, fallback, min, max) {
  const raw = params.get(name);
  // Empty counts as absent: a template like `?limit={limit}` with no limit set sends `limit=`.
  if (raw === null || raw === '') return fallback;
  if (!/^\d+$/.test(raw)) return null;
  const value = Number(raw);
  return value >= min && value <= max ? value : null;
}

function listingPage(listing, params) {
  const limit = integerParam(params, 'limit', DEFAULT_LIMIT, 1, MAX_LIMIT);
  const offset = integerParam(params, 'offset', 0, 0, Number.MAX_SAFE_INTEGER);
  if (limit === null) return error(400, 'bad-request', `limit must be 1 to ${MAX_LIMIT}`);
  if (offset === null) return error(400, 'bad-request', 'offset must be a whole number');

  const { items, ...rest } = listing;
  const page = { ...rest, items: items.slice(offset, offset + limit), total: items.length };
  if (offset + limit < items.length) {
    // Relative to this reply's URL, as the contract allows, so the demo works
    // under any prefix a proxy might add.
    const file = encodeURIComponent(listing.category.id);
    page.next = `./${file}.json?limit=${limit}&offset=${offset + limit}`;
  }
  return reply(200, orderKeys(page));
}

// Keeps the reply's keys in the order the contract lists them, for readers.
function orderKeys({ version, kind, category, items, next, total, links }) {
  return { version, kind, category, items, next, total, links };
}

/**
 * Answers one request to the demo endpoint.
 * @param {string} pathname the request path, still percent-encoded
 * @param {URLSearchParams} [searchParams]
 * @returns {Promise<{status: number, headers: Record<string, string>, body: string} | null>}
 *   the reply, or null when the path is not under /api/
 */
export async function handleApi(pathname, searchParams = new URLSearchParams()) {
  if (!pathname.startsWith('/api/')) return null;

  const { listings, papers } = await loadData();
  const categoryMatch = CATEGORY_ROUTE.exec(pathname);
  if (categoryMatch) {
    const category = decodeSegment(categoryMatch[1]);
    if (category === null) return error(400, 'bad-request', 'malformed category');
    const listing = listings.get(category);
    if (!listing) return error(404, 'not-found', 'no such category');
    return listingPage(listing, searchParams);
  }

  const paperMatch = PAPER_ROUTE.exec(pathname);
  if (paperMatch) {
    const id = decodeSegment(paperMatch[1]);
    if (id === null) return error(400, 'bad-request', 'malformed paper id');
    const paper = papers.get(id);
    if (!paper) return error(404, 'not-found', 'no such paper');
    return reply(200, { version: 1, kind: 'paper', paper });
  }

  return error(404, 'not-found', 'no such API route');
}

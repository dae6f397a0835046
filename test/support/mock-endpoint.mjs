// Koa middleware for a misbehaving endpoint under /mock/, used by the
// data-layer tests. Every data route counts its requests per `key` query
// parameter, so a test can ask /mock/count?key=… how many requests reached
// the network; tests use a fresh random key each, which keeps the two
// browsers of one run from seeing each other's counts.
//
//   /mock/listing      a valid listing. n (items, default 5), bad (invalid
//                      items appended), dup (1: repeat the first id), vary
//                      (1: the category name changes on every request),
//                      delay (ms), type (content type), next (a relative
//                      `next` URL), abstract (characters of the first abstract),
//                      stream (1: send without content-length)
//   /mock/paper        a valid single-paper reply (id)
//   /mock/flaky        answers `code` (500) the first `fail` (1) times per
//                      key, with Retry-After when `retryAfter` is given, then
//                      a valid listing
//   /mock/status       answers `code` with a small text body
//   /mock/html         200 text/html
//   /mock/not-json     200 application/json that is not JSON
//   /mock/empty        200 application/json with an empty body
//   /mock/version      a listing in contract version `v` (2)
//   /mock/top          a wrong top level: shape=array|string|null|no-items|
//                      items-object|wrong-kind|no-version
//   /mock/hostile      a listing whose URLs are hostile
//   /mock/redirect     302 to `to`
//   /mock/hang         never answers (ends by itself after 30 s)
//   /mock/<path>/sticky.js
//                      a module URL that failed once and stays failed, as Firefox keeps it:
//                      503 unless the query has `retry`, then a module re-exporting /<path>
//                      (a .ts file under /src/)
//   /mock/count        {"count": n} for `key`
//   /mock/reset        forgets the counts of `key`, or of every key
import { Readable } from 'node:stream';

const HANG_LIMIT_MS = 30_000;
const MAX_ITEMS = 20_000;
const MAX_ABSTRACT = 20_000_000;

export function mockEndpoint() {
  const counts = new Map();

  return async (ctx, next) => {
    if (!ctx.path.startsWith('/mock/')) return next();
    // Only the last segment names the route, so /mock/elsewhere/listing is a
    // listing in another directory (for relative URLs after a redirect).
    const route = ctx.path.split('/').pop();
    const query = ctx.URL.searchParams;
    ctx.set('Cache-Control', 'no-store');

    if (route === 'count') return sendJson(ctx, { count: counts.get(query.get('key')) ?? 0 });
    if (route === 'reset') {
      if (query.has('key')) counts.delete(query.get('key'));
      else counts.clear();
      return sendJson(ctx, { ok: true });
    }

    const key = query.get('key');
    const seen = key === null ? 1 : (counts.get(key) ?? 0) + 1;
    if (key !== null) counts.set(key, seen);

    const handler = ROUTES[route];
    if (!handler) {
      ctx.status = 404;
      ctx.body = `No mock route ${route}`;
      return;
    }
    await pause(ctx, int(query, 'delay', 0));
    if (!gone(ctx)) await handler(ctx, query, seen);
    // Nobody is listening: write nothing, and keep the test runner from
    // listing the request among its 404s.
    if (gone(ctx)) {
      ctx.status = 204;
      ctx.respond = false;
    }
  };
}

const ROUTES = {
  listing: (ctx, query, seen) => sendListing(ctx, query, listing(query, seen)),
  paper: (ctx, query) =>
    sendJson(ctx, { version: 1, kind: 'paper', paper: paper(query.get('id') ?? 'p-1', 1) }),
  flaky: (ctx, query, seen) => {
    if (seen > int(query, 'fail', 1)) return sendListing(ctx, query, listing(query, seen));
    ctx.status = int(query, 'code', 500);
    if (query.has('retryAfter')) ctx.set('Retry-After', query.get('retryAfter'));
    ctx.body = `Failure ${seen}`;
  },
  status: (ctx, query) => {
    ctx.status = int(query, 'code', 404);
    ctx.body = `Status ${ctx.status}`;
  },
  html: (ctx) => {
    ctx.type = 'text/html; charset=utf-8';
    ctx.body = '<!doctype html><title>Sign in</title><p>Please sign in to continue.</p>';
  },
  'not-json': (ctx) => sendText(ctx, 'application/json', '{"version": 1, "kind": "listing", '),
  empty: (ctx) => sendText(ctx, 'application/json', ''),
  version: (ctx, query) => sendJson(ctx, { ...listing(query, 1), version: int(query, 'v', 2) }),
  top: (ctx, query) => sendJson(ctx, wrongTop(query.get('shape'), listing(query, 1))),
  hostile: (ctx) => sendJson(ctx, hostileListing()),
  redirect: (ctx, query) => ctx.redirect(query.get('to') ?? '/mock/listing'),
  hang: (ctx) => hang(ctx),
  'sticky.js': (ctx, query) => {
    const target = ctx.path.slice('/mock'.length, -'/sticky.js'.length);
    if (!query.has('retry') || !/^\/src\/[\w-]+(?:\/[\w-]+)*\.ts$/.test(target)) {
      ctx.status = query.has('retry') ? 404 : 503;
      ctx.body = 'Unavailable';
      return;
    }
    sendText(ctx, 'text/javascript', `export * from '${target}';\n`);
  },
};

function int(query, name, fallback) {
  const value = Number(query.get(name));
  return query.has(name) && Number.isFinite(value) ? value : fallback;
}

function sendJson(ctx, value) {
  sendText(ctx, 'application/json', JSON.stringify(value));
}

function sendText(ctx, type, text) {
  ctx.status = 200;
  ctx.type = type;
  ctx.body = text;
}

function sendListing(ctx, query, value) {
  const text = JSON.stringify(value);
  const type = query.get('type') ?? 'application/json';
  if (query.get('stream') !== '1') return sendText(ctx, type, text);

  // A stream has no content-length, so only counting bytes can catch it.
  ctx.status = 200;
  ctx.type = type;
  ctx.body = Readable.from(chunks(text, 64 * 1024));
}

function* chunks(text, size) {
  for (let i = 0; i < text.length; i += size) yield text.slice(i, i + size);
}

/** Waits `ms`, or less if the client goes away first. */
function pause(ctx, ms) {
  if (ms <= 0) return Promise.resolve();
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      ctx.res.off('close', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    timer.unref();
    ctx.res.once('close', done);
  });
}

function gone(ctx) {
  return ctx.res.destroyed || ctx.req.destroyed;
}

async function hang(ctx) {
  await pause(ctx, HANG_LIMIT_MS);
  if (gone(ctx)) return;
  ctx.status = 504;
  ctx.body = 'Gave up hanging';
}

function listing(query, seen) {
  const n = Math.min(int(query, 'n', 5), MAX_ITEMS);
  const items = Array.from({ length: n }, (_, i) => paper(`p-${i + 1}`, i + 1));
  if (query.has('abstract') && items[0]) {
    items[0].abstract = filler(Math.min(int(query, 'abstract', 0), MAX_ABSTRACT));
  }
  if (query.get('dup') === '1' && items[0]) items.push({ ...items[0], title: 'A second reading' });
  items.push(...BAD_ITEMS.slice(0, int(query, 'bad', 0)));

  const vary = query.get('vary') === '1' ? ` (reply ${seen})` : '';
  const reply = {
    version: 1,
    kind: 'listing',
    category: { id: 'cs.XX', name: `Synthetic papers${vary}`, description: 'Made up for tests.' },
    items,
    total: n,
    links: [{ rel: 'browse', label: 'Browse all', href: 'browse?category=cs.XX' }],
    extra: 'an unknown top-level field',
  };
  if (query.has('next')) reply.next = query.get('next');
  return reply;
}

function paper(id, i) {
  return {
    id,
    title: `Synthetic paper ${i} on $O(n^${(i % 3) + 1})$ bounds`,
    headline: `Reading ${i}`,
    authors: [`Ada Example ${i}`, `Grace Sample ${i}`],
    authorsTotal: 2 + (i % 4),
    primaryCategory: 'cs.XX',
    date: '2026-05-06',
    theorems: i % 5 === 0 ? null : i % 5,
    score: (i * 7) % 100,
    counters: [{ value: i % 9, label: 'comments' }],
    figure: i % 2 === 0 ? null : { thumbnail: `fig/${i}-small.png`, full: `fig/${i}.png`, alt: '' },
    abstract: `We study problem ${i} and show a bound of $\\Theta(\\log ${i})$.`,
    links: { abs: `https://papers.example.org/abs/${id}` },
    unknownField: 'dropped by validation',
  };
}

// Each breaks the contract in one way, named in the test that expects it.
const BAD_ITEMS = [
  { id: 'bad-title', authors: ['A'] },
  { id: 42, title: 'Numeric id', authors: ['A'] },
  { id: 'bad-authors', title: 'Authors is a string', authors: 'A, B' },
  { id: 'bad-score', title: 'Score is a string', authors: ['A'], score: 'high' },
  { id: 'bad-date', title: 'No such day', authors: ['A'], date: '2026-02-30' },
  { id: 'bad-theorems', title: 'Negative theorems', authors: ['A'], theorems: -1 },
  'not an object',
];

function filler(length) {
  const words = 'lorem ipsum dolor sit amet consectetur adipiscing elit ';
  return words.repeat(Math.ceil(length / words.length)).slice(0, length);
}

function wrongTop(shape, valid) {
  switch (shape) {
    case 'array':
      return [valid];
    case 'string':
      return 'listing';
    case 'null':
      return null;
    case 'no-items':
      return { version: 1, kind: 'listing' };
    case 'items-object':
      return { version: 1, kind: 'listing', items: { 0: valid.items[0] } };
    case 'wrong-kind':
      return { ...valid, kind: 'paper' };
    case 'no-version':
      return { kind: 'listing', items: valid.items };
    default:
      return valid;
  }
}

function hostileListing() {
  const base = paper('h-1', 1);
  return {
    version: 1,
    kind: 'listing',
    items: [
      { ...base, figure: { ...base.figure, thumbnail: 'javascript:alert(1)' } },
      {
        ...paper('h-2', 2),
        links: { abs: 'data:text/html,<script>alert(1)</script>', pdf: 'x.pdf' },
      },
      { ...paper('h-3', 3), links: { page: ' javascript:alert(1)' } },
    ],
    next: 'vbscript:msgbox(1)',
    links: [{ rel: 'browse', label: 'Evil', href: 'java\tscript:alert(1)' }],
  };
}

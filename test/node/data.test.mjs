// The demo's data and endpoint, checked under Node: the committed listing
// against the fixture and the JSON Schema, the figures, the API handler and
// the demo server. Run with `node --test test/node/`.

import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

import { handleApi } from '../../demo/api.mjs';
import { schemaChecker } from '../support/json-schema.mjs';
import { createDemoServer } from '../../demo/server.mjs';
import {
  convertListing,
  DEFAULT_FIXTURE,
  paperKey,
  serialize,
} from '../../scripts/convert-fixture.mjs';
import { drawFigure, FULL_SIZE, THUMB_SIZE } from '../../scripts/make-figures.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const listingText = await readFile(join(root, 'demo/data/listing-cs.LG.json'), 'utf8');
const listing = JSON.parse(listingText);
const schema = JSON.parse(await readFile(join(root, 'schema/pith-v1.schema.json'), 'utf8'));
const fixture = existsSync(DEFAULT_FIXTURE)
  ? JSON.parse(await readFile(DEFAULT_FIXTURE, 'utf8'))
  : undefined;
const noFixture = fixture ? false : 'fixture not found next to the repository';

const check = schemaChecker(schema);

const clone = (value) => structuredClone(value);
const firstItem = () => clone(listing.items[0]);

describe('committed listing', () => {
  it('is a contract v1 listing of 32 papers in one page', () => {
    assert.equal(listing.version, 1);
    assert.equal(listing.kind, 'listing');
    assert.equal(listing.category.id, 'cs.LG');
    assert.equal(listing.category.name, 'Machine Learning');
    assert.equal(listing.items.length, 32);
    assert.equal(listing.next, undefined);
    assert.deepEqual(
      listing.links.map((link) => link.rel),
      ['browse', 'archive', 'search', 'subcategories'],
    );
  });

  it('keeps the fixture order and what each card showed', { skip: noFixture }, () => {
    fixture.items.forEach((source, i) => {
      const item = listing.items[i];
      assert.equal(item.title, source.title, `item ${i} title`);
      assert.equal(item.headline, source.headline, `item ${i} headline`);
      assert.deepEqual(item.authors, source.authorsShown, `item ${i} authors`);
      const partial = source.authorsTotal > source.authorsShown.length;
      assert.equal(item.authorsTotal, partial ? source.authorsTotal : undefined);
      assert.equal(item.theorems, source.theorems ?? undefined, `item ${i} theorems`);
      assert.equal(item.badge, source.badge ?? undefined, `item ${i} badge`);
      assert.deepEqual(
        item.counters,
        source.footerCounts.map((value) => ({ value })),
      );
      assert.equal(Boolean(item.figure), source.hasFigure, `item ${i} figure`);
      assert.equal(item.abstract, source.abstract, `item ${i} abstract`);
    });
  });

  it('invents nothing the page did not show', () => {
    for (const item of listing.items) {
      assert.equal(item.links, undefined);
      assert.equal(item.arxivId, undefined);
      assert.ok(item.counters.every((counter) => counter.label === undefined));
    }
  });

  it('is exactly what the conversion script produces', { skip: noFixture }, () => {
    assert.equal(serialize(convertListing(fixture)), listingText);
  });
});

describe('item ids', () => {
  const ids = listing.items.map((item) => item.id);

  it('are unique and URL-safe', () => {
    assert.equal(new Set(ids).size, ids.length);
    for (const id of ids) assert.match(id, /^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it('tell readings of one paper apart but share the paper key', () => {
    const readings = listing.items.filter((item) => item.title.startsWith('WriteSAE'));
    assert.equal(readings.length, 4);
    assert.equal(new Set(readings.map((item) => item.id)).size, 4);
    assert.equal(new Set(readings.map((item) => item.figure.thumbnail)).size, 1);
  });

  it('survive a reordered page', { skip: noFixture }, () => {
    const reordered = { ...fixture, items: [...fixture.items].reverse() };
    const byReading = (items) => new Map(items.map((i) => [`${i.title}\n${i.headline}`, i.id]));
    assert.deepEqual(byReading(convertListing(reordered).items), byReading(listing.items));
  });

  it('do not depend on accents in names', () => {
    const item = { title: 'T', headline: 'H', authorsShown: ['Otávio Parraga'], date: '2026-01' };
    assert.match(paperKey(item), /^parraga-2026-[0-9a-f]{6}$/);
  });
});

describe('JSON Schema', () => {
  it('accepts the listing and every item', () => {
    assert.deepEqual(check(schema, listing), []);
    listing.items.forEach((item, i) =>
      assert.deepEqual(check(schema.$defs.Paper, item, `items[${i}]`), []),
    );
  });

  it('accepts a paper reply', () => {
    assert.deepEqual(check(schema, { version: 1, kind: 'paper', paper: firstItem() }), []);
  });

  it('rejects replies that break the contract', () => {
    const broken = [
      { ...listing, version: 2 },
      { ...listing, kind: 'paper' },
      { version: 1, kind: 'listing' },
      { ...listing, next: 'javascript:alert(1)' },
      { version: 1, kind: 'paper', paper: { ...firstItem(), title: undefined } },
      { version: 1, kind: 'paper', paper: { ...firstItem(), id: '' } },
      { version: 1, kind: 'paper', paper: { ...firstItem(), title: '  ' } },
      { version: 1, kind: 'paper', paper: { ...firstItem(), id: 'x'.repeat(257) } },
      { version: 1, kind: 'paper', paper: { ...firstItem(), date: '2026-13-01' } },
      { version: 1, kind: 'paper', paper: { ...firstItem(), theorems: 1.5 } },
      { version: 1, kind: 'paper', paper: { ...firstItem(), counters: [{ value: -1 }] } },
      { version: 1, kind: 'paper', paper: { ...firstItem(), authors: 'A. Author' } },
    ];
    for (const reply of broken) {
      const json = JSON.parse(JSON.stringify(reply));
      assert.notDeepEqual(check(schema, json), [], JSON.stringify(json).slice(0, 80));
    }
  });

  it('refuses unsafe URLs and accepts relative ones', () => {
    const url = schema.$defs.Url;
    for (const ok of ['https://a.example/x', '/demo/x.svg', './p.json?limit=1', '#top', 'a/b:c']) {
      assert.deepEqual(check(url, ok), [], ok);
    }
    const unsafe = ['javascript:alert(1)', 'data:image/svg+xml,x', 'java\tscript:x', ' /a', ''];
    for (const bad of unsafe) {
      assert.notDeepEqual(check(url, bad), [], JSON.stringify(bad));
    }
  });
});

describe('figures', () => {
  const figureDir = join(root, 'demo/figures');
  const fileOf = (url) => join(root, url.replace(/^\//, ''));

  it('exist for every figure URL, at the declared size', async () => {
    for (const { figure } of listing.items.filter((item) => item.figure)) {
      const thumb = await readFile(fileOf(figure.thumbnail), 'utf8');
      assert.ok(existsSync(fileOf(figure.full)), figure.full);
      assert.ok(thumb.includes(`width="${figure.width}" height="${figure.height}"`));
      assert.ok(thumb.includes(`viewBox="0 0 ${figure.width} ${figure.height}"`));
    }
  });

  it('are deterministic, self-contained and small', async () => {
    let total = 0;
    for (const name of await readdir(figureDir)) {
      const text = await readFile(join(figureDir, name), 'utf8');
      total += (await stat(join(figureDir, name))).size;
      const key = name.replace(/-(thumb|full)\.svg$/, '');
      const size = name.endsWith('-thumb.svg') ? THUMB_SIZE : FULL_SIZE;
      const owner = listing.items.find((item) => item.figure?.full.endsWith(`/${key}-full.svg`));
      const alt = owner?.figure.alt;
      assert.ok(alt, `${name} belongs to no item`);
      assert.equal(drawFigure(key, size, alt), text, name);
      assert.doesNotMatch(text.replace('http://www.w3.org/2000/svg', ''), /https?:|href|<text/);
    }
    assert.ok(total < 300_000, `figures take ${total} bytes`);
  });
});

describe('handleApi', () => {
  const base = 'http://localhost/api/v1/categories/cs.LG.json';
  const get = async (url) => {
    const parsed = new URL(url, base);
    const reply = await handleApi(parsed.pathname, parsed.searchParams);
    return { ...reply, json: reply && JSON.parse(reply.body) };
  };

  it('leaves paths outside /api/ alone', async () => {
    assert.equal(await handleApi('/demo/index.html', new URLSearchParams()), null);
  });

  it('serves the whole listing in one page by default', async () => {
    const reply = await get(base);
    assert.equal(reply.status, 200);
    assert.equal(reply.headers['content-type'], 'application/json; charset=utf-8');
    assert.equal(reply.headers['access-control-allow-origin'], '*');
    assert.equal(reply.headers['cache-control'], 'no-cache');
    assert.deepEqual(reply.json.items, listing.items);
    assert.equal(reply.json.total, 32);
    assert.equal(reply.json.next, undefined);
    assert.deepEqual(check(schema, reply.json), []);
  });

  it('paginates with a relative next link until the last page', async () => {
    let url = `${base}?limit=10`;
    const seen = [];
    const sizes = [];
    while (url) {
      const { status, json } = await get(url);
      assert.equal(status, 200);
      assert.deepEqual(check(schema, json), []);
      seen.push(...json.items.map((item) => item.id));
      sizes.push(json.items.length);
      url = json.next && new URL(json.next, url).href;
    }
    assert.deepEqual(sizes, [10, 10, 10, 2]);
    assert.deepEqual(
      seen,
      listing.items.map((item) => item.id),
    );
  });

  it('treats an empty limit as none and refuses a malformed one', async () => {
    assert.equal((await get(`${base}?limit=`)).json.items.length, 32);
    for (const query of ['limit=0', 'limit=-1', 'limit=abc', 'offset=1.5', 'limit=100000']) {
      const reply = await get(`${base}?${query}`);
      assert.equal(reply.status, 400, query);
      assert.equal(reply.json.error.code, 'bad-request');
    }
  });

  it('answers 404 in JSON for an unknown category or route', async () => {
    for (const url of ['/api/v1/categories/cs.XX.json', '/api/v2/categories/cs.LG.json']) {
      const reply = await get(url);
      assert.equal(reply.status, 404, url);
      assert.equal(reply.headers['content-type'], 'application/json; charset=utf-8');
      assert.equal(reply.json.error.code, 'not-found');
    }
  });

  it('serves each item as a single-paper reply', async () => {
    const paper = listing.items[14];
    const reply = await get(`/api/v1/papers/${encodeURIComponent(paper.id)}.json`);
    assert.equal(reply.status, 200);
    assert.deepEqual(reply.json, { version: 1, kind: 'paper', paper });
    assert.deepEqual(check(schema, reply.json), []);
  });

  it('answers 404 for an unknown paper and 400 for a malformed id', async () => {
    assert.equal((await get('/api/v1/papers/no-such-paper.json')).status, 404);
    assert.equal((await get('/api/v1/papers/%E0%A4%A.json')).status, 400);
  });
});

describe('demo server', () => {
  let server;
  let distDir;
  let origin;

  before(async () => {
    distDir = await mkdtemp(join(tmpdir(), 'pith-dist-'));
    await writeFile(join(distDir, 'define.js'), 'export {};\n');
    server = createDemoServer({ root, distDir });
    await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${server.address().port}`;
  });

  after(async () => {
    await new Promise((resolve) => server.close(resolve));
    await rm(distDir, { recursive: true, force: true });
  });

  // Sends the path exactly as written; fetch would normalise `..` away.
  const raw = (path, method = 'GET') =>
    new Promise((resolve, reject) => {
      const req = request(`${origin}${path}`, { method, path }, (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk) => (body += chunk));
        res.on('end', () => resolve({ status: res.statusCode, headers: res.headers, body }));
      });
      req.on('error', reject);
      req.end();
    });

  it('serves the demo page at /', async () => {
    const res = await raw('/');
    assert.equal(res.status, 200);
    assert.equal(res.headers['content-type'], 'text/html; charset=utf-8');
    assert.match(res.body, /<pith-feed[^>]*category="cs\.LG"/);
    assert.match(res.body, /src="\/dist\/cdn\/pith-elements\.js"/);
  });

  it('serves the build, figures and the endpoint with their types', async () => {
    const cases = [
      ['/dist/define.js', 'text/javascript; charset=utf-8'],
      [listing.items[0].figure.thumbnail, 'image/svg+xml'],
      ['/api/v1/categories/cs.LG.json', 'application/json; charset=utf-8'],
      ['/demo/elsewhere.html', 'text/html; charset=utf-8'],
    ];
    for (const [path, type] of cases) {
      const res = await raw(path);
      assert.equal(res.status, 200, path);
      assert.equal(res.headers['content-type'], type, path);
    }
    assert.equal(JSON.parse((await raw('/api/v1/categories/cs.LG.json')).body).items.length, 32);
  });

  it('refuses paths that climb out of their folder', async () => {
    const paths = [
      '/../package.json',
      '/dist/../package.json',
      '/demo/%2e%2e/package.json',
      '/demo/..%2fpackage.json',
      '/demo/..%5c..%5cpackage.json',
      '/demo/%00',
    ];
    for (const path of paths) {
      const res = await raw(path);
      assert.ok(res.status >= 400 && res.status < 500, `${path} gave ${res.status}`);
      assert.doesNotMatch(res.body, /"devDependencies"/, path);
    }
  });

  it('answers 404 for anything else and 405 for other methods', async () => {
    assert.equal((await raw('/package.json')).status, 404);
    assert.equal((await raw('/demo/figures/none.svg')).status, 404);
    assert.equal((await raw('/dist/')).status, 404);
    assert.equal((await raw('/', 'POST')).status, 405);
    const head = await raw('/', 'HEAD');
    assert.equal(head.status, 200);
    assert.equal(head.body, '');
  });
});

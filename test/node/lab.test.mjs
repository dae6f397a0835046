// The lab demo (docs/lab-papers.md): its committed listing is the
// pith-elements command's real output against the arXiv replay, it passes the
// contract's schema, and the demo server serves the page that shows it.
// Nothing here reaches arXiv. Run with `node --test test/node/`.

import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

import { createDemoServer } from '../../demo/server.mjs';
import {
  arxivServer,
  generate,
  LAB_PAPERS,
  replayReply,
  runCli,
} from '../../scripts/replay-arxiv.mjs';
import { schemaChecker } from '../support/json-schema.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const committedText = await readFile(LAB_PAPERS, 'utf8');
const committed = JSON.parse(committedText);
const schema = JSON.parse(await readFile(join(root, 'schema/pith-v1.schema.json'), 'utf8'));
const check = schemaChecker(schema);

let dir;
before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'pith-lab-'));
});
after(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('demo/lab/papers.json', () => {
  it('is exactly what the command writes when replayed', async () => {
    const output = join(dir, 'papers.json');
    const { requests } = await generate({ output });

    assert.equal(await readFile(output, 'utf8'), committedText);
    assert.equal(requests, 3, 'one request per recorded page');
  });

  it('passes the contract schema, as a listing and item by item', () => {
    assert.deepEqual(check(schema, committed), []);
    committed.items.forEach((item, i) =>
      assert.deepEqual(check(schema.$defs.Paper, item, `items[${i}]`), []),
    );
  });

  it('would fail the schema if an item broke the contract', () => {
    const broken = structuredClone(committed);
    broken.items[1].date = '2026-13-04';
    delete broken.items[2].authors;
    assert.deepEqual(check(schema, broken), ['$: matches 0 of oneOf']);
    assert.deepEqual(check(schema.$defs.ListingReply, broken), [
      '$.items[1].date: bad pattern',
      '$.items[2].authors: missing',
    ]);
  });

  it('spans several years, newest first, one item per paper', () => {
    const dates = committed.items.map((p) => p.date);
    assert.deepEqual(dates, [...dates].sort().reverse());
    assert.deepEqual([...new Set(dates.map((d) => d.slice(0, 4)))], ['2026', '2025', '2024']);
    const ids = committed.items.map((p) => p.id);
    assert.equal(new Set(ids).size, ids.length);
  });
});

describe('the arXiv replay', () => {
  it('answers an id_list from the recorded entries, leaving unknown ids out', async () => {
    const server = await arxivServer(replayReply);
    const args = ['arxiv', '--ids', '2605.01234, arXiv:2410.00042v1 2605.99999', '--delay', '0'];

    const { code, stdout, stderr } = await runCli(server.baseUrl, args);
    await server.close();

    assert.equal(code, 0, stderr);
    assert.deepEqual(
      server.requests.map((r) => r.params.get('id_list')),
      ['2605.01234,2410.00042v1,2605.99999'],
    );
    const listing = JSON.parse(stdout);
    assert.deepEqual(
      listing.items.map((p) => p.arxivId),
      ['2605.01234v2', '2410.00042v1'],
    );
    const sameInLab = listing.items.map((p) => committed.items.find((q) => q.id === p.id));
    assert.deepEqual(listing.items, sameInLab, 'the same papers as in the lab listing');
    assert.match(stderr, /not found on arXiv: 2605\.99999/);
  });

  it('answers other queries with no results', async () => {
    const server = await arxivServer(replayReply);

    const { code, stderr } = await runCli(server.baseUrl, ['arxiv', '--query', 'au:Nobody_Q']);
    await server.close();

    assert.equal(code, 1);
    assert.match(stderr, /no papers matched/);
  });

  it('refuses to run the command anywhere but a loopback --base-url', () => {
    const query = ['arxiv', '--query', 'au:Okonkwo_M'];
    assert.throws(() => runCli(undefined, query), /no local --base-url/);
    assert.throws(() => runCli('https://export.arxiv.org/api/query', query), /not a local/);
    const override = [...query, '--base-url', 'http://export.arxiv.org/api/query'];
    assert.throws(() => runCli('http://127.0.0.1:9/api/query', override), /not a local/);
  });
});

describe('the lab page', () => {
  let server;
  let origin;

  before(async () => {
    server = createDemoServer({ root });
    await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${server.address().port}`;
  });

  after(async () => {
    await new Promise((resolve) => server.close(resolve));
  });

  it('is served at /demo/lab.html: the file by year, then a chosen few', async () => {
    const res = await fetch(`${origin}/demo/lab.html`);
    assert.equal(res.status, 200);
    const page = await res.text();
    assert.match(page, /<script type="module" src="\/dist\/cdn\/pith-elements\.js"><\/script>/);
    const feeds = page.match(/<pith-feed\b[^>]*>/g) ?? [];
    assert.equal(feeds.length, 2);
    assert.match(feeds[0], /src="\/demo\/lab\/papers\.json"/);
    assert.match(feeds[0], /group-by="year"/);
    assert.match(feeds[0], /sort="date"/);
    const chosen = /ids="([^"]+)"/.exec(feeds[1])?.[1].split(/[\s,]+/) ?? [];
    assert.ok(chosen.length >= 2);
    for (const id of chosen)
      assert.ok(
        committed.items.some((p) => p.id === id),
        id,
      );
  });

  it('serves the listing file, and the main demo page links to the lab page', async () => {
    const file = await fetch(`${origin}/demo/lab/papers.json`);
    assert.equal(file.headers.get('content-type'), 'application/json; charset=utf-8');
    assert.equal(await file.text(), committedText);
    const index = await (await fetch(`${origin}/`)).text();
    assert.match(index, /<a href="\/demo\/lab\.html">/);
  });
});

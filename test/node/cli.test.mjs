// The pith-elements command, run as a child process against a local server
// that replays recorded-style arXiv replies. Nothing here reaches arXiv.
// Run with `node --test test/node/`.

import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

import { arxivServer, fixture, pagedReply, runCli as run } from '../../scripts/replay-arxiv.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const CLI = join(root, 'bin/pith-elements.mjs');

// The spacing the runs ask for; runCli lowers the floor so they may ask it.
const DELAY_MS = 250;

let dir;
before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'pith-cli-'));
});
after(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** Gaps between consecutive request arrivals, in ms. */
function gaps(requests) {
  return requests.slice(1).map((r, i) => r.at - requests[i].at);
}

/** Checks a written listing against contract version 1, field by field. */
function assertContract(listing) {
  assert.equal(listing.version, 1);
  assert.equal(listing.kind, 'listing');
  assert.ok(Array.isArray(listing.items));
  for (const [i, p] of listing.items.entries()) {
    const at = `items[${i}]`;
    assert.match(p.id, /^(\d{4}\.\d{4,5}|[a-z-]+\/\d{7})$/, at);
    assert.match(p.arxivId, new RegExp(`^${p.id.replace('.', '\\.')}(v\\d+)?$`), at);
    assert.ok(typeof p.title === 'string' && p.title.trim() !== '' && !/\n/.test(p.title), at);
    assert.ok(p.authors.length > 0 && p.authors.every((a) => typeof a === 'string'), at);
    assert.match(p.date, /^\d{4}-\d{2}-\d{2}$/, at);
    assert.match(p.links.abs, /^https:\/\/arxiv\.org\/abs\//, at);
    assert.match(p.links.pdf, /^https:\/\/arxiv\.org\/pdf\//, at);
    assert.ok(!(p.categories ?? []).includes(p.primaryCategory), at);
  }
  const dates = listing.items.map((p) => p.date);
  assert.deepEqual(dates, [...dates].sort().reverse(), 'newest first');
}

describe('pith-elements --help', () => {
  it('prints usage for both ways of asking, and the test-only floor variable', async () => {
    const { code, stdout, stderr } = await run(undefined, ['--help']);

    assert.equal(code, 0);
    assert.equal(stderr, '');
    const expected = ['Usage: pith-elements arxiv', '--query', '--ids', '--base-url', '--delay'];
    for (const text of expected) {
      assert.ok(stdout.includes(text), `help mentions ${text}`);
    }
    assert.match(stdout, /PITH_ARXIV_MIN_DELAY_MS[\s\S]*tests/);
  });

  it('is what package.json installs as the pith-elements command', async () => {
    const pkg = JSON.parse(await readFile(join(root, 'package.json'), 'utf8'));
    assert.equal(pkg.bin?.['pith-elements'], 'bin/pith-elements.mjs');
    assert.ok(pkg.files.includes('bin'));
    assert.match(await readFile(CLI, 'utf8'), /^#!\/usr\/bin\/env node\n/);
  });
});

describe('pith-elements arxiv --query', () => {
  it('pages through the results and writes a valid listing, newest first', async () => {
    const server = await arxivServer(pagedReply);
    const out = join(dir, 'query.json');
    const args = ['arxiv', '--query', 'au:Okonkwo_M', '--max', '200', '--page-size', '2'];

    const { code, stderr } = await run(server.baseUrl, [
      ...args,
      '--delay',
      `${DELAY_MS / 1000}`,
      '-o',
      out,
    ]);
    await server.close();

    assert.equal(code, 0, stderr);
    const listing = JSON.parse(await readFile(out, 'utf8'));
    assertContract(listing);
    assert.deepEqual(
      listing.items.map((p) => p.arxivId),
      ['2605.04321v1', '2605.01234v2', '2603.11111v1', '2511.09876v3', '2410.00042v1'],
    );
    assert.equal(listing.items[1].doi, '10.1214/26-AOS9999');
    assert.equal(listing.items[1].journalRef, 'Ann. Statist. 54 (2026) 1201-1230');

    const { requests } = server;
    assert.deepEqual(
      requests.map((r) => r.params.get('start')),
      ['0', '2', '4'],
    );
    assert.deepEqual(
      requests.map((r) => r.params.get('max_results')),
      ['2', '2', '1'],
    );
    assert.ok(requests.every((r) => r.params.get('search_query') === 'au:Okonkwo_M'));
    assert.ok(requests.every((r) => r.params.get('sortBy') === 'submittedDate'));
    assert.ok(requests.every((r) => r.params.get('sortOrder') === 'descending'));
    assert.ok(requests.every((r) => r.path === '/api/query'));
    for (const gap of gaps(requests)) assert.ok(gap >= DELAY_MS, `requests ${gap} ms apart`);

    assert.match(stderr, /fetched 2 of 5…\nfetched 4 of 5…\nfetched 5 of 5…\n/);
    assert.match(stderr, /wrote 5 papers to /);
  });

  it('stops at --max, keeping the newest', async () => {
    const server = await arxivServer(pagedReply);
    const out = join(dir, 'max.json');

    const { code, stderr } = await run(server.baseUrl, [
      'arxiv',
      '--query',
      'au:Okonkwo_M',
      '--max',
      '3',
      '--page-size',
      '2',
      '--delay',
      `${DELAY_MS / 1000}`,
      '-o',
      out,
      '--quiet',
    ]);
    await server.close();

    assert.equal(code, 0, stderr);
    assert.equal(stderr, '', '--quiet prints nothing on success');
    const listing = JSON.parse(await readFile(out, 'utf8'));
    assert.deepEqual(
      listing.items.map((p) => p.id),
      ['2605.04321', '2605.01234', '2603.11111'],
    );
    assert.deepEqual(
      server.requests.map((r) => r.params.get('max_results')),
      ['2', '1'],
    );
  });

  it('raises a --delay below the floor to the floor', async () => {
    const server = await arxivServer(pagedReply);

    const { code, stdout, stderr } = await run(
      server.baseUrl,
      ['arxiv', '--query', 'au:Okonkwo_M', '--max', '4', '--page-size', '2', '--delay', '0'],
      { PITH_ARXIV_MIN_DELAY_MS: '300' },
    );
    await server.close();

    assert.equal(code, 0, stderr);
    assert.match(stderr, /--delay 0 is below the 0.3 s floor; using 0.3 s/);
    assert.equal(JSON.parse(stdout).items.length, 4, 'no -o writes to standard output');
    for (const gap of gaps(server.requests)) assert.ok(gap >= 300, `requests ${gap} ms apart`);
  });
});

describe('pith-elements arxiv --ids', () => {
  it('asks for the ids in one request and sorts the reply newest first', async () => {
    const server = await arxivServer(async () => ({ body: await fixture('ids.xml') }));
    const out = join(dir, 'nested', 'ids.json');

    const { code, stderr } = await run(server.baseUrl, [
      'arxiv',
      '--ids',
      '2511.09876, arXiv:2605.04321',
      '-o',
      out,
      '--delay',
      '0.05',
    ]);
    await server.close();

    assert.equal(code, 0, stderr);
    assert.equal(server.requests.length, 1);
    assert.equal(server.requests[0].params.get('id_list'), '2511.09876,2605.04321');
    assert.equal(server.requests[0].params.get('max_results'), '2');
    const listing = JSON.parse(await readFile(out, 'utf8'));
    assertContract(listing);
    assert.deepEqual(
      listing.items.map((p) => p.id),
      ['2605.04321', '2511.09876'],
    );
    assert.equal(listing.items[1].links.abs, 'https://arxiv.org/abs/2511.09876v3');
  });
});

describe('pith-elements arxiv: failures', () => {
  it("reports arXiv's own message for a bad query, without retrying or writing", async () => {
    const errorReply = { status: 400, body: await fixture('error.xml') };
    const server = await arxivServer(() => errorReply);
    const out = join(dir, 'bad.json');
    await writeFile(out, 'previous listing');

    const args = ['arxiv', '--query', 'id:2605.1', '-o', out];
    const { code, stderr } = await run(server.baseUrl, args);
    await server.close();

    assert.equal(code, 1);
    assert.match(stderr, /arXiv API error: incorrect id format for 2605\.1/);
    assert.equal(server.requests.length, 1);
    assert.equal(await readFile(out, 'utf8'), 'previous listing', 'the old file is kept');
  });

  it('says it could not reach an unreachable server, after bounded retries', async () => {
    const closed = await arxivServer(() => ({ body: '' }));
    await closed.close();
    const out = join(dir, 'unreachable.json');

    const { code, stderr } = await run(closed.baseUrl, [
      'arxiv',
      '--ids',
      '2605.01234',
      '--retries',
      '2',
      '--delay',
      '0.05',
      '-o',
      out,
    ]);

    assert.equal(code, 1);
    assert.match(stderr, /could not reach 127\.0\.0\.1:\d+: connection refused/);
    assert.match(stderr, /retrying in .* \(attempt 2 of 3\)/);
    assert.match(stderr, /gave up after 3 attempts/);
    assert.equal(existsSync(out), false);
  });

  it('retries a 503 and an empty page contradicting totalResults, spacing tries', async () => {
    const server = await arxivServer(async (params, n) => {
      if (n === 0) return { status: 503, body: 'busy', headers: { 'content-type': 'text/plain' } };
      if (n === 2) return { body: await fixture('empty-page.xml') };
      return pagedReply(params);
    });

    const { code, stdout, stderr } = await run(server.baseUrl, [
      'arxiv',
      '--query',
      'au:Okonkwo_M',
      '--page-size',
      '2',
      '--delay',
      `${DELAY_MS / 1000}`,
    ]);
    await server.close();

    assert.equal(code, 0, stderr);
    assert.deepEqual(
      server.requests.map((r) => r.params.get('start')),
      ['0', '0', '2', '2', '4'],
    );
    assert.match(stderr, /replied HTTP 503 .*; retrying/);
    assert.match(stderr, /no entries at position 2 of 5.*; retrying/);
    for (const gap of gaps(server.requests)) assert.ok(gap >= DELAY_MS, `requests ${gap} ms apart`);
    assert.equal(JSON.parse(stdout).items.length, 5);
  });

  it('gives up at once on a 404, naming the status and the URL', async () => {
    const server = await arxivServer(() => ({ status: 404, body: 'no such page' }));

    const { code, stderr } = await run(server.baseUrl, ['arxiv', '--query', 'au:Okonkwo_M']);
    await server.close();

    assert.equal(code, 1);
    assert.match(stderr, /replied HTTP 404 Not Found \(http:\/\/127\.0\.0\.1:\d+\/api\/query\?/);
    assert.equal(server.requests.length, 1);
  });

  it('writes nothing when nothing matched, unless --allow-empty', async () => {
    const server = await arxivServer(async () => ({ body: await fixture('no-results.xml') }));
    const out = join(dir, 'empty.json');

    const refused = await run(server.baseUrl, ['arxiv', '--query', 'au:Nobody_Q', '-o', out]);
    const allowed = await run(server.baseUrl, [
      'arxiv',
      '--query',
      'au:Nobody_Q',
      '-o',
      out,
      '--allow-empty',
    ]);
    await server.close();

    assert.equal(refused.code, 1);
    assert.match(refused.stderr, /no papers matched; nothing written/);
    assert.equal(allowed.code, 0, allowed.stderr);
    assert.deepEqual(JSON.parse(await readFile(out, 'utf8')), {
      version: 1,
      kind: 'listing',
      items: [],
    });
  });

  it('exits with 2 on bad usage, before any request', async () => {
    const server = await arxivServer(() => ({ body: '' }));
    const cases = [
      [[], /missing a command/],
      [['crossref'], /unknown command: crossref/],
      [['arxiv'], /either --query or --ids/],
      [['arxiv', '--query', 'x', '--ids', '2605.01234'], /either --query or --ids/],
      [['arxiv', '--ids', '2605.01234,12345'], /not arXiv ids: 12345/],
      [['arxiv', '--query', 'x', '--max', '0'], /--max takes a whole number from 1 to 1000/],
      [['arxiv', '--query', 'x', '--base-url', 'ftp://x/'], /must be http or https/],
      [['arxiv', '--query', 'x', '--frobnicate'], /Unknown option '--frobnicate'/],
    ];
    for (const [args, message] of cases) {
      const { code, stderr } = await run(server.baseUrl, args);
      assert.equal(code, 2, `${args.join(' ')}: ${stderr}`);
      assert.match(stderr, message);
      assert.match(stderr, /Run pith-elements --help/);
    }
    await server.close();
    assert.equal(server.requests.length, 0);
  });
});

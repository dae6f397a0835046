#!/usr/bin/env node
// A local stand-in for the arXiv API: replays the recorded-style Atom replies
// in test/fixtures/arxiv/ on 127.0.0.1, page by page as they were recorded, so
// the pith-elements command can be run, tested and demonstrated without ever
// reaching arXiv. The command's own tests (test/node/cli.test.mjs) and the lab
// demo data (demo/lab/papers.json) both come from here.
//
//   node scripts/replay-arxiv.mjs [--port N]
//       serve until interrupted; prints the --base-url to give the command
//   node scripts/replay-arxiv.mjs --generate [-o FILE]
//       run the command against the replay and write the lab demo's listing
//       (default demo/lab/papers.json)

import { spawn } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

import { parseArxivId } from '../bin/lib/arxiv-atom.js';

const root = fileURLToPath(new URL('../', import.meta.url));
const CLI = join(root, 'bin/pith-elements.mjs');
const ATOM = 'application/atom+xml; charset=utf-8';
const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

/** Where the recorded replies live. */
export const FIXTURE_DIR = join(root, 'test/fixtures/arxiv');
/** The lab demo's listing, as committed. */
export const LAB_PAPERS = join(root, 'demo/lab/papers.json');
/** The query the recorded pages answer: every paper of the (fictional) lab's head. */
export const RECORDED_QUERY = 'au:Okonkwo_M';
/** The lowered request spacing (ms) for runs against the replay; see docs/lab-papers.md. */
export const REPLAY_FLOOR_MS = '40';

/** The recorded pages of RECORDED_QUERY, two entries each, by their `start`. */
const RECORDED_PAGES = { 0: 'query-page-0.xml', 2: 'query-page-2.xml', 4: 'query-page-4.xml' };
/** Replies whose entries an `id_list` request can be answered from, preferred first. */
const ENTRY_SOURCES = ['ids.xml', ...Object.values(RECORDED_PAGES)];

/** @param {string} name a file in test/fixtures/arxiv/ */
export function fixture(name) {
  return readFile(join(FIXTURE_DIR, name), 'utf8');
}

/**
 * @typedef {{ status?: number, body: string, headers?: Record<string, string> }} Reply
 * @typedef {{ at: number, path: string, params: URLSearchParams }} Request
 */

/**
 * Starts a local arXiv stand-in on 127.0.0.1. `reply(params, n)` answers the
 * n-th request (from 0); every request is recorded with its arrival time.
 * @param {(params: URLSearchParams, n: number) => Reply | Promise<Reply>} reply
 * @param {{ port?: number }} [options] port 0 (the default) picks a free one
 */
export async function arxivServer(reply, { port = 0 } = {}) {
  /** @type {Request[]} */
  const requests = [];
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    requests.push({ at: performance.now(), path: url.pathname, params: url.searchParams });
    try {
      const answer = await reply(url.searchParams, requests.length - 1);
      const { status = 200, body, headers = {} } = answer;
      res.writeHead(status, { 'content-type': ATOM, ...headers });
      res.end(body);
    } catch (error) {
      res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
      res.end(`replay failed: ${error instanceof Error ? error.message : error}`);
    }
  });
  await new Promise((done, fail) => {
    server.once('error', fail);
    server.listen(port, '127.0.0.1', done);
  });
  const address = /** @type {import('node:net').AddressInfo} */ (server.address());
  return {
    baseUrl: `http://127.0.0.1:${address.port}/api/query`,
    requests,
    /** @returns {Promise<void>} */
    close: () => new Promise((done) => server.close(() => done())),
  };
}

/**
 * The recorded pages of RECORDED_QUERY, chosen by `start` whatever the page
 * size asked: arXiv too may send fewer entries than `max_results`, and the
 * command pages on from what it got. Any other `start` gets arXiv's error reply.
 * @param {URLSearchParams} params
 * @returns {Promise<Reply>}
 */
export async function pagedReply(params) {
  // arXiv reads a missing start as 0.
  const start = /** @type {keyof typeof RECORDED_PAGES} */ (params.get('start') ?? '0');
  const name = RECORDED_PAGES[start];
  if (!name) return { status: 400, body: await fixture('error.xml') };
  return { body: await fixture(name) };
}

/**
 * Answers what arXiv would from the recordings: the recorded pages for
 * RECORDED_QUERY, no results for any other query, and for an `id_list` the
 * recorded entries of those ids (unknown ids are left out, as arXiv does).
 * @param {URLSearchParams} params
 * @returns {Promise<Reply>}
 */
export async function replayReply(params) {
  const idList = params.get('id_list') ?? '';
  if (idList.trim() !== '') return idListReply(idList, Number(params.get('max_results') ?? 10));
  if (params.get('search_query') === RECORDED_QUERY) return pagedReply(params);
  return { body: await fixture('no-results.xml') };
}

/**
 * @param {string} idList
 * @param {number} max
 * @returns {Promise<Reply>}
 */
async function idListReply(idList, max) {
  const entries = await recordedEntries();
  const wanted = idList.split(',').map((raw) => parseArxivId(raw.trim()));
  const found = wanted.flatMap((want) => {
    const matches = (e) => e.id === want?.id && (!want.version || e.version === want.version);
    const entry = want && entries.find(matches);
    return entry ? [entry.xml] : [];
  });
  const page = found.slice(0, Number.isInteger(max) && max > 0 ? max : 10);
  return { body: idListFeed(idList, page) };
}

/** Every recorded entry with its id, the id_list reply's copy first. */
async function recordedEntries() {
  const all = [];
  for (const name of ENTRY_SOURCES) {
    const text = await fixture(name);
    for (const xml of text.match(/<entry>[\s\S]*?<\/entry>/g) ?? []) {
      const raw = /<id>https?:\/\/arxiv\.org\/abs\/([^<]+)<\/id>/.exec(xml)?.[1];
      const parsed = raw ? parseArxivId(raw) : undefined;
      if (parsed) all.push({ ...parsed, xml });
    }
  }
  return all;
}

/**
 * An id_list reply in the shape arXiv sends (see ids.xml); the entries are
 * recorded ones, so only the header is written here.
 * @param {string} idList @param {string[]} entries
 */
function idListFeed(idList, entries) {
  const n = entries.length;
  const query = `search_query=&id_list=${idList}&start=0&max_results=${n}`;
  const opensearch = 'xmlns:opensearch="http://a9.com/-/spec/opensearch/1.1/"';
  return `<?xml version="1.0" encoding="UTF-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xmlns:arxiv="http://arxiv.org/schemas/atom">
  <link href="${xmlText(`http://arxiv.org/api/query?${encodeURIComponent(query)}`)}" rel="self"
    type="application/atom+xml"/>
  <title type="html">ArXiv Query: ${xmlText(query)}</title>
  <id>http://arxiv.org/api/replay</id>
  <updated>2026-05-26T00:00:00-04:00</updated>
  <opensearch:totalResults ${opensearch}>${n}</opensearch:totalResults>
  <opensearch:startIndex ${opensearch}>0</opensearch:startIndex>
  <opensearch:itemsPerPage ${opensearch}>${n}</opensearch:itemsPerPage>
  ${entries.join('\n  ')}
</feed>
`;
}

/** @param {string} text */
function xmlText(text) {
  const entities = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
  return text.replace(/[&<>"]/g, (c) => entities[/** @type {keyof typeof entities} */ (c)]);
}

/**
 * Runs the pith-elements command against a local server and resolves with its
 * exit code and output. Only `--help` may run without one: any other run
 * without a loopback `--base-url` would fall back to arXiv itself.
 * @param {string | undefined} baseUrl
 * @param {string[]} args
 * @param {Record<string, string>} [env]
 * @returns {Promise<{ code: number | null, stdout: string, stderr: string }>}
 */
export function runCli(baseUrl, args, env = {}) {
  const all = baseUrl ? ['--base-url', baseUrl, ...args] : args;
  refuseRemote(all);
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [CLI, ...all], {
      env: { ...process.env, PITH_ARXIV_MIN_DELAY_MS: REPLAY_FLOOR_MS, ...env },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', fail);
    child.on('close', (code) => done({ code, stdout, stderr }));
  });
}

/**
 * Throws unless every `--base-url` in `args` is local (or is no http URL at
 * all, which the command refuses before asking anything), and unless one is
 * given wherever the command would otherwise ask arXiv.
 * @param {string[]} args
 */
function refuseRemote(args) {
  if (args.includes('--help') || args.includes('-h')) return;
  const given = args.flatMap((arg, i) => (arg === '--base-url' ? [args[i + 1] ?? ''] : []));
  if (given.length === 0) throw new Error(`no local --base-url for: ${args.join(' ')}`);
  for (const value of given) {
    let url;
    try {
      url = new URL(value);
    } catch {
      continue;
    }
    const web = url.protocol === 'http:' || url.protocol === 'https:';
    if (web && !LOOPBACK.has(url.hostname)) throw new Error(`not a local --base-url: ${value}`);
  }
}

/**
 * Regenerates the lab demo's listing: the pith-elements command's real output
 * for RECORDED_QUERY, asked of the replay server.
 * @param {{ output?: string }} [options]
 */
export async function generate({ output = LAB_PAPERS } = {}) {
  const server = await arxivServer(replayReply);
  try {
    const args = ['arxiv', '--query', RECORDED_QUERY, '--max', '200', '--delay', '0.04'];
    const { code, stderr } = await runCli(server.baseUrl, [...args, '--quiet', '-o', output]);
    if (code !== 0) throw new Error(`pith-elements exited with ${code}: ${stderr.trim()}`);
    return { output, requests: server.requests.length };
  } finally {
    await server.close();
  }
}

async function main() {
  const { values } = parseArgs({
    options: {
      generate: { type: 'boolean' },
      output: { type: 'string', short: 'o' },
      port: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    process.stdout.write('Usage: replay-arxiv.mjs [--port N] | --generate [-o FILE]\n');
    return;
  }
  if (values.generate) {
    const output = values.output === undefined ? undefined : resolve(values.output);
    const { requests } = await generate({ output });
    process.stderr.write(`wrote ${output ?? LAB_PAPERS} from ${requests} replayed requests\n`);
    return;
  }

  const port = Number(values.port ?? 0);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`--port takes a number from 0 to 65535, not ${values.port}`);
  }
  const server = await arxivServer(replayReply, { port });
  process.stdout.write(`replaying arXiv from test/fixtures/arxiv/ at ${server.baseUrl}\n`);
  const example = `--base-url ${server.baseUrl} --query '${RECORDED_QUERY}'`;
  process.stdout.write(`  PITH_ARXIV_MIN_DELAY_MS=0 npx pith-elements arxiv ${example}\n`);
  process.once('SIGINT', () => void server.close());
  process.once('SIGTERM', () => void server.close());
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  main().catch((error) => {
    process.stderr.write(`replay-arxiv: ${error instanceof Error ? error.message : error}\n`);
    process.exitCode = 1;
  });
}

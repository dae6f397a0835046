#!/usr/bin/env node
// Opens every story of the built Storybook (storybook-static/, from `npm run build-storybook`) in
// headless Chromium and fails on any console error, uncaught exception, failed or refused
// request, font that did not load, or story that rendered nothing. Stories tagged `katex-fonts`
// must also have loaded KaTeX's fonts. Nothing leaves the machine: the files are served on
// 127.0.0.1 and any other request is refused (and counted as a failure).
//
//   node scripts/check-storybook.mjs [--screenshots DIR] [--only TEXT]
//
// CHROME_PATH overrides /usr/bin/chromium. Prints one line per story and "N passed, N failed".
import { createServer } from 'node:http';
import { createReadStream } from 'node:fs';
import { mkdir, readFile, stat } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import puppeteer from 'puppeteer-core';
import { CHROME_FLAGS } from './lib/chromium.mjs';

const ROOT = resolve('storybook-static');
const STORY_TIMEOUT_MS = 30_000;
const RUN_TIMEOUT_MS = 5 * 60_000;
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.ico': 'image/x-icon',
  '.map': 'application/json; charset=utf-8',
};

const { values: options } = parseArgs({
  options: { screenshots: { type: 'string' }, only: { type: 'string' } },
});

// A hung browser must not hold CI: give up after a bounded time.
const watchdog = setTimeout(() => {
  console.error(`check-storybook: gave up after ${RUN_TIMEOUT_MS / 1000} s`);
  process.exit(1);
}, RUN_TIMEOUT_MS);
watchdog.unref();

const stories = await readStories();
const server = await serve(ROOT);
const origin = `http://127.0.0.1:${server.address().port}`;
const browser = await puppeteer.launch({
  executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  headless: true,
  args: CHROME_FLAGS,
  defaultViewport: { width: 1000, height: 900 },
});

let failed = 0;
const started = performance.now();
try {
  const page = await browser.newPage();
  const watch = await watchPage(page, origin);
  if (options.screenshots) await mkdir(options.screenshots, { recursive: true });

  for (const story of stories) {
    const result = await checkStory(page, watch, story);
    if (result.problems.length) failed += 1;
    report(story, result);
  }
} finally {
  await browser.close();
  server.close();
}

const seconds = ((performance.now() - started) / 1000).toFixed(1);
console.log(`\n${stories.length} stories in ${seconds} s`);
console.log(`${stories.length - failed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);

async function readStories() {
  let index;
  try {
    index = JSON.parse(await readFile(join(ROOT, 'index.json'), 'utf8'));
  } catch (error) {
    console.error(`check-storybook: cannot read ${ROOT}/index.json; run npm run build-storybook`);
    console.error(String(error));
    process.exit(1);
  }
  const all = Object.values(index.entries).filter((entry) => entry.type === 'story');
  const chosen = options.only ? all.filter((entry) => entry.id.includes(options.only)) : all;
  if (!chosen.length) {
    console.error('check-storybook: no stories to check');
    process.exit(1);
  }
  return chosen;
}

function serve(root) {
  const server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url, 'http://localhost').pathname);
    // The browser asks for this by itself; it says nothing about the stories.
    if (path === '/favicon.ico') return send(response, 204);
    let file = resolve(join(root, path));
    if (file !== root && !file.startsWith(root + sep)) return send(response, 403);
    try {
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      await stat(file);
    } catch {
      return send(response, 404);
    }
    response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(response);
  });
  return new Promise((listening) => server.listen(0, '127.0.0.1', () => listening(server)));
}

function send(response, status) {
  response.writeHead(status, { 'content-type': 'text/plain' });
  response.end(status === 204 ? undefined : String(status));
}

/**
 * Records what goes wrong on the page. Problems are attributed to the story being checked; while
 * the page moves from one story to the next (`watch.story` unset), requests cut short by leaving
 * the page are expected and ignored.
 */
async function watchPage(page, allowedOrigin) {
  const watch = { story: null };
  const problem = (text) => watch.story?.problems.push(text);

  page.on('console', (message) => {
    const type = message.type();
    if (type === 'error') problem(`console error: ${message.text()}`);
    else if (type === 'warn' || type === 'warning') watch.story?.warnings.push(message.text());
  });
  page.on('pageerror', (error) => problem(`uncaught: ${error.message ?? error}`));
  page.on('requestfailed', (request) => {
    // Refused requests are reported where they are refused.
    if (request.failure()?.errorText === 'net::ERR_BLOCKED_BY_CLIENT') return;
    problem(`request failed: ${request.url()} (${request.failure()?.errorText ?? 'unknown'})`);
  });
  page.on('response', (response) => {
    const url = response.url();
    if (response.status() >= 400) problem(`HTTP ${response.status()}: ${url}`);
    if (!watch.story) return;
    watch.story.requests += 1;
    if (/KaTeX_[\w-]+\.woff2$/.test(new URL(url).pathname)) watch.story.katexFonts += 1;
  });

  await page.setRequestInterception(true);
  page.on('request', (request) => {
    const url = request.url();
    const local = url.startsWith(`${allowedOrigin}/`) || /^(data|blob|about):/.test(url);
    if (local) return request.continue();
    problem(`refused request to another host: ${url}`);
    return request.abort('blockedbyclient');
  });
  return watch;
}

async function checkStory(page, watch, story) {
  const result = { problems: [], warnings: [], requests: 0, katexFonts: 0, ms: 0 };
  const start = performance.now();
  watch.story = result;

  try {
    await page.goto(`${origin}/iframe.html?id=${encodeURIComponent(story.id)}&viewMode=story`, {
      waitUntil: 'load',
      timeout: STORY_TIMEOUT_MS,
    });
    await page.waitForFunction(storyDone, { timeout: STORY_TIMEOUT_MS, polling: 50 });
    await page.evaluate(elementsSettled);
    await page.waitForNetworkIdle({ idleTime: 300, timeout: STORY_TIMEOUT_MS });
    const state = await page.evaluate(pageState);
    result.problems.push(...judge(state, story, result));
    if (options.screenshots) {
      await page.screenshot({ path: join(options.screenshots, `${story.id}.png`) });
    }
  } catch (error) {
    result.problems.push(`did not finish: ${error.message ?? error}`);
  }

  result.ms = performance.now() - start;
  // Leave the story before the next one starts, so its late events are not counted twice.
  watch.story = null;
  await page.goto('about:blank').catch(() => undefined);
  return result;
}

/** In the page: Storybook has rendered the story and run its play function, or given up. */
function storyDone() {
  const phase = window.__STORYBOOK_PREVIEW__?.currentRender?.phase;
  const ended = ['finished', 'errored', 'aborted'].includes(phase);
  return ended || document.body.classList.contains('sb-show-errordisplay');
}

/** In the page: waits until no Lit element, in any shadow root, has an update pending. */
async function elementsSettled() {
  for (let round = 0; round < 10; round += 1) {
    const pending = [];
    const visit = (root) => {
      for (const element of root.querySelectorAll('*')) {
        if (element.updateComplete) pending.push(element.updateComplete);
        if (element.shadowRoot) visit(element.shadowRoot);
      }
    };
    visit(document);
    const done = await Promise.all(pending);
    await new Promise((resolveFrame) => requestAnimationFrame(() => resolveFrame()));
    if (done.every(Boolean)) return;
  }
}

/** In the page: what the checks below need. */
async function pageState() {
  await document.fonts.ready;
  const root = document.querySelector('#storybook-root');
  const faces = [...document.fonts].map((face) => ({ family: face.family, status: face.status }));
  return {
    phase: window.__STORYBOOK_PREVIEW__?.currentRender?.phase,
    errorShown: document.body.classList.contains('sb-show-errordisplay'),
    errorText: document.querySelector('#error-message')?.textContent?.trim() ?? '',
    rendered: Boolean(root && root.querySelector('*')),
    faces,
  };
}

function judge(state, story, result) {
  const problems = [];
  if (state.errorShown || state.phase === 'errored') {
    problems.push(`story errored: ${state.errorText || state.phase}`);
  }
  if (!state.rendered) problems.push('story rendered nothing');

  const broken = state.faces.filter((face) => face.status === 'error');
  for (const face of broken) problems.push(`font did not load: ${face.family}`);

  if (story.tags?.includes('katex-fonts')) {
    const katex = state.faces.filter((face) => face.family.startsWith('KaTeX'));
    const loaded = katex.filter((face) => face.status === 'loaded').length;
    if (!loaded || !result.katexFonts) {
      const fetched = `${result.katexFonts} woff2 files fetched`;
      problems.push(`KaTeX fonts not loaded (${loaded} faces loaded, ${fetched})`);
    }
    result.katexLoaded = loaded;
  }
  return problems;
}

function report(story, result) {
  const status = result.problems.length ? 'FAIL' : 'ok  ';
  const fonts = result.katexLoaded !== undefined ? `, ${result.katexLoaded} KaTeX fonts` : '';
  const time = `${(result.ms / 1000).toFixed(1)} s`;
  console.log(`${status} ${story.id} (${time}, ${result.requests} requests${fonts})`);
  for (const text of result.problems) console.log(`       ${text}`);
  for (const text of new Set(result.warnings)) console.log(`       warning: ${text}`);
}

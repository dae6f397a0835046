// Launching Debian's Chromium through puppeteer-core, and the few DevTools-protocol calls the
// scenarios share: garbage collection, heap size, network logs, traces.

import { accessSync, constants } from 'node:fs';
import puppeteer from 'puppeteer-core';

import { CHROME_FLAGS } from '../../scripts/lib/chromium.mjs';

export { CHROME_FLAGS };

/** One viewport for every scenario: a common laptop size. */
export const VIEWPORT = { width: 1280, height: 800 };

/** The Chromium binary to use; throws a readable error when there is none. */
export function chromePath() {
  const path = process.env.CHROME_PATH || '/usr/bin/chromium';
  try {
    accessSync(path, constants.X_OK);
  } catch {
    throw new BenchSetupError(
      `No Chromium at ${path}. Install it with ` +
        '`apt-get install -y --no-install-recommends chromium fonts-liberation`, ' +
        'or set CHROME_PATH to a Chromium or Chrome binary.',
    );
  }
  return path;
}

/** An error in the set-up (no browser, a failed build) rather than in a measurement. */
export class BenchSetupError extends Error {}

/** Launches headless Chromium; every protocol call is bounded by `protocolTimeout`. */
export function launch() {
  return puppeteer.launch({
    executablePath: chromePath(),
    headless: true,
    args: CHROME_FLAGS,
    defaultViewport: VIEWPORT,
    protocolTimeout: 120_000,
    timeout: 30_000,
    // The harness handles its own signals, so that it can also stop its server.
    handleSIGINT: false,
    handleSIGTERM: false,
    handleSIGHUP: false,
  });
}

/**
 * Opens a page in its own browser context (fresh HTTP cache, no shared state), with bounded
 * waits, and navigates it. Page errors are collected so a scenario can refuse a broken page.
 */
export async function openPage(browser, url) {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  page.setDefaultTimeout(30_000);
  page.setDefaultNavigationTimeout(30_000);
  const errors = [];
  page.on('pageerror', (error) => errors.push(String(error?.message ?? error)));
  const client = await page.createCDPSession();
  const close = () => context.close().catch(() => {});
  return { page, client, errors, close, goto: () => gotoAndWait(page, url) };
}

async function gotoAndWait(page, url) {
  const response = await page.goto(url, { waitUntil: 'load' });
  if (!response?.ok()) throw new Error(`${url} answered ${response?.status()}`);
  await page.bringToFront();
}

/** Collects garbage, then reads the V8 heap (and, where reported, the DOM's own heap). */
export async function heapAfterGc(client) {
  await client.send('HeapProfiler.collectGarbage');
  const usage = await client.send('Runtime.getHeapUsage');
  return {
    jsUsed: usage.usedSize,
    embedderUsed: usage.embedderHeapUsedSize,
  };
}

/** Evaluates `fn(arg)` in the page, failing after `ms` with the scenario's name in the message. */
export async function evaluate(page, label, ms, fn, ...args) {
  let timer;
  const timeout = new Promise((_, fail) => {
    timer = setTimeout(() => fail(new Error(`${label}: no result after ${ms / 1000} s`)), ms);
  });
  try {
    return await Promise.race([page.evaluate(fn, ...args), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** Calls `window.bench[name](...args)` in a bench page, bounded by `ms`. */
export function callBench(page, name, ms, ...args) {
  return evaluate(page, `bench.${name}`, ms, (n, ...a) => window.bench[n](...a), name, ...args);
}

/** Opens a bench page in a fresh context and waits until it has set `window.benchReady`. */
export async function openBenchPage(browser, url, ms) {
  const tab = await openPage(browser, url);
  try {
    await tab.goto();
    await tab.page.waitForFunction(() => window.benchReady === true, { timeout: ms });
    return tab;
  } catch (error) {
    await tab.close();
    throw error;
  }
}

/** Throws the first uncaught error the page reported, if any. */
export function assertNoPageErrors(tab, what) {
  if (tab.errors.length) throw new Error(`${what}: the page threw ${tab.errors[0]}`);
}

/**
 * Records every request the page makes, with the bytes that came over the wire (headers and
 * compressed body, as Chromium counts them) and the decoded body size.
 */
export async function recordNetwork(client) {
  const byId = new Map();
  await client.send('Network.enable');
  client.on('Network.requestWillBeSent', ({ requestId, request, type }) => {
    byId.set(requestId, { url: request.url, type, status: 0, encoded: 0, decoded: 0, done: false });
  });
  client.on('Network.responseReceived', ({ requestId, response }) => {
    const entry = byId.get(requestId);
    if (entry) {
      entry.status = response.status;
      entry.mime = response.mimeType;
    }
  });
  client.on('Network.dataReceived', ({ requestId, dataLength }) => {
    const entry = byId.get(requestId);
    if (entry) entry.decoded += dataLength;
  });
  client.on('Network.loadingFinished', ({ requestId, encodedDataLength }) => {
    const entry = byId.get(requestId);
    if (entry) {
      entry.encoded = encodedDataLength;
      entry.done = true;
    }
  });
  client.on('Network.loadingFailed', ({ requestId, errorText }) => {
    const entry = byId.get(requestId);
    if (entry) {
      entry.failed = errorText;
      entry.done = true;
    }
  });
  return {
    /** Requests so far, in the order they were made. */
    entries: () => [...byId.values()].map((entry) => ({ ...entry })),
    /** Resolves once no request has been pending for `quietMs` (bounded by `maxMs`). */
    idle: (quietMs = 500, maxMs = 15_000) => waitIdle(byId, quietMs, maxMs),
  };
}

async function waitIdle(byId, quietMs, maxMs) {
  const start = Date.now();
  let quietSince = Date.now();
  while (Date.now() - start < maxMs) {
    const busy = [...byId.values()].some((entry) => !entry.done);
    if (busy) quietSince = Date.now();
    else if (Date.now() - quietSince >= quietMs) return;
    await new Promise((done) => setTimeout(done, 50));
  }
  throw new Error(`network still busy after ${maxMs / 1000} s`);
}

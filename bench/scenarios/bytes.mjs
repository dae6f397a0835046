// Scenario 4: bytes. The core bundle's size (dist/define.js and its static imports, minified
// and gzipped), then what the demo page transfers before any abstract is opened, and what
// opening one abstract adds. The figures do not vary from run to run, so this runs once.
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { assertNoPageErrors, evaluate, openPage, recordNetwork } from '../lib/browser.mjs';
import { composition, fileBytes, staticClosureBytes } from '../lib/bundle.mjs';
import { metric } from '../lib/stats.mjs';

const KB = 1024;
const STEP_MS = 30_000;

export async function bytesScenario({ browser, server, root, distDir, log }) {
  const core = await staticClosureBytes(join(distDir, 'define.js'));
  if (core.files.some((file) => /katex/i.test(file.file))) {
    throw new Error('dist/define.js imports a KaTeX chunk statically; it must load on demand');
  }
  const chunks = await katexChunks(distDir);
  const cdn = await fileBytes(join(distDir, 'cdn', 'pith-elements.js')).catch(() => undefined);
  const network = await demoPageRequests(browser, server);
  const before = summarise(network.before);
  const after = summarise(network.after);
  const kb = (bytes) => `${(bytes / KB).toFixed(1)} KB`;
  log(`  core ${kb(core.gzip)} gz; page ${kb(before.total)}, +${kb(after.total)} for one abstract`);

  const row = (id, label, bytes, target) =>
    metric(`bytes.${id}`, label, 'KB', [bytes / KB], target);
  const imports = core.files.length - 1;
  return {
    metrics: [
      row('core', `core: define.js + ${imports} static imports, min+gzip`, core.gzip, {
        max: 12,
        text: '≤ 12 KB',
      }),
      row('coreAsOne', 'the same, compressed as one stream', core.gzipAsOne),
      ...(cdn ? [row('cdn', 'dist/cdn/pith-elements.js, min+gzip', cdn.gzip)] : []),
      row('katexBefore', 'KaTeX bytes before an abstract opens (JS + fonts)', before.katex, {
        max: 0,
        text: '0',
      }),
      row('pageBefore', 'demo page, transferred before an abstract opens', before.total),
      row('pageAfter', 'added by opening one abstract', after.total),
    ],
    core,
    coreComposition: await composition(
      core.files.map((file) => join(distDir, file.file)),
      root,
    ),
    katexChunks: chunks,
    cdn,
    requests: { before: network.before, after: network.after },
    categories: { before: before.byKind, after: after.byKind },
  };
}

async function katexChunks(distDir) {
  const dir = join(distDir, 'chunks');
  const names = (await readdir(dir)).filter((name) => /^katex.*\.js$/.test(name));
  const sizes = names.map(async (name) => ({
    file: `chunks/${name}`,
    ...(await fileBytes(join(dir, name))),
  }));
  return Promise.all(sizes);
}

/** Requests of the demo page in a fresh context: up to the rendered listing, then one abstract. */
async function demoPageRequests(browser, server) {
  server.setApiDelay(0);
  const tab = await openPage(browser, `${server.origin}/demo-page`);
  try {
    const network = await recordNetwork(tab.client);
    await tab.goto();
    await tab.page.waitForFunction(cardsRendered, { timeout: STEP_MS });
    await network.idle(500, STEP_MS);
    const before = network.entries().map(describe(server.origin));

    await evaluate(tab.page, 'open one abstract', STEP_MS, openFirstAbstract);
    await network.idle(500, STEP_MS);
    const after = network.entries().slice(before.length).map(describe(server.origin));
    assertNoPageErrors(tab, 'demo page');
    return { before, after };
  } finally {
    await tab.close();
  }
}

/** In the page: the demo's feed shows all 32 cards. */
function cardsRendered() {
  const feed = document.querySelector('pith-feed')?.shadowRoot?.querySelector('category-feed');
  return feed?.shadowRoot?.querySelectorAll('paper-card').length === 32;
}

/** In the page: opens the first card's abstract and waits for its math and fonts. */
async function openFirstAbstract() {
  const feed = document.querySelector('pith-feed').shadowRoot.querySelector('category-feed');
  const card = feed.shadowRoot.querySelector('paper-card');
  const toggle = card.shadowRoot.querySelector('abstract-toggle');
  toggle.shadowRoot.querySelector('button').click();
  const start = performance.now();
  while (!toggle.shadowRoot.querySelector('.katex')) {
    if (performance.now() - start > 20_000) throw new Error('the abstract was not typeset');
    await new Promise((done) => requestAnimationFrame(done));
  }
  await document.fonts.ready;
}

function describe(origin) {
  return (entry) => ({
    path: entry.url.startsWith(origin) ? entry.url.slice(origin.length) : entry.url,
    kind: kindOf(entry.url),
    status: entry.status,
    transferred: entry.encoded,
    decoded: entry.decoded,
    ...(entry.failed ? { failed: entry.failed } : {}),
  });
}

function kindOf(url) {
  if (url.startsWith('data:')) return 'inline';
  const path = new URL(url).pathname;
  if (/^katex[-.][^/]*\.js$/.test(path.split('/').pop())) return 'katex-js';
  if (/\.woff2?$/.test(path)) return 'font';
  if (path.startsWith('/dist/')) return 'library-js';
  if (path.startsWith('/api/')) return 'api';
  if (path.startsWith('/demo/figures/')) return 'image';
  if (path === '/demo-page') return 'document';
  return 'other';
}

function summarise(requests) {
  const byKind = {};
  for (const request of requests) {
    const kind = (byKind[request.kind] ??= { requests: 0, transferred: 0 });
    kind.requests += 1;
    kind.transferred += request.transferred;
  }
  const total = requests.reduce((sum, request) => sum + request.transferred, 0);
  const katex = (byKind['katex-js']?.transferred ?? 0) + (byKind.font?.transferred ?? 0);
  return { total, katex, byKind };
}

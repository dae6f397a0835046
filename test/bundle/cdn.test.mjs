// dist/cdn/pith-elements.js as a page meets it on a CDN: the page comes from one origin, the
// bundle from another origin and a deep path, and KaTeX's chunks and fonts must be found
// beside the bundle (from its own URL), not beside the page. Run after `npm run build`:
//   node --test test/bundle/
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { handleApi } from '../../demo/api.mjs';
import { CHROME_FLAGS } from '../../scripts/lib/chromium.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const cdnDir = join(root, 'dist', 'cdn');
const CDN_PREFIX = '/npm/pith-elements@0.1.0/dist/cdn/';
const STEP_MS = 30_000;
const listing = JSON.parse(await readFile(join(root, 'demo/data/listing-cs.LG.json'), 'utf8'));
const mathIndex = listing.items.findIndex((item) => /\$[^$]+\$/.test(item.abstract ?? ''));

const TYPES = { '.js': 'text/javascript; charset=utf-8', '.woff2': 'font/woff2' };

/** Starts `handler` on 127.0.0.1 at a free port; resolves to the server and its origin. */
function listen(handler) {
  const server = createServer((request, response) => {
    handler(request, response).catch(() => {
      response.writeHead(500);
      response.end();
    });
  });
  return new Promise((done) => {
    server.listen(0, '127.0.0.1', () => {
      done({ server, origin: `http://127.0.0.1:${server.address().port}` });
    });
  });
}

// The "CDN": dist/cdn/ under a package-versioned path, with the CORS header module scripts
// and fonts from another origin need.
async function serveCdn(request, response) {
  const { pathname } = new URL(request.url, 'http://cdn.invalid');
  const file = normalize(join(cdnDir, pathname.slice(CDN_PREFIX.length)));
  if (!pathname.startsWith(CDN_PREFIX) || !file.startsWith(cdnDir + sep) || !existsSync(file)) {
    response.writeHead(404, { 'access-control-allow-origin': '*' });
    return response.end();
  }
  response.writeHead(200, {
    'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
    'access-control-allow-origin': '*',
  });
  response.end(await readFile(file));
}

// The site: one page in a sub-folder, the listing endpoint at its default path, and the
// demo's figures the listing points at.
function servePage(cdnOrigin) {
  const page = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>Papers</title>
    <script type="module" src="${cdnOrigin}${CDN_PREFIX}pith-elements.js"></script>
  </head>
  <body>
    <pith-feed category="cs.LG"><a href="/list/cs.LG">Browse the cs.LG listing</a></pith-feed>
  </body>
</html>`;
  return async (request, response) => {
    const url = new URL(request.url, 'http://site.invalid');
    const reply = await handleApi(url.pathname, url.searchParams);
    if (reply) {
      response.writeHead(reply.status, reply.headers);
      return response.end(reply.body);
    }
    const figure = /^\/demo\/figures\/[\w-]+\.svg$/.test(url.pathname) && join(root, url.pathname);
    if (figure && existsSync(figure)) {
      response.writeHead(200, { 'content-type': 'image/svg+xml' });
      return response.end(await readFile(figure));
    }
    if (url.pathname !== '/site/papers/') {
      response.writeHead(url.pathname === '/favicon.ico' ? 204 : 404);
      return response.end();
    }
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    response.end(page);
  };
}

// Functions evaluated in the page.
function shownCards() {
  const list = document.querySelector('pith-feed')?.shadowRoot?.querySelector('category-feed');
  return [...(list?.shadowRoot?.querySelectorAll('paper-card') ?? [])];
}
const PAGE_HELPERS = `${shownCards.toString()}`;

const unbuilt = !existsSync(join(cdnDir, 'pith-elements.js')) && 'run npm run build first';

// Debian's Chromium and Firefox ESR, as the browser tests use (BROWSERS=chromium for one).
const ENGINES = (process.env.BROWSERS || 'chromium,firefox').split(',');

function launch(engine) {
  if (engine === 'firefox') {
    const executablePath = process.env.FIREFOX_PATH || '/usr/bin/firefox-esr';
    return puppeteer.launch({ browser: 'firefox', executablePath, headless: true });
  }
  return puppeteer.launch({
    executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
    headless: true,
    args: CHROME_FLAGS,
    protocolTimeout: 120_000,
  });
}

/** The page, loaded in one engine: the listing first, then one abstract with math. */
function suite(engine) {
  let cdn;
  let site;
  let browser;
  let page;
  const responses = [];
  const failures = [];

  before(async () => {
    cdn = await listen(serveCdn);
    site = await listen(servePage(cdn.origin));
    browser = await launch(engine);
    page = await browser.newPage();
    page.setDefaultTimeout(STEP_MS);
    page.on('response', (r) => responses.push({ url: r.url(), status: r.status() }));
    page.on('requestfailed', (r) => failures.push(`${r.url()} ${r.failure()?.errorText}`));
    page.on('pageerror', (error) => failures.push(`page error: ${error.message}`));
    await page.goto(`${site.origin}/site/papers/`);
  });

  after(async () => {
    await browser?.close();
    cdn?.server.close();
    site?.server.close();
  });

  it('renders the real listing from the page origin', async () => {
    await page.waitForFunction(`(() => {
      ${PAGE_HELPERS}
      return shownCards().length === ${listing.items.length};
    })()`);
    const seen = await page.evaluate(`(() => {
      ${PAGE_HELPERS}
      const feed = document.querySelector('pith-feed');
      const name = feed.shadowRoot.querySelector('[part~="category-name"]')?.textContent;
      const title = shownCards()[0].shadowRoot.querySelector('[part~="title"]')?.textContent;
      return { name, title: title?.trim(), link: feed.querySelector('a').getClientRects().length };
    })()`);
    assert.equal(seen.name, listing.category.name);
    assert.equal(seen.title, listing.items[0].title);
    assert.equal(seen.link, 0, 'the fallback link is still rendered after the upgrade');
    assert.deepEqual(failures, []);
    assert.ok(!responses.some((r) => /katex/i.test(r.url)), 'KaTeX loaded before any math showed');
  });

  it('typesets an abstract with KaTeX and fonts fetched from the bundle origin', async () => {
    assert.ok(mathIndex >= 0, 'the listing has an abstract with math');
    await page.evaluate(`(() => {
      ${PAGE_HELPERS}
      const toggle = shownCards()[${mathIndex}].shadowRoot.querySelector('abstract-toggle');
      toggle.shadowRoot.querySelector('button').click();
    })()`);
    await page.waitForFunction(`(() => {
      ${PAGE_HELPERS}
      const toggle = shownCards()[${mathIndex}].shadowRoot.querySelector('abstract-toggle');
      return toggle.shadowRoot.querySelector('.katex-html') !== null;
    })()`);
    await page.waitForFunction(() =>
      [...document.fonts].some((f) => /KaTeX_Main/.test(f.family) && f.status === 'loaded'),
    );

    const fromCdn = (pattern) => responses.filter((r) => pattern.test(r.url));
    const expected = [
      /\/directive-[\w-]+\.js$/,
      /\/decode-[\w-]+\.js$/,
      /\/katex-(?!css-)[\w-]+\.js$/,
      /\/katex-css-[\w-]+\.js$/,
      /\/fonts\/KaTeX_Main-Regular\.woff2$/,
    ];
    for (const pattern of expected) {
      const found = fromCdn(pattern);
      assert.ok(found.length > 0, `nothing fetched matches ${pattern}`);
      for (const r of found) {
        const beside = r.url.startsWith(`${cdn.origin}${CDN_PREFIX}`);
        assert.ok(beside, `${r.url} is not beside the bundle`);
        assert.equal(r.status, 200, r.url);
      }
    }
    assert.deepEqual(
      responses.filter((r) => r.status >= 400),
      [],
    );
    assert.deepEqual(failures, []);
  });

  it('loads the Cite code from the bundle origin on the first press', async () => {
    const citation = /\/citation-[\w-]+\.js$/;
    assert.ok(!responses.some((r) => citation.test(r.url)), 'Cite code loaded before a press');
    await page.evaluate(`(() => {
      ${PAGE_HELPERS}
      shownCards()[0].shadowRoot.querySelector('[part~="cite"]').click();
    })()`);
    // Copied to the clipboard, or (where the clipboard is refused) the dialog holding the entry.
    await page.waitForFunction(`(() => {
      ${PAGE_HELPERS}
      const root = shownCards()[0].shadowRoot;
      const status = root.querySelector('[part~="cite-status"]')?.textContent.trim();
      const entry = root.querySelector('[part~="bibtex"]')?.value ?? '';
      return status === 'Copied' || entry.startsWith('@');
    })()`);
    const loaded = responses.filter((r) => citation.test(r.url));
    assert.equal(loaded.length, 1);
    assert.ok(loaded[0].url.startsWith(`${cdn.origin}${CDN_PREFIX}`), loaded[0].url);
    assert.equal(loaded[0].status, 200);
    assert.deepEqual(failures, []);
  });
}

for (const engine of ENGINES) {
  describe(`CDN bundle on another origin (${engine})`, { skip: unbuilt }, () => suite(engine));
}

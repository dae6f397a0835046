#!/usr/bin/env node
// Screenshots of the real cs.LG listing for docs/screenshots/: light, dark, right to left
// (Arabic page) and a 260 px wide phone. The pages load the built library from dist/ through
// the demo server, so run `npm run build` first.
//
//   npm run build && node scripts/screenshots.mjs
//
// Uses puppeteer-core with the system Chromium (CHROME_PATH overrides /usr/bin/chromium) and a
// server on 127.0.0.1 (PORT overrides 8765). Nothing leaves the machine.

import { existsSync } from 'node:fs';
import { mkdir, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { createDemoServer } from '../demo/server.mjs';
import { CHROME_FLAGS } from './lib/chromium.mjs';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = join(repoRoot, 'docs', 'screenshots');
const port = Number(process.env.PORT ?? 8765);
const chrome = process.env.CHROME_PATH || '/usr/bin/chromium';
const MAX_BYTES = 300 * 1024;

// Arabic texts for the right-to-left page, to show that every string can be replaced.
const ARABIC = `{
  loading: 'جارٍ تحميل الأوراق…',
  feedLabel: 'الأوراق',
  score: 'التقييم',
  theorems: (n) => n === 1 ? 'مبرهنة واحدة' : n + ' مبرهنات',
  fullImage: 'الصورة كاملة',
  figureDialog: 'الشكل',
  close: 'إغلاق',
  cite: 'اقتباس',
  citeLabel: (title) => 'اقتباس: نسخ مدخل BibTeX لـ ' + title,
  copied: 'نُسخ',
  by: 'تأليف',
  authorSeparator: '، ',
  more: (n) => '+' + n + ' آخرين',
  moreLabel: (n) => '+' + n + ' مؤلفين آخرين',
  unknownMore: (n) => '+' + n + ' آخرين',
  unknownMoreLabel: (n) => 'و' + n + ' مؤلفين آخرين',
  fewer: 'عرض أقل',
  fewerLabel: 'عرض أقل من المؤلفين',
  showAbstract: 'عرض الملخص',
  hideAbstract: 'إخفاء الملخص',
  listingLinks: 'المزيد من هذه القائمة',
}`;

const SHOTS = [
  { name: 'light', width: 1000, height: 900, scheme: 'light', open: -1 },
  { name: 'dark', width: 1000, height: 900, scheme: 'dark', open: 0 },
  { name: 'rtl', width: 1000, height: 900, scheme: 'light', open: 0, rtl: true },
  { name: 'narrow', width: 260, height: 1200, scheme: 'light', open: -1 },
];

function page({ rtl }) {
  const html = rtl ? '<html lang="ar" dir="rtl">' : '<html lang="en">';
  const heading = rtl ? 'أوراق تعلّم الآلة' : 'Machine learning papers';
  const strings = rtl ? `document.querySelector('pith-feed').strings = ${ARABIC};` : '';
  return `<!doctype html>${html}<head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="data:,">
<title>pith-elements screenshot</title>
<style>
  :root { color-scheme: light dark; font-family: system-ui, sans-serif; }
  body { margin: 0 auto; max-width: 52rem; padding: 1.5rem 1rem 3rem; }
  @media (max-width: 400px) { body { padding: 0.75rem 0.5rem; } h1 { font-size: 1.25rem; } }
  h1 { font-size: 1.5rem; margin: 0 0 1rem; }
</style>
<script type="module" src="/dist/define.js"></script>
</head><body><h1>${heading}</h1>
<pith-feed category="cs.LG" endpoint="/api/v1/categories/{category}.json"></pith-feed>
<script type="module">${strings}</script>
</body></html>`;
}

// The demo server, plus the screenshot pages under /screens/.
function startServer() {
  const demo = createDemoServer({ root: repoRoot });
  const handle = demo.listeners('request')[0];
  const server = createServer((request, response) => {
    const match = /^\/screens\/(\w+)\.html$/.exec(request.url ?? '');
    const shot = match && SHOTS.find((s) => s.name === match[1]);
    if (!shot) return handle(request, response);
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    response.end(page(shot));
  });
  return new Promise((resolveStart, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolveStart(server));
  });
}

// Runs in the page: waits for the cards, opens one abstract, waits for its math and the fonts.
async function settle(open) {
  const feed = document.querySelector('pith-feed');
  const until = async (test) => {
    for (let i = 0; i < 200 && !test(); i++) await new Promise((r) => setTimeout(r, 50));
  };
  const list = () => feed.shadowRoot?.querySelector('category-feed')?.shadowRoot;
  const cards = () => list()?.querySelectorAll('paper-card') ?? [];
  await until(() => cards().length > 0);
  if (open >= 0) {
    const toggle = cards()[open].shadowRoot.querySelector('abstract-toggle');
    toggle.shadowRoot.querySelector('button').click();
    const root = toggle.shadowRoot;
    await until(() => root.querySelector('.katex') && !root.querySelector('.tex-pending'));
  }
  await document.fonts.ready;
  const images = [...cards()].flatMap((card) => [...card.shadowRoot.querySelectorAll('img')]);
  await until(() => images.every((img) => img.complete));
}

async function shoot(browser, shot) {
  const tab = await browser.newPage();
  await tab.setViewport({ width: shot.width, height: shot.height, deviceScaleFactor: 1 });
  await tab.emulateMediaFeatures([
    { name: 'prefers-color-scheme', value: shot.scheme },
    { name: 'prefers-reduced-motion', value: 'reduce' },
  ]);
  await tab.goto(`http://127.0.0.1:${port}/screens/${shot.name}.html`, { waitUntil: 'load' });
  await tab.evaluate(settle, shot.open);
  await new Promise((r) => setTimeout(r, 300));
  const file = join(outDir, `${shot.name}.png`);
  await tab.screenshot({ path: file, type: 'png' });
  await tab.close();
  const { size } = await stat(file);
  process.stdout.write(`${file}: ${Math.round(size / 1024)} KB\n`);
  if (size > MAX_BYTES) throw new Error(`${shot.name}.png is over ${MAX_BYTES / 1024} KB`);
}

async function main() {
  if (!existsSync(join(repoRoot, 'dist', 'define.js'))) {
    throw new Error('dist/ has no build; run `npm run build` first');
  }
  await mkdir(outDir, { recursive: true });
  const server = await startServer();
  const browser = await puppeteer.launch({
    executablePath: chrome,
    headless: true,
    args: CHROME_FLAGS,
  });
  try {
    for (const shot of SHOTS) await shoot(browser, shot);
  } finally {
    await browser.close();
    server.close();
  }
}

main().catch((error) => {
  process.stderr.write(`screenshots: ${error.message}\n`);
  process.exitCode = 1;
});

// Ad-hoc experiments: the bench pages with page-level overrides injected (no src change).
import { launch, openPage, evaluate, heapAfterGc } from './lib/browser.mjs';
import { startServer } from './lib/server.mjs';
import { median } from './lib/stats.mjs';
import { profileRun, setDistRoot } from './lib/profile.mjs';
setDistRoot(process.cwd() + '/bench-results/dist');
const dist = process.cwd() + '/bench-results/dist';
const server = await startServer(process.cwd(), dist);
const browser = await launch();
const [scenario, runs = 7, n = 1000] = process.argv.slice(2);
const VARIANTS = {
  plain: '',
  cachedIntl: `{ const I = Intl.DateTimeFormat, c = new Map(); Intl.DateTimeFormat = function (l, o) { const k = l + JSON.stringify(o); let f = c.get(k); if (!f) { f = new I(l, o); c.set(k, f); } return f; }; }`,
  noContainer: `document.addEventListener('DOMContentLoaded', () => { const s = document.createElement('style'); s.textContent = 'paper-card { container-type: normal !important }'; document.head.append(s); });`,
  blockFeed: `document.addEventListener('DOMContentLoaded', () => { const s = document.createElement('style'); s.textContent = 'category-feed::part(base) { display: block }'; document.head.append(s); });`,
  cv: `document.addEventListener('DOMContentLoaded', () => { const s = document.createElement('style'); s.textContent = 'paper-card { content-visibility: auto; contain-intrinsic-size: auto 320px }'; document.head.append(s); });`,
};
const wanted = (process.env.VARIANTS ?? 'plain,cachedIntl').split(',');
const pages = { listing: '/bench/pages/listing.html', math: '/bench/pages/math.html', long: `/bench/pages/long-feed.html?n=${n}` };
const out = {};
try {
  for (let r = 0; r < runs; r++) {
    const order = r % 2 ? [...wanted].reverse() : wanted;
    for (const v of order) {
      const tab = await openPage(browser, server.origin + pages[scenario]);
      try {
        if (VARIANTS[v]) await tab.page.evaluateOnNewDocument(VARIANTS[v]);
        if (process.env.REDUCED) await tab.page.emulateMediaFeatures([{ name: 'prefers-reduced-motion', value: 'reduce' }]);
        await tab.goto();
        await tab.page.waitForFunction(() => window.benchReady === true);
        if (scenario === 'math') await evaluate(tab.page, 'w', 60000, () => window.bench.warmUp());
        await heapAfterGc(tab.client);
        const side = process.env.SIDE ?? 'elements';
        const p = await profileRun(tab, () => evaluate(tab.page, 'x', 60000, (s) => window.bench[s](), side));
        (out[v] ??= []).push({ ...p.result, ...p.mainThread.kinds });
      } finally { await tab.close(); }
    }
  }
  for (const [v, rs] of Object.entries(out)) {
    const keys = Object.keys(rs[0]).filter(k => typeof rs[0][k] === 'number');
    console.log(v.padEnd(12), keys.map(k => `${k} ${median(rs.map(x => x[k])).toFixed(1)}`).join('  '));
  }
} finally { await browser.close(); await server.close(); }

// Scenario 5: cumulative layout shift while the demo page loads its listing through
// <pith-feed> from an endpoint that answers after 500 ms.
import {
  assertNoPageErrors,
  evaluate,
  openPage,
  recordNetwork,
  VIEWPORT,
} from '../lib/browser.mjs';
import { metric } from '../lib/stats.mjs';

const API_DELAY_MS = 500;
const STEP_MS = 30_000;
/** How long the page is watched after the listing shows and the network is quiet. */
const SETTLE_MS = 1000;

/** The target is met at the laptop size; a phone size is reported for context. */
const PHONE = { width: 390, height: 844, isMobile: true, hasTouch: true, deviceScaleFactor: 3 };

export async function layoutShiftScenario({ browser, server, runs, log }) {
  const values = { laptop: [], phone: [] };
  const samples = {};
  server.setApiDelay(API_DELAY_MS);
  try {
    for (let run = 0; run < runs; run += 1) {
      for (const [name, viewport] of [
        ['laptop', VIEWPORT],
        ['phone', PHONE],
      ]) {
        const result = await loadOnce(browser, server, viewport);
        values[name].push(result.cls);
        samples[name] ??= result;
        const shifts = result.shifts.length;
        log(`  run ${run + 1}/${runs}, ${name}: CLS ${result.cls.toFixed(4)} (${shifts} shifts)`);
      }
    }
  } finally {
    server.setApiDelay(0);
  }
  const label = (v) => `CLS, listing after ${API_DELAY_MS} ms, ${v.width}×${v.height}`;
  return {
    metrics: [
      metric('cls', label(VIEWPORT), '', values.laptop, { max: 0.02, text: '≤ 0.02' }),
      metric('cls.phone', `${label(PHONE)} (phone)`, '', values.phone),
    ],
    samples,
  };
}

async function loadOnce(browser, server, viewport) {
  const tab = await openPage(browser, `${server.origin}/demo-page`);
  try {
    await tab.page.setViewport(viewport);
    await tab.page.evaluateOnNewDocument(observeShifts);
    const network = await recordNetwork(tab.client);
    await tab.goto();
    await tab.page.waitForFunction(cardsRendered, { timeout: STEP_MS });
    await network.idle(500, STEP_MS);
    await new Promise((done) => setTimeout(done, SETTLE_MS));
    assertNoPageErrors(tab, 'demo page');
    return await evaluate(tab.page, 'layout shifts', STEP_MS, readShifts);
  } finally {
    await tab.close();
  }
}

/** In the page, before anything else runs: records every layout shift with what moved. */
function observeShifts() {
  window.__shifts = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      window.__shifts.push({
        value: entry.value,
        startTime: entry.startTime,
        hadRecentInput: entry.hadRecentInput,
        sources: (entry.sources ?? []).map((source) => ({
          node: source.node ? describeNode(source.node) : '(gone)',
          from: rect(source.previousRect),
          to: rect(source.currentRect),
        })),
      });
    }
  }).observe({ type: 'layout-shift', buffered: true });

  function rect(r) {
    return [Math.round(r.x), Math.round(r.y), Math.round(r.width), Math.round(r.height)];
  }
  function describeNode(node) {
    if (node.nodeType !== 1) return node.nodeName;
    const part = node.getAttribute('part');
    return `${node.localName}${part ? `[part=${part}]` : ''}${node.id ? `#${node.id}` : ''}`;
  }
}

/** In the page: the demo's feed shows all 32 cards. */
function cardsRendered() {
  const feed = document.querySelector('pith-feed')?.shadowRoot?.querySelector('category-feed');
  return feed?.shadowRoot?.querySelectorAll('paper-card').length === 32;
}

/**
 * In the page: CLS as browsers define it, the largest session window of shifts (gaps under
 * 1 s, windows under 5 s) without recent input.
 */
function readShifts() {
  if (!PerformanceObserver.supportedEntryTypes.includes('layout-shift')) {
    throw new Error('this browser does not report layout shifts');
  }
  const shifts = window.__shifts.filter((shift) => !shift.hadRecentInput);
  let best = 0;
  let current = 0;
  let windowStart = 0;
  let last = -Infinity;
  for (const shift of shifts) {
    if (shift.startTime - last > 1000 || shift.startTime - windowStart > 5000) {
      current = 0;
      windowStart = shift.startTime;
    }
    current += shift.value;
    last = shift.startTime;
    best = Math.max(best, current);
  }
  return { cls: best, shifts };
}

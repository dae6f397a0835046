// Scenario 2: a long synthetic listing, abstracts collapsed. Each side renders in a fresh page
// (so the heap figure is its own), the order alternating per run; the vanilla baseline is
// reported for context.
import { evaluate, heapAfterGc, openPage } from '../lib/browser.mjs';
import { profileRun, withLongestTask } from '../lib/profile.mjs';
import { metric } from '../lib/stats.mjs';

const STEP_MS = 60_000;
const MB = 1024 * 1024;

export async function longFeedScenario({ browser, server, runs, cards, profile, log }) {
  const samples = { elements: [], baseline: [] };
  for (let run = 0; run < runs; run += 1) {
    const order = run % 2 ? ['baseline', 'elements'] : ['elements', 'baseline'];
    for (const side of order) samples[side].push(await measureSide(browser, server, cards, side));
    const e = samples.elements.at(-1);
    log(`  run ${run + 1}/${runs}: elements ${e.total.toFixed(0)} ms, longest task ${e.longestTask.toFixed(0)} ms, TBT ${e.tbt.toFixed(0)} ms, baseline ${samples.baseline.at(-1).total.toFixed(0)} ms`);
  }

  const pick = (side, key) => samples[side].map((sample) => sample[key]);
  const n = cards.toLocaleString('en');
  const profiled = profile ? await profileLongFeed(browser, server, cards) : undefined;
  return {
    metrics: [
      metric({ id: 'longFeed.total', label: `${n} cards, elements (to paint)`, unit: 'ms', values: pick('elements', 'total') }),
      metric({
        id: 'longFeed.longestTask',
        label: 'longest main-thread task',
        unit: 'ms',
        values: pick('elements', 'longestTask'),
        max: 50,
        target: '≤ 50 ms',
      }),
      metric({ id: 'longFeed.tbt', label: 'total blocking time', unit: 'ms', values: pick('elements', 'tbt'), max: 50, target: '≤ 50 ms' }),
      metric({ id: 'longFeed.heap', label: 'JS heap after render (after GC)', unit: 'MB', values: pick('elements', 'heap') }),
      metric({ id: 'longFeed.heapDelta', label: 'JS heap added by the render', unit: 'MB', values: pick('elements', 'heapDelta') }),
      metric({ id: 'longFeed.domHeapDelta', label: 'DOM (Blink) heap added by the render', unit: 'MB', values: pick('elements', 'domHeapDelta') }),
      metric({ id: 'longFeed.baseline', label: `${n} cards, vanilla (to paint)`, unit: 'ms', values: pick('baseline', 'total') }),
      metric({ id: 'longFeed.baselineLongestTask', label: 'vanilla longest task', unit: 'ms', values: pick('baseline', 'longestTask') }),
      metric({ id: 'longFeed.baselineTbt', label: 'vanilla total blocking time', unit: 'ms', values: pick('baseline', 'tbt') }),
      metric({ id: 'longFeed.baselineHeapDelta', label: 'vanilla JS heap added', unit: 'MB', values: pick('baseline', 'heapDelta') }),
    ],
    runs: samples,
    profile: profiled,
  };
}

async function openReady(browser, server, cards) {
  const tab = await openPage(browser, `${server.origin}/bench/pages/long-feed.html?n=${cards}`);
  try {
    await tab.goto();
    await tab.page.waitForFunction(() => window.benchReady === true, { timeout: STEP_MS });
    return tab;
  } catch (error) {
    await tab.close();
    throw error;
  }
}

async function measureSide(browser, server, cards, side) {
  const tab = await openReady(browser, server, cards);
  try {
    const before = await heapAfterGc(tab.client);
    const { result, longestTaskMs } = await withLongestTask(tab.page, () =>
      evaluate(tab.page, `long feed ${side}`, STEP_MS, (s) => window.bench[s](), side),
    );
    const after = await heapAfterGc(tab.client);
    const katex = await evaluate(tab.page, 'katex check', STEP_MS, () => window.bench.katexRequested());
    if (result.cards !== cards) throw new Error(`long feed ${side}: ${result.cards} cards, expected ${cards}`);
    if (katex) throw new Error(`long feed ${side}: KaTeX was requested with every abstract collapsed`);
    if (tab.errors.length) throw new Error(`long feed page error: ${tab.errors[0]}`);
    return {
      ...result,
      longestTask: longestTaskMs,
      heap: after.jsUsed / MB,
      heapDelta: (after.jsUsed - before.jsUsed) / MB,
      domHeapDelta: ((after.embedderUsed ?? NaN) - (before.embedderUsed ?? NaN)) / MB,
    };
  } finally {
    await tab.close();
  }
}

// Each side once more, in a fresh page, under the CPU profiler and a trace.
async function profileLongFeed(browser, server, cards) {
  const out = {};
  for (const side of ['elements', 'baseline']) {
    const tab = await openReady(browser, server, cards);
    try {
      out[side] = await profileRun(tab, () =>
        evaluate(tab.page, `long feed profile ${side}`, STEP_MS, (s) => window.bench[s](), side),
      );
    } finally {
      await tab.close();
    }
  }
  return out;
}

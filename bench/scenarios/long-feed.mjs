// Scenario 2: a long synthetic listing, abstracts collapsed. Each side renders in a fresh page
// (so the heap figures are its own), the order alternating per run; the vanilla baseline is
// there for context.
import {
  assertNoPageErrors,
  callBench,
  heapAfterGc,
  openBenchPage,
} from '../lib/browser.mjs';
import { profileRun, traced } from '../lib/profile.mjs';
import { metric } from '../lib/stats.mjs';

const STEP_MS = 60_000;
const MB = 1024 * 1024;
const FIFTY = { max: 50, text: '≤ 50 ms' };

export async function longFeedScenario({ browser, server, runs, cards, profile, log }) {
  const samples = { elements: [], baseline: [] };
  for (let run = 0; run < runs; run += 1) {
    const order = run % 2 ? ['baseline', 'elements'] : ['elements', 'baseline'];
    for (const side of order) samples[side].push(await measure(browser, server, cards, side));
    const e = samples.elements.at(-1);
    const b = samples.baseline.at(-1);
    log(`  run ${run + 1}/${runs}: elements ${e.total.toFixed(0)} ms, longest task ` +
      `${e.longestTask.toFixed(0)} ms, TBT ${e.tbt.toFixed(0)} ms; vanilla ${b.total.toFixed(0)} ms`);
  }

  const pick = (side, key) => samples[side].map((sample) => sample[key]);
  const n = cards.toLocaleString('en');
  return {
    metrics: [
      metric('longFeed.total', `${n} cards, elements (to paint)`, 'ms', pick('elements', 'total')),
      metric('longFeed.longestTask', 'longest main-thread task', 'ms', pick('elements', 'longestTask'), FIFTY),
      metric('longFeed.tbt', 'total blocking time', 'ms', pick('elements', 'tbt'), FIFTY),
      metric('longFeed.cpu', 'main-thread CPU time to paint', 'ms', pick('elements', 'cpu')),
      metric('longFeed.heap', 'JS heap after render (after GC)', 'MB', pick('elements', 'heap')),
      metric('longFeed.heapDelta', 'JS heap added by the render', 'MB', pick('elements', 'heapDelta')),
      metric('longFeed.domHeapDelta', 'DOM heap added by the render', 'MB', pick('elements', 'domHeapDelta')),
      metric('longFeed.baseline', `${n} cards, vanilla (to paint)`, 'ms', pick('baseline', 'total')),
      metric('longFeed.baselineLongestTask', 'vanilla longest task', 'ms', pick('baseline', 'longestTask')),
      metric('longFeed.baselineTbt', 'vanilla total blocking time', 'ms', pick('baseline', 'tbt')),
      metric('longFeed.baselineCpu', 'vanilla main-thread CPU time', 'ms', pick('baseline', 'cpu')),
      metric('longFeed.baselineHeapDelta', 'vanilla JS heap added', 'MB', pick('baseline', 'heapDelta')),
      metric('longFeed.baselineDomHeapDelta', 'vanilla DOM heap added', 'MB', pick('baseline', 'domHeapDelta')),
    ],
    runs: samples,
    profile: profile ? await profileBoth(browser, server, cards) : undefined,
  };
}

const pageUrl = (server, cards) => `${server.origin}/bench/pages/long-feed.html?n=${cards}`;

async function measure(browser, server, cards, side) {
  const tab = await openBenchPage(browser, pageUrl(server, cards), STEP_MS);
  try {
    const before = await heapAfterGc(tab.client);
    const { result, longestTaskMs, cpuMs } = await traced(tab.page, () =>
      callBench(tab.page, side, STEP_MS),
    );
    const after = await heapAfterGc(tab.client);
    if (result.cards !== cards) throw new Error(`long feed ${side}: ${result.cards} cards of ${cards}`);
    if (await callBench(tab.page, 'katexRequested', STEP_MS)) {
      throw new Error(`long feed ${side}: KaTeX was requested with every abstract collapsed`);
    }
    assertNoPageErrors(tab, 'long feed');
    return {
      ...result,
      longestTask: longestTaskMs,
      cpu: cpuMs,
      heap: after.jsUsed / MB,
      heapDelta: (after.jsUsed - before.jsUsed) / MB,
      domHeapDelta: ((after.embedderUsed ?? NaN) - (before.embedderUsed ?? NaN)) / MB,
    };
  } finally {
    await tab.close();
  }
}

// Each side once more, in a fresh page, under the CPU profiler and a trace.
async function profileBoth(browser, server, cards) {
  const out = {};
  for (const side of ['elements', 'baseline']) {
    const tab = await openBenchPage(browser, pageUrl(server, cards), STEP_MS);
    try {
      out[side] = await profileRun(tab, () => callBench(tab.page, side, STEP_MS));
    } finally {
      await tab.close();
    }
  }
  return out;
}

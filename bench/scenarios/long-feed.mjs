// Scenario 2: a long synthetic listing, abstracts collapsed. Each side renders in a fresh page
// (so the heap figures are its own), the order alternating per run; the vanilla baseline is
// there for context.
import { assertNoPageErrors, callBench, heapAfterGc, openBenchPage } from '../lib/browser.mjs';
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
    const ms = (value) => `${value.toFixed(0)} ms`;
    log(
      `  run ${run + 1}/${runs}: elements ${ms(e.total)}, longest task ${ms(e.longestTask)}, ` +
        `TBT ${ms(e.tbt)}; vanilla ${ms(b.total)}`,
    );
  }

  const n = cards.toLocaleString('en');
  const row = (side, key, label, unit, target) =>
    metric(
      `longFeed.${side}.${key}`,
      label,
      unit,
      samples[side].map((s) => s[key]),
      target,
    );
  return {
    metrics: [
      row('elements', 'total', `${n} cards, elements (to paint)`, 'ms'),
      row('elements', 'longestTask', 'longest main-thread task', 'ms', FIFTY),
      row('elements', 'tbt', 'total blocking time', 'ms', FIFTY),
      row('elements', 'cpu', 'main-thread CPU time to paint', 'ms'),
      row('elements', 'heap', 'JS heap after render (after GC)', 'MB'),
      row('elements', 'heapDelta', 'JS heap added by the render', 'MB'),
      row('elements', 'domHeapDelta', 'DOM heap added by the render', 'MB'),
      row('baseline', 'total', `${n} cards, vanilla (to paint)`, 'ms'),
      row('baseline', 'longestTask', 'vanilla longest task', 'ms'),
      row('baseline', 'tbt', 'vanilla total blocking time', 'ms'),
      row('baseline', 'cpu', 'vanilla main-thread CPU time', 'ms'),
      row('baseline', 'heapDelta', 'vanilla JS heap added', 'MB'),
      row('baseline', 'domHeapDelta', 'vanilla DOM heap added', 'MB'),
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
    if (result.cards !== cards) {
      throw new Error(`long feed ${side}: ${result.cards} of ${cards} cards`);
    }
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

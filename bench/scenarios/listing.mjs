// Scenario 1: the real 32-card listing, elements against the vanilla baseline, in one page per
// run with the order of the two alternating.
import { assertNoPageErrors, callBench, heapAfterGc, openBenchPage } from '../lib/browser.mjs';
import { profileRun, traced } from '../lib/profile.mjs';
import { metric } from '../lib/stats.mjs';

const STEP_MS = 30_000;
const PAGE = '/bench/pages/listing.html';

export async function listingScenario({ browser, server, runs, profile, log }) {
  const cold = sides();
  const warm = sides();
  let sanity;

  for (let run = 0; run < runs; run += 1) {
    const order = run % 2 ? ['baseline', 'elements'] : ['elements', 'baseline'];
    const tab = await openBenchPage(browser, server.origin + PAGE, STEP_MS);
    try {
      // First renders in a fresh page (the figures with the target), then second renders, with
      // the library's code compiled and its templates prepared.
      for (const into of [cold, warm]) {
        const result = {};
        for (const side of order) result[side] = await measure(tab, side);
        record(into, result);
      }
      if (run === 0) sanity = await callBench(tab.page, 'compare', STEP_MS);
      assertNoPageErrors(tab, 'listing');
      const last = (list) => `${list.at(-1).toFixed(1)} ms`;
      log(
        `  run ${run + 1}/${runs}: elements ${last(cold.elements)}, ` +
          `baseline ${last(cold.baseline)} (${order[0]} first)`,
      );
    } finally {
      await tab.close();
    }
  }

  const row = (id, values, label, unit, target) =>
    metric(`listing.${id}`, label, unit, values, target);
  return {
    metrics: [
      row('elements', cold.elements, '32 cards, elements (to paint)', 'ms'),
      row('baseline', cold.baseline, '32 cards, vanilla baseline (to paint)', 'ms'),
      row('ratio', cold.ratio, 'elements / vanilla', '×', { max: 1.2, text: '≤ 1.2×' }),
      row('cpuRatio', cold.cpuRatio, 'main-thread CPU time, elements / vanilla', '×'),
      row('script', cold.script, 'elements, script only', 'ms'),
      row('baselineScript', cold.baselineScript, 'vanilla, script only', 'ms'),
      row('warm.elements', warm.elements, 'second render, elements', 'ms'),
      row('warm.baseline', warm.baseline, 'second render, vanilla', 'ms'),
      row('warm.ratio', warm.ratio, 'second render, elements / vanilla', '×'),
    ],
    sanity,
    warnings: mismatches(sanity),
    profile: profile ? await profileBoth(browser, server) : undefined,
  };
}

/** What differs between the two renderings; the ratio compares like with like only if nothing. */
function mismatches(sanity) {
  if (!sanity) return [];
  const out = [];
  const [elements] = sanity.cards;
  if (sanity.sameText !== elements) {
    out.push(
      `the baseline shows other text than the elements on ${elements - sanity.sameText} ` +
        'of the cards (see sanity.differences in the JSON): update bench/baseline.js',
    );
  }
  for (const key of ['cards', 'images', 'links', 'buttons']) {
    const [a, b] = sanity[key];
    if (a !== b) out.push(`${key}: ${a} in the elements, ${b} in the baseline`);
  }
  const [a, b] = sanity.height;
  if (Math.abs(a - b) > 0.02 * a) out.push(`height: ${a} px (elements), ${b} px (baseline)`);
  return out.map((text) => `listing: ${text}`);
}

function sides() {
  return { elements: [], baseline: [], ratio: [], script: [], baselineScript: [], cpuRatio: [] };
}

async function measure(tab, side) {
  await heapAfterGc(tab.client);
  const { result, cpuMs } = await traced(tab.page, () => callBench(tab.page, side, STEP_MS));
  await callBench(tab.page, 'clear', STEP_MS);
  if (result.cards !== 32) throw new Error(`listing ${side}: ${result.cards} cards, expected 32`);
  return { ...result, cpu: cpuMs };
}

function record(into, { elements, baseline }) {
  into.elements.push(elements.total);
  into.baseline.push(baseline.total);
  into.ratio.push(elements.total / baseline.total);
  into.script.push(elements.script);
  into.baselineScript.push(baseline.script);
  into.cpuRatio.push(elements.cpu / baseline.cpu);
}

// One more cold render of each side, in a fresh page, under the CPU profiler and a trace: where
// the time goes, and how it differs between the two.
async function profileBoth(browser, server) {
  const out = {};
  for (const side of ['elements', 'baseline']) {
    const tab = await openBenchPage(browser, server.origin + PAGE, STEP_MS);
    try {
      out[side] = await profileRun(tab, () => callBench(tab.page, side, STEP_MS));
    } finally {
      await tab.close();
    }
  }
  return out;
}

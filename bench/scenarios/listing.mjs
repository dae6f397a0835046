// Scenario 1: the real 32-card listing, elements against the vanilla baseline, in one page per
// run with the order of the two alternating.
import { evaluate, heapAfterGc, openPage } from '../lib/browser.mjs';
import { profileRun } from '../lib/profile.mjs';
import { metric } from '../lib/stats.mjs';

const STEP_MS = 30_000;

export async function listingScenario({ browser, server, runs, profile, log }) {
  const samples = { cold: sides(), warm: sides() };
  let sanity;

  for (let run = 0; run < runs; run += 1) {
    const order = run % 2 ? ['baseline', 'elements'] : ['elements', 'baseline'];
    const tab = await openReady(browser, server);
    try {
      // First renders in a fresh page (the figure with the target), then second renders, with
      // the library's code compiled and its templates prepared.
      for (const pass of ['cold', 'warm']) {
        const result = {};
        for (const side of order) result[side] = await measure(tab, side);
        record(samples[pass], result);
      }
      if (run === 0) sanity = await evaluate(tab.page, 'listing compare', STEP_MS, () => window.bench.compare());
      if (tab.errors.length) throw new Error(`listing page error: ${tab.errors[0]}`);
      const cold = samples.cold;
      log(`  run ${run + 1}/${runs}: elements ${ms(cold.elements.at(-1))}, baseline ${ms(cold.baseline.at(-1))} (${order[0]} first)`);
    } finally {
      await tab.close();
    }
  }

  const profiled = profile ? await profileListing(browser, server) : undefined;
  const { cold, warm } = samples;
  return {
    metrics: [
      metric({ id: 'listing.elements', label: '32 cards, elements (to paint)', unit: 'ms', values: cold.elements }),
      metric({ id: 'listing.baseline', label: '32 cards, vanilla baseline (to paint)', unit: 'ms', values: cold.baseline }),
      metric({ id: 'listing.ratio', label: 'elements / vanilla', unit: '×', values: cold.ratio, max: 1.2, target: '≤ 1.2×' }),
      metric({ id: 'listing.script', label: 'elements, script only', unit: 'ms', values: cold.script }),
      metric({ id: 'listing.baselineScript', label: 'vanilla, script only', unit: 'ms', values: cold.baselineScript }),
      metric({ id: 'listing.warmElements', label: 'second render, elements', unit: 'ms', values: warm.elements }),
      metric({ id: 'listing.warmBaseline', label: 'second render, vanilla', unit: 'ms', values: warm.baseline }),
      metric({ id: 'listing.warmRatio', label: 'second render, elements / vanilla', unit: '×', values: warm.ratio }),
    ],
    sanity,
    profile: profiled,
  };
}

function sides() {
  return { elements: [], baseline: [], ratio: [], script: [], baselineScript: [] };
}

async function measure(tab, side) {
  await heapAfterGc(tab.client);
  const result = await evaluate(tab.page, `listing ${side}`, STEP_MS, (s) => window.bench[s](), side);
  await evaluate(tab.page, 'listing clear', STEP_MS, () => window.bench.clear());
  if (result.cards !== 32) throw new Error(`listing ${side}: ${result.cards} cards, expected 32`);
  return result;
}

function record(into, result) {
  into.elements.push(result.elements.total);
  into.baseline.push(result.baseline.total);
  into.ratio.push(result.elements.total / result.baseline.total);
  into.script.push(result.elements.script);
  into.baselineScript.push(result.baseline.script);
}

async function openReady(browser, server) {
  const tab = await openPage(browser, `${server.origin}/bench/pages/listing.html`);
  try {
    await tab.goto();
    await tab.page.waitForFunction(() => window.benchReady === true, { timeout: STEP_MS });
    return tab;
  } catch (error) {
    await tab.close();
    throw error;
  }
}

// One more cold render of each side, in a fresh page, under the CPU profiler and a trace: where
// the time goes, and how it differs between the two.
async function profileListing(browser, server) {
  const out = {};
  for (const side of ['elements', 'baseline']) {
    const tab = await openReady(browser, server);
    try {
      out[side] = await profileRun(tab, () =>
        evaluate(tab.page, `listing profile ${side}`, STEP_MS, (s) => window.bench[s](), side),
      );
    } finally {
      await tab.close();
    }
  }
  return out;
}

const ms = (value) => `${value.toFixed(1)} ms`;

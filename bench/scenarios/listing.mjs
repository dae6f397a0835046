// Scenario 1: the real 32-card listing, elements against the vanilla baseline, in one page per
// run with the order of the two alternating.
import { evaluate, heapAfterGc, openPage } from '../lib/browser.mjs';
import { profileRun } from '../lib/profile.mjs';
import { metric } from '../lib/stats.mjs';

const STEP_MS = 30_000;

export async function listingScenario({ browser, server, runs, profile, log }) {
  const samples = { elements: [], baseline: [], ratio: [], script: [], baselineScript: [] };
  let sanity;

  for (let run = 0; run < runs; run += 1) {
    const order = run % 2 ? ['baseline', 'elements'] : ['elements', 'baseline'];
    const tab = await openReady(browser, server);
    try {
      const result = {};
      for (const side of order) {
        await heapAfterGc(tab.client);
        result[side] = await evaluate(tab.page, `listing ${side}`, STEP_MS, (s) => window.bench[s](), side);
        await evaluate(tab.page, 'listing clear', STEP_MS, () => window.bench.clear());
      }
      check(result);
      if (run === 0) sanity = await evaluate(tab.page, 'listing compare', STEP_MS, () => window.bench.compare());
      if (tab.errors.length) throw new Error(`listing page error: ${tab.errors[0]}`);

      samples.elements.push(result.elements.total);
      samples.baseline.push(result.baseline.total);
      samples.ratio.push(result.elements.total / result.baseline.total);
      samples.script.push(result.elements.script);
      samples.baselineScript.push(result.baseline.script);
      log(`  run ${run + 1}/${runs}: elements ${ms(result.elements.total)}, baseline ${ms(result.baseline.total)} (${order[0]} first)`);
    } finally {
      await tab.close();
    }
  }

  const profiled = profile ? await profileListing(browser, server) : undefined;
  return {
    metrics: [
      metric({ id: 'listing.elements', label: '32 cards, elements (to paint)', unit: 'ms', values: samples.elements }),
      metric({ id: 'listing.baseline', label: '32 cards, vanilla baseline (to paint)', unit: 'ms', values: samples.baseline }),
      metric({
        id: 'listing.ratio',
        label: 'elements / vanilla',
        unit: '×',
        values: samples.ratio,
        max: 1.2,
        target: '≤ 1.2×',
      }),
      metric({ id: 'listing.script', label: 'elements, script only', unit: 'ms', values: samples.script }),
      metric({ id: 'listing.baselineScript', label: 'vanilla, script only', unit: 'ms', values: samples.baselineScript }),
    ],
    sanity,
    profile: profiled,
  };
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

function check(result) {
  for (const side of ['elements', 'baseline']) {
    if (result[side].cards !== 32) throw new Error(`listing ${side}: ${result[side].cards} cards, expected 32`);
  }
}

// One more elements render under the CPU profiler and a trace, for "where does the time go".
async function profileListing(browser, server) {
  const tab = await openReady(browser, server);
  try {
    return await profileRun(tab, () =>
      evaluate(tab.page, 'listing profile', STEP_MS, () => window.bench.elements()),
    );
  } finally {
    await tab.close();
  }
}

const ms = (value) => `${value.toFixed(1)} ms`;

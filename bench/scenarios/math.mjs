// Scenario 3: typesetting every formula of the real listing by opening all 32 abstracts,
// against bare katex.render on the same formulas, in one page per run, order alternating.
import { evaluate, heapAfterGc, openPage } from '../lib/browser.mjs';
import { profileRun } from '../lib/profile.mjs';
import { metric } from '../lib/stats.mjs';

const STEP_MS = 60_000;

export async function mathScenario({ browser, server, runs, profile, log }) {
  const samples = { elements: [], bare: [], ratio: [], script: [], bareScript: [] };
  let sanity;

  for (let run = 0; run < runs; run += 1) {
    const order = run % 2 ? ['bare', 'elements'] : ['elements', 'bare'];
    const { tab, warm } = await openWarm(browser, server);
    try {
      const result = {};
      for (const side of order) {
        await heapAfterGc(tab.client);
        result[side] = await evaluate(tab.page, `math ${side}`, STEP_MS, (s) => window.bench[s](), side);
        await evaluate(tab.page, 'math reset', STEP_MS, () => window.bench.closeAll());
      }
      if (tab.errors.length) throw new Error(`math page error: ${tab.errors[0]}`);
      check(result, warm);
      sanity ??= { ...warm, elements: result.elements, bare: result.bare };

      samples.elements.push(result.elements.total);
      samples.bare.push(result.bare.total);
      samples.ratio.push(result.elements.total / result.bare.total);
      samples.script.push(result.elements.script);
      samples.bareScript.push(result.bare.script);
      log(`  run ${run + 1}/${runs}: elements ${result.elements.total.toFixed(1)} ms, bare KaTeX ${result.bare.total.toFixed(1)} ms (${order[0]} first)`);
    } finally {
      await tab.close();
    }
  }

  const profiled = profile ? await profileMath(browser, server) : undefined;
  const formulas = sanity?.formulas ?? 0;
  return {
    metrics: [
      metric({ id: 'math.elements', label: `open 32 abstracts, ${formulas} formulas (to paint)`, unit: 'ms', values: samples.elements }),
      metric({ id: 'math.bare', label: 'bare katex.render, same formulas', unit: 'ms', values: samples.bare }),
      metric({ id: 'math.ratio', label: 'elements / bare KaTeX', unit: '×', values: samples.ratio, max: 1.1, target: '≤ 1.1×' }),
      metric({ id: 'math.script', label: 'elements, script only', unit: 'ms', values: samples.script }),
      metric({ id: 'math.bareScript', label: 'bare KaTeX, script only', unit: 'ms', values: samples.bareScript }),
    ],
    sanity,
    profile: profiled,
  };
}

async function openWarm(browser, server) {
  const tab = await openPage(browser, `${server.origin}/bench/pages/math.html`);
  try {
    await tab.goto();
    await tab.page.waitForFunction(() => window.benchReady === true, { timeout: STEP_MS });
    const warm = await evaluate(tab.page, 'math warm-up', STEP_MS, () => window.bench.warmUp());
    return { tab, warm };
  } catch (error) {
    await tab.close();
    throw error;
  }
}

// Both sides must have typeset every formula, and the elements must have opened every abstract.
function check(result, warm) {
  const { elements, bare } = result;
  if (elements.opened !== 32) throw new Error(`math: ${elements.opened} abstracts opened, expected 32`);
  if (elements.pending) throw new Error(`math: ${elements.pending} formulas still waiting for KaTeX`);
  if (elements.typeset + elements.errors !== warm.formulas) {
    throw new Error(`math: the elements typeset ${elements.typeset} of ${warm.formulas} formulas`);
  }
  if (bare.typeset + bare.errors !== warm.formulas || bare.typeset !== elements.typeset) {
    throw new Error(`math: bare KaTeX typeset ${bare.typeset} of ${warm.formulas}, the elements ${elements.typeset}`);
  }
}

// Each side once more, in its own warmed page, under the CPU profiler and a trace.
async function profileMath(browser, server) {
  const out = {};
  for (const side of ['elements', 'bare']) {
    const { tab } = await openWarm(browser, server);
    try {
      out[side] = await profileRun(tab, () =>
        evaluate(tab.page, `math profile ${side}`, STEP_MS, (s) => window.bench[s](), side),
      );
    } finally {
      await tab.close();
    }
  }
  return out;
}

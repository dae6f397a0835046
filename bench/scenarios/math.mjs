// Scenario 3: typesetting every formula of the real listing by opening all 32 abstracts,
// against bare katex.render on the same formulas, in one page per run, order alternating.
import { assertNoPageErrors, callBench, heapAfterGc, openBenchPage } from '../lib/browser.mjs';
import { profileRun, traced } from '../lib/profile.mjs';
import { metric } from '../lib/stats.mjs';

const STEP_MS = 60_000;
const PAGE = '/bench/pages/math.html';

export async function mathScenario({ browser, server, runs, profile, log }) {
  const samples = { elements: [], bare: [], ratio: [], script: [], bareScript: [], cpuRatio: [] };
  let sanity;

  for (let run = 0; run < runs; run += 1) {
    const order = run % 2 ? ['bare', 'elements'] : ['elements', 'bare'];
    const { tab, warm } = await openWarm(browser, server);
    try {
      const result = {};
      for (const side of order) {
        await heapAfterGc(tab.client);
        const step = await traced(tab.page, () => callBench(tab.page, side, STEP_MS));
        result[side] = { ...step.result, cpu: step.cpuMs };
        await callBench(tab.page, 'closeAll', STEP_MS);
      }
      assertNoPageErrors(tab, 'math');
      check(result, warm);
      sanity ??= { ...warm, elements: result.elements, bare: result.bare };
      record(samples, result);
      log(
        `  run ${run + 1}/${runs}: elements ${result.elements.total.toFixed(1)} ms, ` +
          `bare KaTeX ${result.bare.total.toFixed(1)} ms (${order[0]} first)`,
      );
    } finally {
      await tab.close();
    }
  }

  const formulas = sanity?.formulas ?? 0;
  const row = (key, label, unit, target) =>
    metric(`math.${key}`, label, unit, samples[key], target);
  return {
    metrics: [
      row('elements', `open 32 abstracts, ${formulas} formulas (to paint)`, 'ms'),
      row('bare', 'bare katex.render, same formulas', 'ms'),
      row('ratio', 'elements / bare KaTeX', '×', { max: 1.1, text: '≤ 1.1×' }),
      row('cpuRatio', 'main-thread CPU time, elements / bare', '×'),
      row('script', 'elements, script only', 'ms'),
      row('bareScript', 'bare KaTeX, script only', 'ms'),
    ],
    sanity,
    profile: profile ? await profileBoth(browser, server) : undefined,
  };
}

function record(samples, { elements, bare }) {
  samples.elements.push(elements.total);
  samples.bare.push(bare.total);
  samples.ratio.push(elements.total / bare.total);
  samples.script.push(elements.script);
  samples.bareScript.push(bare.script);
  samples.cpuRatio.push(elements.cpu / bare.cpu);
}

async function openWarm(browser, server) {
  const tab = await openBenchPage(browser, server.origin + PAGE, STEP_MS);
  try {
    return { tab, warm: await callBench(tab.page, 'warmUp', STEP_MS) };
  } catch (error) {
    await tab.close();
    throw error;
  }
}

// Both sides must have typeset the same formulas, and the elements must have opened every
// abstract, or the ratio compares different work.
function check({ elements, bare }, warm) {
  const fail = (why) => {
    throw new Error(`math: ${why}`);
  };
  if (elements.opened !== 32) fail(`${elements.opened} abstracts opened, expected 32`);
  if (elements.pending) fail(`${elements.pending} formulas still waiting for KaTeX`);
  if (elements.typeset + elements.errors !== warm.formulas) {
    fail(`the elements typeset ${elements.typeset} of ${warm.formulas} formulas`);
  }
  if (bare.typeset !== elements.typeset || bare.errors !== elements.errors) {
    fail(`bare KaTeX typeset ${bare.typeset}, the elements ${elements.typeset}`);
  }
}

// Each side once more, in its own warmed page, under the CPU profiler and a trace.
async function profileBoth(browser, server) {
  const out = {};
  for (const side of ['elements', 'bare']) {
    const { tab } = await openWarm(browser, server);
    try {
      out[side] = await profileRun(tab, () => callBench(tab.page, side, STEP_MS));
    } finally {
      await tab.close();
    }
  }
  return out;
}

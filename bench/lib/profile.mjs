// "Where does the time go": one more run of a timed step, kept out of the table, under the V8
// sampling profiler and a Chromium trace, both cut to the step (between the page's marks). The
// profile is mapped through the bundle's source maps to the library's own files and functions;
// the trace splits the main thread's time into scripting, style, layout, paint and GC. Also the
// light trace every timed step runs under, for its longest task and its CPU time.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseSourceMap } from './sourcemap.mjs';

const TRACE_CATEGORIES = ['devtools.timeline', 'toplevel', 'v8.execute', 'v8', 'blink.user_timing'];
/** The `performance.mark` each timed step sets first (see pages/harness.js). */
const BENCH_MARK = 'pith-bench';

let distRoot;
/** Where the bundle's files and maps are; set once by the runner. */
export function setDistRoot(root) {
  distRoot = root;
}

/**
 * Runs `action` under the CPU profiler (100 µs sampling) and a trace, and summarises both.
 * @param {{ page: import('puppeteer-core').Page, client: import('puppeteer-core').CDPSession }} tab
 * @param {() => Promise<unknown>} action
 */
export async function profileRun(tab, action) {
  const { page, client } = tab;
  await client.send('Profiler.enable');
  await client.send('Profiler.setSamplingInterval', { interval: 100 });
  // The profiler first: starting it takes a while, and that should stay out of the trace.
  await client.send('Profiler.start');
  await page.tracing.start({ categories: TRACE_CATEGORIES });
  let result;
  let profile;
  let trace;
  try {
    result = await action();
  } finally {
    trace = JSON.parse(Buffer.from(await page.tracing.stop()).toString('utf8'));
    profile = (await client.send('Profiler.stop')).profile;
  }
  const window = markWindow(trace.traceEvents);
  return {
    result,
    ...summariseProfile(profile, window),
    mainThread: mainThreadBreakdown(trace.traceEvents),
  };
}

// ---------------------------------------------------------------------------------------------
// CPU profile

const maps = new Map();

function mapFor(url) {
  const match = /\/dist\/(.+\.js)$/.exec(url);
  if (!match || !distRoot) return undefined;
  if (!maps.has(match[1])) {
    try {
      const raw = JSON.parse(readFileSync(join(distRoot, `${match[1]}.map`), 'utf8'));
      maps.set(match[1], parseSourceMap(raw));
    } catch {
      maps.set(match[1], undefined);
    }
  }
  return maps.get(match[1]);
}

/** A readable place for a profile node: `file:line name`, mapped when it comes from dist/. */
function place(callFrame) {
  const { functionName, url, lineNumber, columnNumber } = callFrame;
  if (!url) return { file: functionName || '(native)', key: functionName || '(native)' };
  const original = mapFor(url)?.lookup(lineNumber, columnNumber);
  if (original) {
    const file = original.source.replace(/^(\.\.\/)+/, '').replace(/^node_modules\//, '');
    const name = original.name || functionName || '(anonymous)';
    return { file, key: `${name} (${file}:${original.line})` };
  }
  const file = new URL(url).pathname;
  return { file, key: `${functionName || '(anonymous)'} (${file}:${lineNumber + 1})` };
}

/** The trace timestamps (µs) of the step's start and end marks, when both were traced. */
function markWindow(events) {
  const at = (name) => events.find((event) => event.name === name)?.ts;
  const from = at(BENCH_MARK);
  const to = at(`${BENCH_MARK}-end`);
  return from !== undefined && to !== undefined ? { from, to } : undefined;
}

/**
 * Self and inclusive time per function, and self time per file, in ms; only the samples taken
 * inside `window` (trace clock, µs) when one is given.
 */
export function summariseProfile(profile, window) {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map();
  for (const node of profile.nodes) {
    for (const child of node.children ?? []) parent.set(child, node.id);
  }
  const places = new Map(profile.nodes.map((node) => [node.id, place(node.callFrame)]));

  const self = new Map();
  const inclusive = new Map();
  const files = new Map();
  const add = (map, key, value) => map.set(key, (map.get(key) ?? 0) + value);
  let total = 0;

  let at = profile.startTime;
  profile.samples.forEach((id, i) => {
    at += profile.timeDeltas[i];
    if (window && (at < window.from || at > window.to)) return;
    // A sample lasts until the next one is taken.
    const ms = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    const where = places.get(id);
    if (where.key === '(idle)') return;
    total += ms;
    add(self, where.key, ms);
    add(files, where.file, ms);
    const seen = new Set();
    for (let node = id; node !== undefined; node = parent.get(node)) {
      const key = places.get(node).key;
      if (seen.has(key) || byId.get(node).callFrame.functionName === '(root)') continue;
      seen.add(key);
      add(inclusive, key, ms);
    }
  });

  const top = (map, n) =>
    [...map]
      .sort((a, b) => b[1] - a[1])
      .slice(0, n)
      .map(([name, ms]) => ({ name, ms: round(ms) }));
  const program = self.get('(program)') ?? 0;
  const gc = self.get('(garbage collector)') ?? 0;
  return {
    // JavaScript (DOM calls made from it included), garbage collection, and the rest of the
    // main thread's work (style, layout, paint, task overhead), which the profiler cannot name.
    split: { js: round(total - program - gc), gc: round(gc), native: round(program) },
    selfTop: top(self, 20),
    inclusiveTop: top(inclusive, 25),
    files: top(files, 15),
  };
}

// ---------------------------------------------------------------------------------------------
// Trace

const KINDS = [
  ['gc', /GC|Sweep|Mark|Scaveng|Compact|cppgc|BlinkGC/i],
  ['style', /^(UpdateLayoutTree|RecalculateStyles|ParseAuthorStyleSheet|InvalidateStyle)/],
  ['layout', /^(Layout|UpdateLayout)$/],
  ['paint', /^(Paint|PrePaint|Layerize|Commit|UpdateLayer|PaintImage|Decode|Raster|Composite)/],
  ['script', /^(FunctionCall|EvaluateScript|v8\.|V8\.|RunMicrotasks|EventDispatch)/],
  ['script', /^(TimerFire|FireAnimationFrame|CompileScript|CompileCode|ParseHTML)/],
];

/**
 * Self time of each event on the page's main thread (between the step's marks unless
 * `windowed` is false), grouped into scripting, style, layout, paint and GC; what is left is
 * task overhead and work the trace does not name.
 */
export function mainThreadBreakdown(events, windowed = true) {
  const busiest = pageThread(events, windowed);

  const selfByName = selfTimes(busiest);
  const kinds = { script: 0, style: 0, layout: 0, paint: 0, gc: 0, other: 0 };
  for (const [name, ms] of selfByName) {
    const kind = KINDS.find(([, pattern]) => pattern.test(name))?.[0] ?? 'other';
    kinds[kind] += ms;
  }
  const longestTask = Math.max(0, ...busiest.filter(isTask).map((event) => event.dur / 1000));
  return {
    kinds: Object.fromEntries(Object.entries(kinds).map(([kind, ms]) => [kind, round(ms)])),
    longestTaskMs: round(longestTask),
    topEvents: [...selfByName]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 12)
      .map(([name, ms]) => ({ name, ms: round(ms) })),
  };
}

/** Top-level tasks of a thread, whatever this Chromium calls them. */
export function isTask(event) {
  return event.name === 'RunTask' || event.name === 'ThreadControllerImpl::RunTask';
}

function busy(list) {
  return list.filter(isTask).reduce((sum, event) => sum + event.dur, 0);
}

/**
 * The complete events of the bench page's main thread. Other renderers (other tabs, spare
 * processes) trace too, so the thread is the one holding the page's `pith-bench` mark; the
 * busiest renderer main thread when no mark was traced.
 */
function pageThread(events, windowed) {
  const mainThreads = new Set();
  let marked;
  let from = -Infinity;
  let to = Infinity;
  for (const event of events) {
    const key = `${event.pid}:${event.tid}`;
    if (event.ph === 'M' && event.name === 'thread_name' && event.args?.name === 'CrRendererMain') {
      mainThreads.add(key);
    }
    if (event.name === BENCH_MARK) {
      marked = key;
      if (windowed) from = event.ts;
    }
    if (event.name === `${BENCH_MARK}-end` && windowed) to = event.ts;
  }
  const byThread = new Map();
  for (const event of completeEvents(events)) {
    const key = `${event.pid}:${event.tid}`;
    if (marked ? key !== marked : !mainThreads.has(key)) continue;
    // Only what ran between the step's marks, when asked: not the set-up around it.
    const start = Math.max(event.ts, from);
    const end = Math.min(event.ts + event.dur, to);
    if (end <= start) continue;
    if (!byThread.has(key)) byThread.set(key, []);
    byThread.get(key).push({ ...event, ts: start, dur: end - start });
  }
  return [...byThread.values()].sort((a, b) => busy(b) - busy(a))[0] ?? [];
}

/** Complete ('X') events, with begin/end pairs joined into them. */
export function completeEvents(events) {
  const out = [];
  const open = new Map();
  for (const event of events) {
    if (event.ph === 'X' && typeof event.dur === 'number') out.push(event);
    else if (event.ph === 'B') {
      const key = `${event.pid}:${event.tid}`;
      if (!open.has(key)) open.set(key, []);
      open.get(key).push(event);
    } else if (event.ph === 'E') {
      const begin = open.get(`${event.pid}:${event.tid}`)?.pop();
      if (begin) out.push({ ...begin, ph: 'X', dur: event.ts - begin.ts });
    }
  }
  return out;
}

// Self time (ms) by event name on one thread, nesting read from the timestamps.
function selfTimes(list) {
  const sorted = [...list].sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  const self = new Map();
  const stack = [];
  const finish = (frame) => {
    const ms = Math.max(0, frame.dur - frame.children) / 1000;
    self.set(frame.name, (self.get(frame.name) ?? 0) + ms);
  };
  for (const event of sorted) {
    while (stack.length && stack.at(-1).end <= event.ts) finish(stack.pop());
    const frame = { name: event.name, dur: event.dur, end: event.ts + event.dur, children: 0 };
    const parent = stack.at(-1);
    if (parent) parent.children += Math.min(event.dur, parent.end - event.ts);
    stack.push(frame);
  }
  while (stack.length) finish(stack.pop());
  return self;
}

const round = (value) => Math.round(value * 10) / 10;

/**
 * Runs `action` under a light trace ('toplevel' tasks and the page's marks) and returns its
 * result with two figures from the page's main thread:
 * - `longestTaskMs`: the longest task during the whole trace, however short;
 * - `cpuMs`: CPU time (thread time) of the tasks between the step's marks. Unlike the wall-clock
 *   figures, it hardly moves when other processes compete for the cores.
 */
export async function traced(page, action) {
  await page.tracing.start({ categories: ['toplevel', 'blink.user_timing'] });
  let result;
  let trace;
  try {
    result = await action();
  } finally {
    trace = JSON.parse(Buffer.from(await page.tracing.stop()).toString('utf8'));
  }
  const events = trace.traceEvents;
  const tasks = pageThread(events, false).filter(isTask);
  const window = markWindow(events);
  const within = (task) => task.ts + task.dur >= window.from && task.ts <= window.to;
  const inWindow = window ? tasks.filter(within) : [];
  // Thread time is missing on a few events; their wall time stands in for it.
  const cpu = inWindow.reduce((sum, task) => sum + (task.tdur ?? task.dur), 0);
  return {
    result,
    longestTaskMs: round(Math.max(0, ...tasks.map((task) => task.dur / 1000))),
    cpuMs: window ? round(cpu / 1000) : NaN,
  };
}

// The results table printed on stdout, and the machine it ran on.
import { cpus, loadavg, release, totalmem } from 'node:os';

/** CPU, cores, memory, OS, Node; the browser is added once it is running. */
export function machine() {
  const cpu = cpus();
  return {
    cpu: cpu[0]?.model?.trim() ?? 'unknown',
    cores: cpu.length,
    memoryGiB: Math.round((totalmem() / 1024 ** 3) * 10) / 10,
    os: `${process.platform} ${release()}`,
    node: process.version,
    loadAtStart: load(),
  };
}

/** The 1-minute load average: above the core count, other processes compete for the CPU. */
export function load() {
  return Math.round(loadavg()[0] * 100) / 100;
}

const DIGITS = { ms: 1, '×': 2, KB: 1, MB: 1, '': 0 };

function format(value, unit, id) {
  if (!Number.isFinite(value)) return 'n/a';
  const digits = id.startsWith('cls') ? 4 : (DIGITS[unit] ?? 1);
  const number = value.toFixed(digits);
  if (unit === '×') return `${number}×`;
  return unit ? `${number} ${unit}` : number;
}

/**
 * The table: one section per scenario, each figure with its median, range over the runs, and
 * its target with a pass or miss mark.
 * @param {{ title: string, metrics: ReturnType<import('./stats.mjs').metric>[] }[]} sections
 */
export function table(sections) {
  const rows = [['', 'median', 'min–max', 'target', '']];
  for (const { title, metrics } of sections) {
    rows.push([title, '', '', '', '']);
    for (const m of metrics) {
      const show = (value) => format(value, m.unit, m.id);
      const range = m.values.length > 1 ? `${show(m.min)} – ${show(m.max)}` : '';
      const mark = m.pass === undefined ? '' : m.pass ? 'pass' : 'MISS';
      rows.push([`  ${m.label}`, format(m.median, m.unit, m.id), range, m.target ?? '', mark]);
    }
  }
  const widths = rows[0].map((_, i) => Math.max(...rows.map((row) => row[i].length)));
  return rows
    .map((row) => row.map((cell, i) => (i ? cell.padStart(widths[i]) : cell.padEnd(widths[i]))))
    .map((cells) => cells.join('  ').trimEnd())
    .join('\n');
}

/**
 * With --profile: for each profiled scenario and side, the main thread's time by kind (from the
 * trace) and the functions with the most self time (from the CPU profile, source-mapped).
 * Profiling slows JavaScript down, so these are proportions, not the table's figures.
 */
export function profileSummary(results) {
  const lines = [];
  for (const [id, result] of Object.entries(results)) {
    if (!result.profile) continue;
    for (const [side, run] of Object.entries(result.profile)) {
      const k = run.mainThread.kinds;
      lines.push(
        `${id}, ${side}: ${run.result.total.toFixed(1)} ms to paint under the profiler; ` +
          `main thread: script ${k.script}, style ${k.style}, layout ${k.layout}, ` +
          `paint ${k.paint}, GC ${k.gc}, other ${k.other} ms`,
      );
      const named = run.selfTop.filter((entry) => !entry.name.startsWith('('));
      for (const entry of named.slice(0, 6)) {
        lines.push(`    ${entry.ms.toFixed(1).padStart(6)} ms  ${entry.name}`);
      }
    }
  }
  return lines.join('\n');
}

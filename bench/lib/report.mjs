// The results table printed on stdout, and the machine it ran on.
import { cpus, totalmem, release } from 'node:os';

/** CPU, cores, memory, OS, Node; the browser is added once it is running. */
export function machine() {
  const cpu = cpus();
  return {
    cpu: cpu[0]?.model?.trim() ?? 'unknown',
    cores: cpu.length,
    memoryGiB: Math.round((totalmem() / 1024 ** 3) * 10) / 10,
    os: `${process.platform} ${release()}`,
    node: process.version,
  };
}

const DIGITS = { ms: 1, '×': 2, KB: 1, MB: 1, '': 0 };

function format(value, unit, id) {
  if (!Number.isFinite(value)) return 'n/a';
  const digits = id === 'cls' ? 4 : DIGITS[unit] ?? 1;
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
      const range = m.values.length > 1 ? `${format(m.min, m.unit, m.id)} – ${format(m.max, m.unit, m.id)}` : '';
      const mark = m.pass === undefined ? '' : m.pass ? 'pass' : 'MISS';
      rows.push([`  ${m.label}`, format(m.median, m.unit, m.id), range, m.target ?? '', mark]);
    }
  }
  const widths = rows[0].map((_, i) => Math.max(...rows.map((row) => row[i].length)));
  return rows
    .map((row) => row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join('  '))
    .join('\n');
}

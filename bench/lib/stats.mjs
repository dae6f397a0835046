// Summaries of repeated measurements, and the metric records the report prints.

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/**
 * One reported figure: every run's value, its median, min and max, and how it compares with
 * its target (`max`: the median must not exceed it). Without a target, it is context only.
 * @param {{ id: string, label: string, unit: string, values: number[], max?: number,
 *   target?: string, note?: string }} spec
 */
export function metric({ id, label, unit, values, max, target, note }) {
  const finite = values.filter((value) => Number.isFinite(value));
  const summary = finite.length
    ? { median: median(finite), min: Math.min(...finite), max: Math.max(...finite) }
    : { median: NaN, min: NaN, max: NaN };
  const pass = max === undefined ? undefined : summary.median <= max;
  return { id, label, unit, values, ...summary, target, limit: max, pass, note };
}

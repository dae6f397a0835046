// Summaries of repeated measurements, and the metric records the report prints.

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/**
 * One reported figure: every run's value, their median, min and max, and, when it has a
 * target, whether the median meets it (is at most `target.max`). Without a target the figure
 * is there for context.
 * @param {string} id stable key in the JSON
 * @param {string} label what the table calls it
 * @param {string} unit 'ms', '×', 'KB', 'MB' or ''
 * @param {number[]} values one per run
 * @param {{ max: number, text: string }} [target]
 */
export function metric(id, label, unit, values, target) {
  const finite = values.filter((value) => Number.isFinite(value));
  const summary = finite.length
    ? { median: median(finite), min: Math.min(...finite), max: Math.max(...finite) }
    : { median: NaN, min: NaN, max: NaN };
  const pass = target === undefined ? undefined : summary.median <= target.max;
  return { id, label, unit, values, ...summary, target: target?.text, limit: target?.max, pass };
}

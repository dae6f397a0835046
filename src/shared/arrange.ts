import type { Paper } from '../contract/types.js';

/** How a feed orders its papers: as the endpoint sent them, best first, or newest first. */
export type SortOrder = 'source' | 'score' | 'date';

export interface Arrangement {
  /** Keep only these ids, in the listing's order. */
  ids?: ReadonlySet<string>;
  /** Keep only papers scored at least this. Papers without a score are dropped. */
  minScore?: number;
  sort?: SortOrder;
}

/** Filters and orders papers for display. Returns the same array when nothing applies. */
export function arrange(
  items: readonly Paper[],
  { ids, minScore, sort = 'source' }: Arrangement,
): readonly Paper[] {
  let result = items;
  if (ids) result = result.filter((paper) => ids.has(paper.id));
  if (minScore !== undefined) {
    result = result.filter((paper) => (paper.score ?? -Infinity) >= minScore);
  }
  if (sort === 'score') result = [...result].sort((a, b) => byScore(a, b) || byDate(a, b));
  if (sort === 'date') result = [...result].sort((a, b) => byDate(a, b) || byScore(a, b));
  return result;
}

// Both put missing values last; Array.prototype.sort is stable, so ties keep
// the endpoint's order.
const byScore = (a: Paper, b: Paper) => (b.score ?? -Infinity) - (a.score ?? -Infinity);
const byDate = (a: Paper, b: Paper) => (b.date ?? '').localeCompare(a.date ?? '');

/** Splits a list attribute (`"a b"`, `"a, b"`) into a set; undefined when empty. */
export function idSet(value: string | undefined): ReadonlySet<string> | undefined {
  const ids = (value ?? '').split(/[\s,]+/).filter(Boolean);
  return ids.length ? new Set(ids) : undefined;
}

/** Groups papers by the year of their date, keeping order; undated papers go under ''. */
export function groupByYear(items: readonly Paper[]): Array<{ year: string; items: Paper[] }> {
  const groups: Array<{ year: string; items: Paper[] }> = [];
  for (const paper of items) {
    const year = paper.date?.slice(0, 4) ?? '';
    const last = groups[groups.length - 1];
    if (last?.year === year) last.items.push(paper);
    else groups.push({ year, items: [paper] });
  }
  return groups;
}

/** One card's worth of papers: a paper and its further readings (same title, same authors). */
export interface ReadingGroup {
  paper: Paper;
  readings: Paper[];
}

/**
 * Puts several readings of one paper (same title and same authors, other headlines) together,
 * at the place of the first one. Titles are compared ignoring case and spacing.
 */
export function groupReadings(items: readonly Paper[]): ReadingGroup[] {
  const groups: ReadingGroup[] = [];
  const byKey = new Map<string, ReadingGroup>();
  for (const paper of items) {
    const key = readingKey(paper);
    const group = byKey.get(key);
    if (group) {
      group.readings.push(paper);
      continue;
    }
    const created = { paper, readings: [] };
    byKey.set(key, created);
    groups.push(created);
  }
  return groups;
}

function readingKey(paper: Paper): string {
  const tidy = (text: string) => text.normalize('NFC').replace(/\s+/g, ' ').trim();
  const authors = paper.authors.map(tidy).join('\u0001');
  return `${tidy(paper.title).toLowerCase()}\u0000${authors}\u0000${paper.authorsTotal ?? ''}`;
}

// Validation of one paper. A field of the wrong type makes the whole paper
// invalid (`Invalid` is thrown); an unusable URL only costs the figure or link
// that holds it, so one bad image does not hide a paper.
import type { Counter, Figure, Paper, PaperLinks } from './types.js';
import { CONTRACT_LIMITS as LIMITS } from './limits.js';
import {
  Invalid,
  anyText,
  field,
  identifier,
  isCount,
  optionalCount,
  optionalDate,
  optionalNumber,
  optionalPositive,
  optionalText,
  requiredObject,
  requiredText,
  textList,
  UNSAFE_URL,
  url,
  warn,
  type JsonObject,
  type ReadContext,
} from './read.js';

/** Reads one paper at `path`; throws `Invalid` when it breaks the contract. */
export function readPaper(raw: unknown, path: string, ctx: ReadContext): Paper {
  const obj = requiredObject(raw, path);
  const at = (key: string) => `${path}.${key}`;

  const text = (key: string, cap: number) => optionalText(field(obj, key), at(key), cap, ctx);

  const paper: Paper = {
    id: identifier(field(obj, 'id'), at('id'), LIMITS.id),
    title: requiredText(field(obj, 'title'), at('title'), LIMITS.title, ctx),
    authors: [],
  };
  readAuthors(obj, paper, path, ctx);

  assign(paper, 'headline', text('headline', LIMITS.line));
  assign(paper, 'takeaway', text('takeaway', LIMITS.line));
  assign(paper, 'primaryCategory', text('primaryCategory', LIMITS.name));
  assign(paper, 'categories', categories(obj, path, ctx));
  assign(paper, 'date', optionalDate(field(obj, 'date'), at('date')));
  assign(paper, 'theorems', optionalCount(field(obj, 'theorems'), at('theorems')));
  assign(paper, 'badge', text('badge', LIMITS.name));
  assign(paper, 'score', optionalNumber(field(obj, 'score'), at('score')));
  assign(paper, 'counters', counters(field(obj, 'counters'), at('counters'), ctx));
  assign(paper, 'figure', figure(field(obj, 'figure'), at('figure'), ctx));
  assign(paper, 'abstract', text('abstract', LIMITS.abstract));
  assign(paper, 'links', links(field(obj, 'links'), at('links'), ctx));
  assign(paper, 'arxivId', arxivId(field(obj, 'arxivId'), at('arxivId')));
  assign(paper, 'doi', text('doi', LIMITS.name));
  assign(paper, 'journalRef', text('journalRef', LIMITS.line));
  return paper;
}

// Leaves absent fields out of the object instead of setting them to undefined,
// so a validated paper has exactly the keys it was sent with.
function assign<K extends keyof Paper>(paper: Paper, key: K, value: Paper[K] | undefined): void {
  if (value !== undefined) paper[key] = value;
}

function readAuthors(obj: JsonObject, paper: Paper, path: string, ctx: ReadContext): void {
  const raw = field(obj, 'authors');
  const limits = { count: LIMITS.authors, length: LIMITS.name };
  paper.authors = textList(raw, `${path}.authors`, limits, ctx);

  const sent = (raw as unknown[]).length;
  const total = field(obj, 'authorsTotal');
  if (total === undefined) {
    // Keep "+N more" right when the list was cut to its cap.
    if (sent > paper.authors.length) paper.authorsTotal = sent;
    return;
  }
  if (!isCount(total) || total < sent) {
    throw new Invalid(`${path}.authorsTotal`, 'expected an integer no smaller than authors.length');
  }
  paper.authorsTotal = total;
}

function categories(obj: JsonObject, path: string, ctx: ReadContext): string[] | undefined {
  const raw = field(obj, 'categories');
  if (raw === undefined) return undefined;
  const limits = { count: LIMITS.categories, length: LIMITS.name };
  return textList(raw, `${path}.categories`, limits, ctx);
}

function counters(raw: unknown, path: string, ctx: ReadContext): Counter[] | undefined {
  if (raw === undefined) return undefined;
  if (!Array.isArray(raw)) throw new Invalid(path, 'expected an array');
  if (raw.length > LIMITS.counters) {
    warn(ctx, path, `${raw.length} entries, kept the first ${LIMITS.counters}`);
  }
  return raw.slice(0, LIMITS.counters).map((entry, i) => counter(entry, `${path}[${i}]`, ctx));
}

function counter(raw: unknown, path: string, ctx: ReadContext): Counter {
  const obj = requiredObject(raw, path);
  const value = field(obj, 'value');
  if (!isCount(value)) throw new Invalid(`${path}.value`, 'expected a non-negative integer');

  const label = optionalText(field(obj, 'label'), `${path}.label`, LIMITS.name, ctx);
  return label === undefined ? { value } : { value, label };
}

function figure(raw: unknown, path: string, ctx: ReadContext): Figure | undefined {
  if (raw === undefined) return undefined;
  const obj = requiredObject(raw, path);
  const alt = anyText(field(obj, 'alt'), `${path}.alt`, LIMITS.line, ctx);
  const width = optionalPositive(field(obj, 'width'), `${path}.width`);
  const height = optionalPositive(field(obj, 'height'), `${path}.height`);

  const thumbnail = url(field(obj, 'thumbnail'), ctx);
  const full = url(field(obj, 'full'), ctx);
  if (thumbnail === undefined || full === undefined) {
    const which = thumbnail === undefined ? 'thumbnail' : 'full';
    warn(ctx, `${path}.${which}`, `${UNSAFE_URL}; figure dropped`);
    return undefined;
  }

  const result: Figure = { thumbnail, full, alt };
  if (width !== undefined) result.width = width;
  if (height !== undefined) result.height = height;
  return result;
}

const LINK_KEYS = ['page', 'abs', 'pdf'] as const;

function links(raw: unknown, path: string, ctx: ReadContext): PaperLinks | undefined {
  if (raw === undefined) return undefined;
  const obj = requiredObject(raw, path);
  const result: PaperLinks = {};
  for (const key of LINK_KEYS) {
    const value = field(obj, key);
    if (value === undefined) continue;

    const safe = url(value, ctx);
    if (safe === undefined) warn(ctx, `${path}.${key}`, `${UNSAFE_URL}; link dropped`);
    else result[key] = safe;
  }
  return Object.keys(result).length > 0 ? result : undefined;
}

function arxivId(raw: unknown, path: string): string | undefined {
  return raw === undefined ? undefined : identifier(raw, path, LIMITS.id);
}

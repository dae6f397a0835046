/**
 * Turns a parsed JSON reply (`unknown`) into a typed, sanitised contract value.
 *
 * - A wrong top level (not an object, another version, wrong `kind`, no
 *   `items` array, an invalid `paper`) throws a `PithError` of kind `version`
 *   or `contract` whose `details.field` is the JSON path at fault.
 * - In a listing, an item that breaks the contract is skipped and named in
 *   `skipped`; duplicate ids keep the first item. The good items are kept.
 * - Unknown fields are dropped. URLs are kept only when http(s) or relative;
 *   an unusable URL drops the figure or link holding it, not the paper.
 * - Text over its cap (see `CONTRACT_LIMITS`) is cut, items past the page cap
 *   are ignored, and unusable optional top-level fields are left out; each
 *   such repair is listed in `warnings`.
 */
import { PithError, type ContractWarning, type SkippedItem } from '../client/types.js';
import {
  CONTRACT_VERSION,
  type Category,
  type ListingLink,
  type ListingReply,
  type Paper,
  type PaperReply,
} from './types.js';
import { CONTRACT_LIMITS as LIMITS } from './limits.js';
import { readPaper } from './paper.js';
import {
  Invalid,
  UNSAFE_URL,
  field,
  identifier,
  isCount,
  isObject,
  optionalText,
  requiredText,
  url,
  warn,
  type JsonObject,
  type ReadContext,
} from './read.js';

export type { ContractWarning, SkippedItem };
export { CONTRACT_LIMITS } from './limits.js';
export { safeUrl } from './safe-url.js';

/** Options shared by both validators. */
export interface ValidateOptions {
  /** The reply's URL; relative URLs in the reply (`next`, figures, links) resolve against it. */
  baseUrl?: string;
  /** Receives each repair made while validating (text cut, URL dropped, …). */
  onWarning?: (warning: ContractWarning) => void;
}

/** A validated value with what was skipped and what was repaired. */
export interface Validated<T> {
  value: T;
  skipped: SkippedItem[];
  warnings: ContractWarning[];
}

/** Validates one listing page; throws `PithError` (`version`/`contract`) on a wrong top level. */
export function validateListing(
  raw: unknown,
  options: ValidateOptions = {},
): Validated<ListingReply> {
  const ctx = context(options);
  const top = topLevel(raw, 'listing');
  const rawItems = field(top, 'items');
  if (!Array.isArray(rawItems)) throw contractError('items', 'expected an array');

  const { items, skipped } = readItems(rawItems, ctx);
  const value: ListingReply = { version: CONTRACT_VERSION, kind: 'listing', items };
  readListingExtras(top, value, ctx);
  report(ctx, options);
  return { value, skipped, warnings: ctx.warnings };
}

/** Validates a single-paper reply; throws `PithError` if the reply or its paper is invalid. */
export function validatePaperReply(raw: unknown, options: ValidateOptions = {}): PaperReply {
  const ctx = context(options);
  const top = topLevel(raw, 'paper');
  let paper: Paper;
  try {
    paper = readPaper(field(top, 'paper'), 'paper', ctx);
  } catch (error) {
    if (error instanceof Invalid) throw contractError(error.path, error.expected);
    throw error;
  }
  report(ctx, options);
  return { version: CONTRACT_VERSION, kind: 'paper', paper };
}

function context(options: ValidateOptions): ReadContext {
  const ctx: ReadContext = { warnings: [] };
  if (options.baseUrl !== undefined) ctx.baseUrl = options.baseUrl;
  return ctx;
}

function report(ctx: ReadContext, options: ValidateOptions): void {
  if (options.onWarning) ctx.warnings.forEach(options.onWarning);
}

function topLevel(raw: unknown, kind: 'listing' | 'paper'): JsonObject {
  if (!isObject(raw)) throw contractError('', 'expected a JSON object at the top level');

  const version = field(raw, 'version');
  if (typeof version !== 'number') throw contractError('version', 'expected a number');
  if (version !== CONTRACT_VERSION) {
    throw new PithError(
      'version',
      `The reply uses contract version ${version}; this library reads version ${CONTRACT_VERSION}`,
      { field: 'version' },
    );
  }
  if (field(raw, 'kind') !== kind) throw contractError('kind', `expected "${kind}"`);
  return raw;
}

function contractError(path: string, expected: string): PithError {
  const where = path === '' ? 'the reply' : path;
  return new PithError('contract', `The reply breaks the contract at ${where}: ${expected}`, {
    field: path,
  });
}

function readItems(rawItems: unknown[], ctx: ReadContext) {
  if (rawItems.length > LIMITS.items) {
    warn(ctx, 'items', `${rawItems.length} items, read only the first ${LIMITS.items}`);
  }
  const items: Paper[] = [];
  const skipped: SkippedItem[] = [];
  const firstIndexOfId = new Map<string, number>();

  const count = Math.min(rawItems.length, LIMITS.items);
  for (let index = 0; index < count; index += 1) {
    const raw = rawItems[index];
    const path = `items[${index}]`;
    const paper = readItem(raw, path, index, ctx, skipped);
    if (!paper) continue;

    const first = firstIndexOfId.get(paper.id);
    if (first !== undefined) {
      skipped.push({ index, id: paper.id, reason: `${path}.id: duplicate of items[${first}]` });
      continue;
    }
    firstIndexOfId.set(paper.id, index);
    items.push(paper);
  }
  return { items, skipped };
}

function readItem(
  raw: unknown,
  path: string,
  index: number,
  ctx: ReadContext,
  skipped: SkippedItem[],
): Paper | undefined {
  // Warnings from an item that is then skipped would describe nothing shown.
  const before = ctx.warnings.length;
  try {
    return readPaper(raw, path, ctx);
  } catch (error) {
    if (!(error instanceof Invalid)) throw error;
    ctx.warnings.length = before;
    const entry: SkippedItem = { index, reason: error.message };
    const id = isObject(raw) ? field(raw, 'id') : undefined;
    if (typeof id === 'string') entry.id = id.slice(0, LIMITS.id);
    skipped.push(entry);
    return undefined;
  }
}

// Optional top-level fields cannot cost an item, so an unusable one is left
// out with a warning rather than failing the whole page.
function readListingExtras(top: JsonObject, value: ListingReply, ctx: ReadContext): void {
  const category = optional(ctx, () => readCategory(field(top, 'category'), ctx));
  if (category) value.category = category;

  const next = field(top, 'next');
  if (next !== undefined) {
    const safe = url(next, ctx);
    if (safe === undefined) warn(ctx, 'next', `${UNSAFE_URL}; left out`);
    else value.next = safe;
  }

  const total = field(top, 'total');
  if (total !== undefined) {
    if (isCount(total)) value.total = total;
    else warn(ctx, 'total', 'expected a non-negative integer; left out');
  }

  const links = readListingLinks(field(top, 'links'), ctx);
  if (links) value.links = links;
}

function optional<T>(ctx: ReadContext, read: () => T): T | undefined {
  try {
    return read();
  } catch (error) {
    if (!(error instanceof Invalid)) throw error;
    warn(ctx, error.path, `${error.expected}; left out`);
    return undefined;
  }
}

function readCategory(raw: unknown, ctx: ReadContext): Category | undefined {
  if (raw === undefined) return undefined;
  if (!isObject(raw)) throw new Invalid('category', 'expected an object');

  const category: Category = {
    id: identifier(field(raw, 'id'), 'category.id', LIMITS.id),
    name: requiredText(field(raw, 'name'), 'category.name', LIMITS.name, ctx),
  };
  const description = field(raw, 'description');
  const text = optionalText(description, 'category.description', LIMITS.description, ctx);
  if (text !== undefined) category.description = text;
  return category;
}

function readListingLinks(raw: unknown, ctx: ReadContext): ListingLink[] | undefined {
  if (raw === undefined) return undefined;
  if (!Array.isArray(raw)) {
    warn(ctx, 'links', 'expected an array; left out');
    return undefined;
  }
  if (raw.length > LIMITS.listingLinks) {
    warn(ctx, 'links', `${raw.length} entries, kept the first ${LIMITS.listingLinks}`);
  }
  const links = raw
    .slice(0, LIMITS.listingLinks)
    .map((entry, i) => optional(ctx, () => readListingLink(entry, `links[${i}]`, ctx)))
    .filter((link): link is ListingLink => link !== undefined);
  return links.length > 0 ? links : undefined;
}

function readListingLink(raw: unknown, path: string, ctx: ReadContext): ListingLink | undefined {
  if (!isObject(raw)) throw new Invalid(path, 'expected an object');
  const rel = requiredText(field(raw, 'rel'), `${path}.rel`, LIMITS.name, ctx);
  const label = requiredText(field(raw, 'label'), `${path}.label`, LIMITS.name, ctx);

  const href = url(field(raw, 'href'), ctx);
  if (href === undefined) {
    warn(ctx, `${path}.href`, `${UNSAFE_URL}; link dropped`);
    return undefined;
  }
  return { rel, label, href };
}

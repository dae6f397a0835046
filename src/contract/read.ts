// Small typed readers that validation is built from. Each takes the JSON path
// of the value it reads, so every complaint names the exact field.
import type { ContractWarning } from '../client/types.js';
import { safeUrl } from './safe-url.js';

/** A value that breaks the contract; validation turns it into a skipped item or an error. */
export class Invalid extends Error {
  constructor(
    readonly path: string,
    readonly expected: string,
  ) {
    super(`${path}: ${expected}`);
  }
}

/** Shared state of one validation run. */
export interface ReadContext {
  warnings: ContractWarning[];
  /** When set, relative URLs are resolved against it. */
  baseUrl?: string;
}

export type JsonObject = Record<string, unknown>;

export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Reads an own property only, so nothing is picked up from a prototype; a
 * JSON `null` counts as absent, as endpoints commonly send it for "none".
 */
export function field(obj: JsonObject, key: string): unknown {
  const value = Object.hasOwn(obj, key) ? obj[key] : undefined;
  return value === null ? undefined : value;
}

export function warn(ctx: ReadContext, path: string, message: string): void {
  ctx.warnings.push({ field: path, message });
}

export function requiredObject(value: unknown, path: string): JsonObject {
  if (!isObject(value)) throw new Invalid(path, 'expected an object');
  return value;
}

/** A non-empty text, cut to `cap` with a warning when longer. */
export function requiredText(value: unknown, path: string, cap: number, ctx: ReadContext): string {
  if (typeof value !== 'string' || value.trim() === '') {
    throw new Invalid(path, 'expected a non-empty string');
  }
  return capText(value, path, cap, ctx);
}

/** Like `requiredText`, but absent, `null` and blank all give `undefined`. */
export function optionalText(
  value: unknown,
  path: string,
  cap: number,
  ctx: ReadContext,
): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'string') throw new Invalid(path, 'expected a string');
  return value.trim() === '' ? undefined : capText(value, path, cap, ctx);
}

/** Any string, empty allowed (alt text of a decorative image). */
export function anyText(value: unknown, path: string, cap: number, ctx: ReadContext): string {
  if (typeof value !== 'string') throw new Invalid(path, 'expected a string');
  return capText(value, path, cap, ctx);
}

/** An identifier: never cut, because a shortened id names another thing. */
export function identifier(value: unknown, path: string, cap: number): string {
  if (typeof value !== 'string' || value.trim() === '') {
    throw new Invalid(path, 'expected a non-empty string');
  }
  if (value.length > cap) throw new Invalid(path, `expected at most ${cap} characters`);
  return value;
}

export function capText(text: string, path: string, cap: number, ctx: ReadContext): string {
  if (text.length <= cap) return text;
  warn(ctx, path, `cut from ${text.length} to ${cap} characters`);
  let end = cap - 1;
  // Never leave half of a surrogate pair (an emoji, a math letter) behind.
  if (isHighSurrogate(text.charCodeAt(end - 1))) end -= 1;
  return `${text.slice(0, end)}…`;
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

export function optionalNumber(value: unknown, path: string): number | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw new Invalid(path, 'expected a finite number');
  }
  return value;
}

export function optionalCount(value: unknown, path: string): number | undefined {
  if (value === undefined) return undefined;
  if (!isCount(value)) throw new Invalid(path, 'expected a non-negative integer');
  return value;
}

export function isCount(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
}

export function optionalPositive(value: unknown, path: string): number | undefined {
  const n = optionalNumber(value, path);
  if (n !== undefined && n <= 0) throw new Invalid(path, 'expected a positive number');
  return n;
}

/** An array of non-empty texts, at most `maxCount` kept (the rest dropped with a warning). */
export function textList(
  value: unknown,
  path: string,
  limits: { count: number; length: number },
  ctx: ReadContext,
): string[] {
  if (!Array.isArray(value)) throw new Invalid(path, 'expected an array');
  if (value.length > limits.count) {
    warn(ctx, path, `${value.length} entries, kept the first ${limits.count}`);
  }
  const kept = value.slice(0, limits.count);
  return kept.map((entry, i) => requiredText(entry, `${path}[${i}]`, limits.length, ctx));
}

export const UNSAFE_URL = 'not a safe http(s) or relative URL';

/** A safe URL or `undefined`; the caller decides what an unusable URL costs. */
export function url(value: unknown, ctx: ReadContext): string | undefined {
  return safeUrl(value, ctx.baseUrl);
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A calendar date `YYYY-MM-DD` that exists (no 2026-02-30). */
export function optionalDate(value: unknown, path: string): string | undefined {
  if (value === undefined) return undefined;
  const match = typeof value === 'string' ? DATE.exec(value) : null;
  if (!match) throw new Invalid(path, 'expected a date as YYYY-MM-DD');

  const [year, month, day] = match.slice(1).map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    throw new Invalid(path, 'expected a date that exists');
  }
  return value as string;
}

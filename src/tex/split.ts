import { MAX_TEXT_LENGTH } from './limits.js';

/** A run of running text, still holding its text-mode TeX (`\'e`, `\emph{…}`, `--`). */
export interface ProseSegment {
  kind: 'prose';
  text: string;
}

/** One formula. */
export interface MathSegment {
  kind: 'math';
  /** The TeX between the delimiters. */
  tex: string;
  /** True for `$$…$$` and `\[…\]`. */
  display: boolean;
  /** The formula as written, delimiters included; shown when it cannot be typeset. */
  source: string;
}

export type Segment = ProseSegment | MathSegment;

/**
 * Cuts text longer than {@link MAX_TEXT_LENGTH} and marks the cut with `…`, so that no later
 * step ever sees more than the cap.
 */
export function capText(text: string): string {
  return text.length > MAX_TEXT_LENGTH ? `${text.slice(0, MAX_TEXT_LENGTH)}…` : text;
}

const isSpace = (ch: string | undefined) => ch !== undefined && /\s/.test(ch);
const isDigit = (ch: string | undefined) => ch !== undefined && ch >= '0' && ch <= '9';

/**
 * Splits text into prose and formulas the way a reader of an abstract would.
 *
 * Delimiters are `$…$` and `\(…\)` inline, `$$…$$` and `\[…\]` on their own line; `\$` is a
 * literal dollar. Because abstracts also mention money, a single `$` opens a formula only when
 * all of these hold, and otherwise stays text:
 * - the character after it is not white space (`$ 5` is text);
 * - the next unescaped `$` is not preceded by white space — in `costs $5 and $10` the second `$`
 *   looks like an opener, so the first one was not;
 * - that closing `$` is not followed by a digit when the formula starts with a digit
 *   (`$5/$10`), while `$\sim$20%` stays a formula;
 * - no blank line comes before the closing `$`.
 * An unclosed delimiter stays text. Text longer than {@link MAX_TEXT_LENGTH} is cut first.
 */
export function splitTex(input: string): Segment[] {
  const text = capText(input);
  const scanner = new Scanner(text);
  return scanner.run();
}

/** True when the text holds at least one formula, that is when showing it needs KaTeX. */
export function hasMath(text: string): boolean {
  return splitTex(text).some((segment) => segment.kind === 'math');
}

class Scanner {
  private segments: Segment[] = [];
  private proseStart = 0;
  // Searches for a closer that failed once fail from any later start too; remembering that keeps
  // text full of unclosed `\(` linear instead of quadratic.
  private noCloserFrom = new Map<string, number>();

  constructor(private readonly text: string) {}

  run(): Segment[] {
    const { text } = this;
    let i = 0;
    while (i < text.length) {
      const ch = text[i];
      if (ch === '\\') i = this.atBackslash(i);
      else if (ch === '$') i = this.atDollar(i);
      else i += 1;
    }
    this.flushProse(text.length);
    return this.segments;
  }

  private atBackslash(i: number): number {
    const next = this.text[i + 1];
    if (next === '(') return this.delimited(i, '\\(', '\\)', false);
    if (next === '[') return this.delimited(i, '\\[', '\\]', true);
    // `\$` and any other command: step over both characters so an escaped `$` opens nothing.
    return i + 2;
  }

  private atDollar(i: number): number {
    if (this.text[i + 1] === '$') return this.delimited(i, '$$', '$$', true);
    const end = this.inlineDollarEnd(i);
    if (end < 0) return i + 1;
    this.emitMath(i, end + 1, 1, false);
    return end + 1;
  }

  /** Index of the `$` closing the formula opened at `open`, or -1 when it is not an opener. */
  private inlineDollarEnd(open: number): number {
    const { text } = this;
    if (open + 1 >= text.length || isSpace(text[open + 1])) return -1;
    let j = open + 1;
    while (j < text.length) {
      const ch = text[j];
      if (ch === '\\') {
        j += 2;
        continue;
      }
      if (ch === '\n' && /^\n[^\S\n]*\n/.test(text.slice(j, j + 80))) return -1;
      if (ch === '$') {
        if (isSpace(text[j - 1])) return -1;
        if (isDigit(text[open + 1]) && isDigit(text[j + 1])) return -1;
        return j;
      }
      j += 1;
    }
    return -1;
  }

  private delimited(i: number, opener: string, closer: string, display: boolean): number {
    const close = this.findCloser(i + opener.length, closer);
    if (close < 0 || this.text.slice(i + opener.length, close).trim() === '') {
      return i + opener.length;
    }
    this.emitMath(i, close + closer.length, opener.length, display);
    return close + closer.length;
  }

  private findCloser(from: number, closer: string): number {
    const { text } = this;
    if (from >= (this.noCloserFrom.get(closer) ?? Infinity)) return -1;
    for (let j = from; j < text.length;) {
      if (text.startsWith(closer, j)) return j;
      j += text[j] === '\\' ? 2 : 1;
    }
    this.noCloserFrom.set(closer, from);
    return -1;
  }

  private emitMath(start: number, end: number, delimiterLength: number, display: boolean) {
    this.flushProse(start);
    const source = this.text.slice(start, end);
    const tex = source.slice(delimiterLength, source.length - delimiterLength);
    this.segments.push({ kind: 'math', tex, display, source });
    this.proseStart = end;
  }

  private flushProse(end: number) {
    if (end > this.proseStart) {
      this.segments.push({ kind: 'prose', text: this.text.slice(this.proseStart, end) });
    }
  }
}

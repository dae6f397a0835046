import type { KatexOptions } from 'katex';
import { KATEX_MAX_EXPAND, KATEX_MAX_SIZE, MAX_FORMULA_LENGTH } from './limits.js';
import type { Katex } from './katex-loader.js';
import type { MathSegment } from './split.js';

/** KaTeX output: HTML with hidden MathML for screen readers (default), or MathML alone. */
export type MathOutput = 'htmlAndMathml' | 'mathml';

// Commands that define or rebind macros. Endpoint data may not define macros: a definition can
// expand exponentially, and one formula's definitions must not change how another one reads.
const MACRO_DEFINITIONS = new Set([
  'def',
  'edef',
  'gdef',
  'xdef',
  'let',
  'futurelet',
  'global',
  'newcommand',
  'renewcommand',
  'providecommand',
  'DeclareMathOperator',
]);

/** True when the formula uses a command that defines a macro (`\def`, `\newcommand`, …). */
export function definesMacros(tex: string): boolean {
  // Read command by command, so that `\\def` (a line break, then letters) is not a definition.
  for (const match of tex.matchAll(/\\([a-zA-Z]+|[^a-zA-Z]?)/g)) {
    if (MACRO_DEFINITIONS.has(match[1])) return true;
  }
  return false;
}

/** The KaTeX options used for every formula: nothing trusted, every size and expansion bounded. */
export function katexOptions(display: boolean, output: MathOutput): KatexOptions {
  return {
    displayMode: display,
    output,
    throwOnError: true,
    trust: false,
    strict: 'ignore',
    maxExpand: KATEX_MAX_EXPAND,
    maxSize: KATEX_MAX_SIZE,
    // A fresh table each time: nothing one formula does can reach the next.
    macros: {},
    globalGroup: false,
  };
}

/**
 * Typesets one formula into a new element. KaTeX builds the DOM itself, so the formula's text
 * never passes through an HTML parser. A formula that is too long, defines macros or fails to
 * parse comes back as its source, marked as a TeX error with the reason in `title`.
 */
export function typesetFormula(
  katex: Katex,
  segment: MathSegment,
  output: MathOutput = 'htmlAndMathml',
): HTMLElement {
  if (segment.tex.length > MAX_FORMULA_LENGTH) {
    return formulaSource(segment, `Formula longer than ${MAX_FORMULA_LENGTH} characters`);
  }
  if (definesMacros(segment.tex)) {
    return formulaSource(segment, 'Macro definitions are not allowed');
  }

  const target = document.createElement('span');
  target.className = 'tex-math';
  try {
    katex.render(segment.tex, target, katexOptions(segment.display, output));
  } catch (error) {
    // Anything KaTeX throws (a parse error, or a RangeError from very deep nesting) costs only
    // this formula.
    return formulaSource(segment, error instanceof Error ? error.message : String(error));
  }
  return segment.display ? displayBox(target) : target;
}

/** The formula as written, marked as not typeset (`tex-error`), with the reason in `title`. */
export function formulaSource(segment: MathSegment, reason: string): HTMLElement {
  const element = document.createElement('span');
  element.className = 'tex-error';
  element.setAttribute('part', 'tex-error');
  element.title = reason;
  element.textContent = segment.source;
  return segment.display ? displayBox(element) : element;
}

/** A quiet stand-in showing the source while KaTeX loads. */
export function formulaPlaceholder(segment: MathSegment): HTMLElement {
  const element = document.createElement('span');
  element.className = 'tex-pending';
  element.textContent = segment.source;
  return segment.display ? displayBox(element) : element;
}

/** Display math sits in its own block that scrolls sideways instead of widening the page. */
function displayBox(content: HTMLElement): HTMLElement {
  const box = document.createElement('span');
  box.className = 'tex-display';
  box.append(content);
  return box;
}

import type { KatexOptions } from 'katex';
import {
  KATEX_MAX_EXPAND,
  KATEX_MAX_SIZE,
  MAX_FORMULA_DEPTH,
  MAX_FORMULA_LENGTH,
  MAX_OUTPUT_DEPTH,
} from './limits.js';
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

/** Deepest nesting of braces, `\left…\right` and `\begin…\end` in a formula. */
export function groupDepth(tex: string): number {
  let depth = 0;
  let deepest = 0;
  for (const [token, name] of tex.matchAll(/\\([a-zA-Z]+|[^a-zA-Z]?)|[{}]/g)) {
    if (token === '{' || name === 'left' || name === 'begin') depth += 1;
    else if (token === '}' || name === 'right' || name === 'end') depth -= 1;
    deepest = Math.max(deepest, depth);
  }
  return deepest;
}

/**
 * Why a formula must not reach KaTeX (too long, macro definitions, nested too deep), or
 * undefined when it may.
 */
export function formulaProblem(tex: string): string | undefined {
  if (tex.length > MAX_FORMULA_LENGTH) {
    return `Formula longer than ${MAX_FORMULA_LENGTH} characters`;
  }
  if (definesMacros(tex)) return 'Macro definitions are not allowed';
  if (groupDepth(tex) > MAX_FORMULA_DEPTH) {
    return `Formula nested more than ${MAX_FORMULA_DEPTH} groups deep`;
  }
  return undefined;
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
 * never passes through an HTML parser. A formula that is too long or too deeply nested, defines
 * macros or fails to parse comes back as its source, marked as a TeX error with the reason in
 * `title`.
 */
export function typesetFormula(
  katex: Katex,
  segment: MathSegment,
  output: MathOutput = 'htmlAndMathml',
): HTMLElement {
  const problem = formulaProblem(segment.tex);
  if (problem) return formulaSource(segment, problem);

  const target = document.createElement('span');
  target.className = 'tex-math';
  try {
    katex.render(segment.tex, target, katexOptions(segment.display, output));
  } catch (error) {
    // Anything KaTeX throws (a parse error, or a RangeError from very deep nesting) costs only
    // this formula.
    return formulaSource(segment, error instanceof Error ? error.message : String(error));
  }
  // Checked while the output is still detached: deep enough nesting crashes the renderer.
  if (elementDepth(target) > MAX_OUTPUT_DEPTH) {
    return formulaSource(segment, `Typeset formula nested more than ${MAX_OUTPUT_DEPTH} deep`);
  }
  return segment.display ? displayBox(target) : target;
}

function elementDepth(root: Element): number {
  let deepest = 0;
  const stack: Array<[Element, number]> = [[root, 1]];
  for (let entry = stack.pop(); entry; entry = stack.pop()) {
    const [element, depth] = entry;
    deepest = Math.max(deepest, depth);
    for (const child of element.children) stack.push([child, depth + 1]);
  }
  return deepest;
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

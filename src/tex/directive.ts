import { noChange } from 'lit';
import {
  AsyncDirective,
  directive,
  PartType,
  type ChildPart,
  type PartInfo,
} from 'lit/async-directive.js';
import { canTypesetNow, chargeTypesetting, typesetLater } from './budget.js';
import { parseTex, type TexNode, type TextStyle } from './decode.js';
import { loadedKatex, loadKatex, type KatexRuntime } from './katex-loader.js';
import { MAX_FORMULAS, MAX_MATH_LENGTH } from './limits.js';
import type { MathSegment } from './split.js';
import { texStyles } from './styles.js';
import {
  formulaPlaceholder,
  formulaProblem,
  formulaSource,
  typesetFormula,
  type MathOutput,
} from './typeset.js';

/** Options of the {@link tex} directive. */
export interface TexOptions {
  /** KaTeX output; `htmlAndMathml` when absent. */
  output?: MathOutput;
}

/** The directive class behind {@link tex}. */
export class TexDirective extends AsyncDirective {
  private part?: ChildPart;
  private text?: string;
  private output: MathOutput = 'htmlAndMathml';
  private hasMath = false;
  private awaiting = false;
  private deferred = false;
  private arrivedWhileAway = false;
  private failure?: string;

  constructor(info: PartInfo) {
    super(info);
    if (info.type !== PartType.CHILD) throw new Error('tex() can only render text content');
  }

  render(text: string, options?: TexOptions | MathOutput): unknown {
    return renderTex(String(text ?? ''), outputOf(options), loadedKatex());
  }

  override update(part: ChildPart, [text, options]: Parameters<this['render']>): unknown {
    this.part = part;
    const value = String(text ?? '');
    const output = outputOf(options);
    if (value === this.text && output === this.output) return noChange;

    this.text = value;
    this.output = output;
    this.failure = undefined;
    return this.build();
  }

  override reconnected() {
    if (this.arrivedWhileAway) {
      this.arrivedWhileAway = false;
      this.setValue(this.build());
    } else {
      this.adoptStylesSoon();
    }
  }

  private build(): unknown {
    const nodes = parseTex(this.text ?? '');
    this.hasMath = containsMath(nodes);
    let runtime = loadedKatex();
    if (this.hasMath && !runtime && !this.failure) this.awaitKatex();
    if (this.hasMath && runtime && !canTypesetNow()) {
      // This task has typeset enough; show the sources now and typeset in a later task.
      this.typesetSoon();
      runtime = undefined;
    }
    this.adoptStylesSoon();
    return contentOf(nodes, new Typesetter(runtime, this.output, this.failure));
  }

  private typesetSoon() {
    if (this.deferred) return;
    this.deferred = true;
    typesetLater(() => {
      this.deferred = false;
      if (this.isConnected) this.setValue(this.build());
      else this.arrivedWhileAway = true;
    });
  }

  private awaitKatex() {
    if (this.awaiting) return;
    this.awaiting = true;
    loadKatex().then(
      () => this.katexSettled(),
      (error: unknown) => this.katexSettled(`KaTeX could not be loaded: ${String(error)}`),
    );
  }

  private katexSettled(failure?: string) {
    this.awaiting = false;
    this.failure = failure;
    if (this.isConnected) this.setValue(this.build());
    else this.arrivedWhileAway = true;
  }

  // On a first render Lit fills the template while it is still in a fragment, so the root is
  // known only once the current render has been inserted, which is before the next paint.
  private adoptStylesSoon() {
    queueMicrotask(() => {
      const root = this.part?.parentNode?.getRootNode();
      const katexSheet = this.hasMath ? loadedKatex()?.sheet : undefined;
      if (root) adoptSheets(root, [texStyles.styleSheet, katexSheet]);
    });
  }
}

/**
 * Renders text that holds TeX: prose decoded and styled at once, formulas typeset by KaTeX.
 *
 * ```ts
 * html`<p>${tex(paper.abstract, { output: 'mathml' })}</p>`
 * ```
 *
 * Formulas are typeset synchronously when KaTeX is already loaded. Otherwise the first text with
 * a formula starts loading it, each formula shows its source quietly meanwhile, and the text is
 * typeset when KaTeX arrives. Prose-only text never loads KaTeX. The directive adopts KaTeX's
 * stylesheet (and its own small one) into the shadow root or document it renders into. Each
 * formula typesets or fails on its own; see `typesetFormula` and `limits.ts` for the bounds.
 * Nothing from the text ever goes through an HTML parser.
 */
export const tex = directive(TexDirective);

/** Renders text with TeX once, with whatever KaTeX state is given; see {@link tex}. */
function renderTex(text: string, output: MathOutput, runtime?: KatexRuntime): unknown {
  return contentOf(parseTex(text), new Typesetter(runtime, output));
}

function outputOf(options?: TexOptions | MathOutput): MathOutput {
  const output = typeof options === 'string' ? options : options?.output;
  return output === 'mathml' ? 'mathml' : 'htmlAndMathml';
}

function containsMath(nodes: readonly TexNode[]): boolean {
  return nodes.some(
    (node) => node.kind === 'math' || (node.kind === 'style' && containsMath(node.children)),
  );
}

/**
 * Turns formulas into elements, counting them so that one text typesets at most MAX_FORMULAS
 * formulas and MAX_MATH_LENGTH characters of math.
 */
class Typesetter {
  private count = 0;
  private length = 0;

  constructor(
    private readonly runtime: KatexRuntime | undefined,
    private readonly output: MathOutput,
    private readonly failure?: string,
  ) {}

  formula(segment: MathSegment): HTMLElement {
    this.count += 1;
    // Formulas refused before KaTeX sees them cost nothing from the budget.
    if (!formulaProblem(segment.tex)) this.length += segment.tex.length;
    if (this.count > MAX_FORMULAS) {
      return formulaSource(segment, `Not typeset: more than ${MAX_FORMULAS} formulas in one text`);
    }
    if (this.length > MAX_MATH_LENGTH) {
      const reason = `Not typeset: more than ${MAX_MATH_LENGTH} characters of math in one text`;
      return formulaSource(segment, reason);
    }
    if (this.failure) return formulaSource(segment, this.failure);
    if (!this.runtime) return formulaPlaceholder(segment);
    const start = performance.now();
    const element = typesetFormula(this.runtime.katex, segment, this.output);
    chargeTypesetting(performance.now() - start);
    return element;
  }
}

// Prose alone is a string, which Lit commits as one text node. Anything else is built once as
// one fragment of DOM nodes (text nodes, never parsed HTML): as Lit items, every run of prose
// and every formula would cost two comment markers and a part of its own.
function contentOf(nodes: readonly TexNode[], typesetter: Typesetter): unknown {
  if (nodes.length === 0) return '';
  if (nodes.length === 1 && nodes[0].kind === 'text') return nodes[0].text;
  const fragment = document.createDocumentFragment();
  appendNodes(fragment, nodes, typesetter);
  return fragment;
}

function appendNodes(parent: Node, nodes: readonly TexNode[], typesetter: Typesetter) {
  for (const node of nodes) {
    if (node.kind === 'text') parent.appendChild(document.createTextNode(node.text));
    else if (node.kind === 'math') parent.appendChild(typesetter.formula(node));
    else appendNodes(parent.appendChild(styledElement(node.style)), node.children, typesetter);
  }
}

function styledElement(style: TextStyle): HTMLElement {
  switch (style) {
    case 'em':
    case 'strong':
    case 'code':
      return document.createElement(style);
    case 'smallcaps':
    case 'url': {
      const span = document.createElement('span');
      span.className = `tex-${style}`;
      return span;
    }
  }
}

function adoptSheets(root: Node, sheets: ReadonlyArray<CSSStyleSheet | null | undefined>) {
  if (!(root instanceof ShadowRoot || root instanceof Document)) return;
  const current = root.adoptedStyleSheets;
  if (!current) return;
  const missing = sheets.filter(
    (sheet): sheet is CSSStyleSheet => !!sheet && !current.includes(sheet),
  );
  if (missing.length > 0) root.adoptedStyleSheets = [...current, ...missing];
}

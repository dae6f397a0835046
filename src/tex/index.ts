// The tex module: splitting text into prose and math, decoding text-mode TeX, loading KaTeX on
// demand and typesetting into shadow roots. It knows nothing of the elements.
export { splitTex, hasMath, capText } from './split.js';
export type { Segment, ProseSegment, MathSegment } from './split.js';
export { parseTex, decodeSegments, texToPlainText } from './decode.js';
export type { TexNode, TextNode, StyleNode, TextStyle } from './decode.js';
export { loadKatex, isKatexLoaded } from './katex-loader.js';
export type { Katex } from './katex-loader.js';
export {
  typesetFormula,
  formulaProblem,
  definesMacros,
  groupDepth,
  katexOptions,
} from './typeset.js';
export type { MathOutput } from './typeset.js';
export { tex, TexDirective } from './directive.js';
export { lazyTex, needsTex } from './front.js';
export type { TexFunction, TexModule } from './front.js';
export type { TexOptions } from './directive.js';
export { texStyles } from './styles.js';
export * from './limits.js';

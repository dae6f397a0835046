// Bundled by the bench server (esbuild, from src/) for the math scenario: the library's own
// splitter and decoder, so the bare-KaTeX side typesets exactly the formulas the elements find,
// and the library's own KaTeX options, so both sides ask KaTeX for the same work.
export { parseTex } from '../src/tex/decode.js';
export { katexOptions } from '../src/tex/typeset.js';

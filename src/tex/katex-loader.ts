import { chunkImport } from '../shared/chunk-import.js';
import type { KatexFontFace } from './katex-css.js';

/** The KaTeX API (`katex.render`, `katex.renderToString`, …). */
export type Katex = typeof import('katex').default;

/** KaTeX and the stylesheet every root showing its HTML output needs. */
export interface KatexRuntime {
  katex: Katex;
  /** KaTeX's rules without `@font-face`; null where constructable stylesheets are missing. */
  sheet: CSSStyleSheet | null;
}

let pending: Promise<KatexRuntime> | undefined;
let runtime: KatexRuntime | undefined;

// Each a chunk of its own, asked for again under a new URL after a failed download.
const katexChunk = chunkImport(() => import('katex'), 'default');
const stylesChunk = chunkImport(() => import('./katex-css.js'), 'katexRules');

/**
 * Loads KaTeX, its stylesheet and its fonts, once. Nothing asks for KaTeX before this is
 * called, and the bundler puts it in its own chunk, so a page without visible math never
 * downloads it. A failed load is forgotten, so a later call tries again.
 */
export function loadKatex(): Promise<Katex> {
  pending ??= Promise.all([katexChunk(), stylesChunk()])
    .then(([katex, styles]) => {
      registerKatexFonts(styles.katexFontFaces);
      runtime = { katex: katex.default, sheet: makeSheet(styles.katexRules) };
      return runtime;
    })
    .catch((error: unknown) => {
      pending = undefined;
      throw error;
    });
  return pending.then((loaded) => loaded.katex);
}

/** True once {@link loadKatex} has finished: formulas can now be typeset synchronously. */
export function isKatexLoaded(): boolean {
  return runtime !== undefined;
}

/** KaTeX and its stylesheet when loaded, otherwise undefined. */
export function loadedKatex(): KatexRuntime | undefined {
  return runtime;
}

function makeSheet(rules: string): CSSStyleSheet | null {
  if (typeof CSSStyleSheet === 'undefined' || !('replaceSync' in CSSStyleSheet.prototype)) {
    return null;
  }
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(rules);
  return sheet;
}

// Shared through the document, not this module: two copies of the library on one page must
// still register the fonts once.
const FONTS_REGISTERED = Symbol.for('pith-elements/katex-fonts');

/**
 * Adds KaTeX's fonts to the document's font set. `@font-face` rules inside a shadow root are
 * ignored by Chromium, and relative URLs in a document-level rule would resolve against the
 * page, so the faces are registered here with the absolute URLs the stylesheet module carries.
 * The browser fetches each file the first time a formula needs it.
 */
function registerKatexFonts(faces: readonly KatexFontFace[]) {
  if (typeof document === 'undefined' || !document.fonts || typeof FontFace === 'undefined') return;
  const marked = document as Document & { [FONTS_REGISTERED]?: boolean };
  if (marked[FONTS_REGISTERED]) return;
  marked[FONTS_REGISTERED] = true;

  for (const face of faces) {
    const source = `url("${face.url}") format("woff2")`;
    const { style, weight, display } = face;
    document.fonts.add(new FontFace(face.family, source, { style, weight, display }));
  }
}

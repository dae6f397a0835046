// Loaded together with KaTeX (see katex-loader.ts), so none of this is in the main bundle.
import css from 'katex/dist/katex.min.css';

/** One of KaTeX's fonts, in the woff2 format every supported browser reads. */
export interface KatexFontFace {
  family: string;
  /** Absolute URL of the woff2 file. */
  url: string;
  style: string;
  weight: string;
  display: FontDisplay;
}

const FONT_FACE = /@font-face\s*\{([^}]*)\}/g;

/**
 * KaTeX's rules without its `@font-face` rules: Chromium ignores `@font-face` inside a shadow
 * root, so the fonts are registered once on the document instead (katexFontFaces).
 */
export const katexRules = css.replace(FONT_FACE, '');

/** The fonts KaTeX's stylesheet declares, read from the stylesheet so they never drift apart. */
export const katexFontFaces: KatexFontFace[] = [...css.matchAll(FONT_FACE)]
  .map((match) => parseFontFace(match[1]))
  .filter((face): face is KatexFontFace => face !== null);

function parseFontFace(body: string): KatexFontFace | null {
  const read = (name: string) =>
    new RegExp(`(?:^|;)\\s*${name}\\s*:\\s*([^;]+)`).exec(body)?.[1].trim();
  const family = read('font-family')?.replace(/["']/g, '');
  const url = /url\(\s*["']?([^"')]+\.woff2)["']?\s*\)/.exec(read('src') ?? '')?.[1];
  if (!family || !url) return null;
  return {
    family,
    url: new URL(url, document.baseURI).href,
    style: read('font-style') ?? 'normal',
    weight: read('font-weight') ?? 'normal',
    display: (read('font-display') ?? 'block') as FontDisplay,
  };
}

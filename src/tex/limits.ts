/**
 * Bounds on what one piece of endpoint text may cost to show. Endpoint data is untrusted, so
 * every limit here is a hard cap; what falls outside a cap is still shown, as its source.
 */

/**
 * Longest text (an abstract, a title) that is parsed, in UTF-16 code units. Longer text is cut
 * here and ends in `…`. arXiv caps abstracts at 1,920 characters; this is about 25 times
 * that, room for 5,000 short formulas, while parsing it stays in the low milliseconds.
 */
export const MAX_TEXT_LENGTH = 50_000;

/**
 * Longest formula handed to KaTeX, delimiters excluded. A longer formula is shown as its source.
 * The longest formula in a real listing is about 120 characters.
 */
export const MAX_FORMULA_LENGTH = 2_000;

/**
 * Deepest nesting of groups in one formula: braces, `\left…\right` and `\begin…\end` together.
 * KaTeX's time grows faster than linearly with nesting, and its output nests about seven
 * elements per level, so a deeper formula is shown as its source. Real formulas nest 2 to 4 deep.
 */
export const MAX_FORMULA_DEPTH = 20;

/**
 * Deepest element nesting accepted from KaTeX for one formula, checked before it reaches the
 * page: Chromium's renderer crashed on formulas nesting about 900 elements deep. The deepest
 * formula of a real listing nests 21 elements.
 */
export const MAX_OUTPUT_DEPTH = 200;

/**
 * Most formula source, in characters, typeset in one text. Later formulas are shown as their
 * source. Real abstracts hold a few hundred characters of math; this keeps the worst case to
 * a fraction of a second.
 */
export const MAX_MATH_LENGTH = 10_000;

/**
 * Most formulas typeset in one text. Later formulas are shown as their source, so that a text
 * made of thousands of formulas still renders in bounded time.
 */
export const MAX_FORMULAS = 500;

/** Deepest nesting of text styles (`\emph{\textbf{…}}`) kept; deeper styles become plain text. */
export const MAX_STYLE_DEPTH = 16;

/** KaTeX `maxExpand`: macro expansions allowed in one formula. */
export const KATEX_MAX_EXPAND = 1_000;

/**
 * KaTeX `maxSize`: largest size, in em, that a formula may ask for (`\rule`, `\kern`, …).
 * Five em is more than any abstract needs and keeps a hostile `\rule` from blotting a card.
 */
export const KATEX_MAX_SIZE = 5;

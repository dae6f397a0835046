/**
 * Tables for decoding text-mode TeX: accents, symbols and style commands as they appear in
 * abstracts. Anything not listed here is shown as written.
 */

/** Style a text command gives its argument. */
export type TextStyle = 'em' | 'strong' | 'code' | 'smallcaps' | 'url';

/** Accent commands and the combining mark each one adds to the following letter. */
export const ACCENTS: Record<string, string> = {
  "'": '\u0301',
  '`': '\u0300',
  '^': '\u0302',
  '"': '\u0308',
  '~': '\u0303',
  '=': '\u0304',
  '.': '\u0307',
  c: '\u0327',
  v: '\u030C',
  u: '\u0306',
  H: '\u030B',
  k: '\u0328',
  r: '\u030A',
  d: '\u0323',
  b: '\u0331',
};

/** What an accent with an empty argument (`\^{}`) prints on its own. */
export const SPACING_ACCENTS: Record<string, string> = {
  "'": '\u00B4',
  '`': '`',
  '^': '^',
  '"': '\u00A8',
  '~': '~',
  '=': '\u00AF',
  '.': '\u02D9',
};

/** Control symbols (a backslash and one non-letter). */
export const CONTROL_SYMBOLS: Record<string, string> = {
  '%': '%',
  '&': '&',
  '#': '#',
  _: '_',
  $: '$',
  '{': '{',
  '}': '}',
  ' ': ' ',
  '\n': ' ',
  ',': '\u202F',
  ';': ' ',
  ':': ' ',
  '!': '',
  '-': '',
  '/': '',
  '@': '',
  '\\': ' ',
};

/**
 * Letters made by a command. TeX swallows the spaces after a control word, and these are used
 * inside words (`Sj\o strand`), so the decoder does too.
 */
export const LETTERS: Record<string, string> = {
  i: '\u0131',
  j: '\u0237',
  l: '\u0142',
  L: '\u0141',
  o: '\u00F8',
  O: '\u00D8',
  ss: '\u00DF',
  ae: '\u00E6',
  AE: '\u00C6',
  oe: '\u0153',
  OE: '\u0152',
  aa: '\u00E5',
  AA: '\u00C5',
};

/** Control words that print a fixed string; the space after them is kept. */
export const WORDS: Record<string, string> = {
  ldots: '\u2026',
  dots: '\u2026',
  textellipsis: '\u2026',
  TeX: 'TeX',
  LaTeX: 'LaTeX',
  textendash: '\u2013',
  textemdash: '\u2014',
  textbackslash: '\\',
  textasciitilde: '~',
  textasciicircum: '^',
  textbar: '|',
  textless: '<',
  textgreater: '>',
  textquotedblleft: '\u201C',
  textquotedblright: '\u201D',
  textquoteleft: '\u2018',
  textquoteright: '\u2019',
  guillemotleft: '\u00AB',
  guillemotright: '\u00BB',
  textdegree: '\u00B0',
  S: '\u00A7',
  P: '\u00B6',
  copyright: '\u00A9',
  textregistered: '\u00AE',
  texttrademark: '\u2122',
  dag: '\u2020',
  ddag: '\u2021',
  pounds: '\u00A3',
  euro: '\u20AC',
  quad: '\u2003',
  qquad: '\u2003\u2003',
  newline: ' ',
  linebreak: ' ',
  par: ' ',
  noindent: '',
  relax: '',
  xspace: '',
};

/** Commands whose braced argument is shown in a style; `null` shows it plain. */
export const STYLE_COMMANDS: Record<string, TextStyle | null> = {
  emph: 'em',
  textit: 'em',
  textsl: 'em',
  textbf: 'strong',
  texttt: 'code',
  textsc: 'smallcaps',
  textrm: null,
  textsf: null,
  textup: null,
  textmd: null,
  textnormal: null,
  text: null,
  mbox: null,
};

/** Declarations that style the rest of the enclosing group (`{\em …}`); `null` ends a style. */
export const STYLE_DECLARATIONS: Record<string, TextStyle | null> = {
  em: 'em',
  it: 'em',
  itshape: 'em',
  sl: 'em',
  slshape: 'em',
  bf: 'strong',
  bfseries: 'strong',
  tt: 'code',
  ttfamily: 'code',
  sc: 'smallcaps',
  scshape: 'smallcaps',
  rm: null,
  rmfamily: null,
  upshape: null,
  normalfont: null,
  sf: null,
  sffamily: null,
};

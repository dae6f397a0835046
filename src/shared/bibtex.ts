/**
 * BibTeX for one paper, for the card's Cite button. Everything here comes from an endpoint, so
 * every value is escaped: plain text (author names) has each character that BibTeX or LaTeX
 * treats specially escaped, and the title, which arrives as TeX, keeps its formulas and the
 * text commands the card understands (see escapeTexField).
 */
import type { Paper } from '../contract/types.js';
import { safeUrl } from '../contract/safe-url.js';
import { splitTex } from '../tex/split.js';
import { texToPlainText } from '../tex/decode.js';
import { asText } from './format.js';
import {
  ACCENTS,
  CONTROL_SYMBOLS,
  LETTERS,
  STYLE_COMMANDS,
  STYLE_DECLARATIONS,
  WORDS,
} from '../tex/symbols.js';

const PLAIN_SPECIALS: Record<string, string> = {
  '\\': '\\textbackslash{}',
  // BibTeX counts braces even after a backslash, so `\{` would unbalance the field.
  '{': '\\textbraceleft{}',
  '}': '\\textbraceright{}',
  '&': '\\&',
  '%': '\\%',
  $: '\\$',
  '#': '\\#',
  _: '\\_',
  '~': '\\textasciitilde{}',
  '^': '\\textasciicircum{}',
};

// Commands that read or write files, define or redefine commands, or change how TeX reads its
// input. A title using one of them is cited as plain text: a citation must not carry code into
// the reader's document.
const DANGEROUS = new Set(
  (
    'input include includeonly InputIfFileExists write immediate openout openin closeout ' +
    'closein read readline message errmessage catcode lccode uccode mathcode sfcode def edef ' +
    'gdef xdef let futurelet global outer newcommand renewcommand providecommand ' +
    'DeclareRobustCommand DeclareMathOperator newenvironment renewenvironment csname ' +
    'endcsname expandafter noexpand usepackage RequirePackage documentclass special jobname ' +
    'directlua luaexec latelua primitive pdfprimitive endinput end batchmode scrollmode ' +
    'nonstopmode errorstopmode shipout output everypar everymath everydisplay everyhbox ' +
    'everyvbox everyjob everyeof afterassignment aftergroup uppercase lowercase scantokens ' +
    'makeatletter makeatother'
  ).split(' '),
);

// Text-mode commands the card itself understands; any other command in prose is cited as text.
const PROSE_COMMANDS = new Set([
  ...Object.keys(ACCENTS),
  ...Object.keys(CONTROL_SYMBOLS),
  ...Object.keys(LETTERS),
  ...Object.keys(WORDS),
  ...Object.keys(STYLE_COMMANDS),
  ...Object.keys(STYLE_DECLARATIONS),
]);

/** Escapes plain text (not TeX) for a BibTeX field. */
export function escapeBibtex(text: string): string {
  return oneLine(text).replace(/[\\{}&%$#_~^]/g, (ch) => PLAIN_SPECIALS[ch]);
}

/**
 * Escapes text that is already TeX (a title as submitted). Formulas are kept as written; in the
 * prose around them `& % # _ $ ^` not yet escaped are escaped and commands the card does not know
 * become text. A title whose braces do not balance, or that uses a command able to read files,
 * define commands or change how TeX reads (see DANGEROUS), is escaped as plain text instead, so
 * no title can end the field early or carry code into a reader's document.
 */
export function escapeTexField(text: string): string {
  const line = oneLine(text);
  const segments = splitTex(line);
  const risky = segments.some(
    (segment) =>
      segment.kind === 'math' && (segment.tex.includes('^^') || hasDangerous(segment.tex)),
  );
  const out = segments
    .map((segment) => (segment.kind === 'math' ? segment.source : escapeProse(segment.text)))
    .join('');
  if (risky || !balanced(out) || /(^|[^\\])(\\\\)*\\$/.test(out)) {
    return escapeBibtex(texToPlainText(line));
  }
  return out;
}

function escapeProse(text: string): string {
  // `command` (group 1) is set whenever neither `special` nor `^` matched.
  const escape = (whole: string, command: string, special: string | undefined) => {
    if (special) return `\\${special}`;
    if (whole === '^') return '\\^{}';
    return PROSE_COMMANDS.has(command) ? whole : `\\textbackslash{}${escapeBibtex(command)}`;
  };
  return text.replace(/\\([a-zA-Z]+|[^a-zA-Z]?)|([&%#_$])|\^/g, escape);
}

function hasDangerous(tex: string): boolean {
  return [...tex.matchAll(/\\([a-zA-Z]+)/g)].some((match) => DANGEROUS.has(match[1]));
}

/** What a citation reads from a paper, as text only (see `asText`). */
interface Cited {
  title: string;
  authors: string[];
  partial: boolean;
  date?: string;
  arxivId?: string;
  doi?: string;
  primaryCategory?: string;
  abs?: string;
}

function cited(paper: Paper): Cited {
  const authors = (Array.isArray(paper.authors) ? paper.authors : [])
    .map((name) => oneLine(asText(name) ?? ''))
    .filter(Boolean);
  const total = typeof paper.authorsTotal === 'number' ? paper.authorsTotal : 0;
  return {
    title: asText(paper.title) ?? '',
    authors,
    partial: total > authors.length,
    date: asText(paper.date),
    arxivId: asText(paper.arxivId),
    doi: asText(paper.doi),
    primaryCategory: asText(paper.primaryCategory),
    abs: asText(paper.links?.abs),
  };
}

/** A citation key: first author's surname, year, first word of the title (`bangachev2026is`). */
export function bibtexKey(paper: Paper): string {
  return keyOf(cited(paper));
}

function keyOf(paper: Cited): string {
  const surname = keyWord(surnameOf(paper.authors[0] ?? '')) || 'anonymous';
  const title = texToPlainText(paper.title).replace(/\$[^$]*\$/g, ' ');
  const word = title.split(/\s+/).map(keyWord).find(Boolean) ?? '';
  return `${surname}${yearOf(paper)}${word}`;
}

/** A `@misc` entry for the paper, fields in the usual order, only those the paper has. */
export function bibtexEntry(given: Paper): string {
  const paper = cited(given);
  const fields: Array<[string, string | undefined]> = [
    ['title', `{${escapeTexField(paper.title)}}`],
    ['author', authorField(paper)],
    ['year', yearOf(paper) || undefined],
  ];
  if (paper.arxivId) {
    fields.push(
      ['eprint', escapeBibtex(paper.arxivId.replace(/v\d+$/, ''))],
      ['archivePrefix', 'arXiv'],
      ['primaryClass', paper.primaryCategory ? escapeBibtex(paper.primaryCategory) : undefined],
    );
  }
  fields.push(['doi', verbatim(paper.doi)], ['url', urlField(paper.abs)]);

  const lines = fields
    .filter((field): field is [string, string] => field[1] !== undefined && field[1] !== '')
    .map(([name, value]) => `  ${name} = {${value}},`);
  return `@misc{${keyOf(paper)},\n${lines.join('\n')}\n}\n`;
}

function authorField(paper: Cited): string | undefined {
  if (!paper.authors.length) return undefined;
  const written = paper.authors.map((name) => {
    const escaped = escapeBibtex(name);
    // Braces keep BibTeX from splitting a collaboration, or a name holding the word "and",
    // into first and last names.
    return isCorporate(name) || /\band\b/i.test(name) ? `{${escaped}}` : escaped;
  });
  return [...written, ...(paper.partial ? ['others'] : [])].join(' and ');
}

function urlField(raw: string | undefined): string | undefined {
  const url = safeUrl(raw, document.baseURI);
  return url?.replace(/[{}]/g, (ch) => (ch === '{' ? '%7B' : '%7D'));
}

// DOIs and similar identifiers are copied as written, unless they hold something that could end
// the field or start a command.
function verbatim(value: string | undefined): string | undefined {
  const text = value?.trim();
  return text && !/[\s{}\\]/.test(text) ? text : undefined;
}

function yearOf(paper: Cited): string {
  const dated = /^(\d{4})/.exec(paper.date ?? '')?.[1];
  if (dated) return dated;
  const yymm = /^(\d{2})(\d{2})\.\d{4,5}/.exec(paper.arxivId ?? '')?.[1];
  return yymm ? `20${yymm}` : '';
}

function isCorporate(name: string): boolean {
  return /\b(collaboration|consortium|team|group|project|initiative)\b/i.test(name);
}

function surnameOf(name: string): string {
  const text = oneLine(name);
  if (text.includes(',')) return text.split(',')[0];
  const words = text.split(' ');
  return isCorporate(text) ? words[0] : words[words.length - 1];
}

const FOLDED: Record<string, string> = {
  ø: 'o',
  ł: 'l',
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  đ: 'd',
  ı: 'i',
};

// Lower-case ASCII letters and digits only: accents are dropped, a few letters spelled out.
function keyWord(text: string): string {
  return text
    .toLowerCase()
    .replace(/[øłßæœđı]/g, (ch) => FOLDED[ch])
    .normalize('NFD')
    .replace(/[^a-z0-9]/g, '');
}

function oneLine(text: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are what it replaces
  return text.replace(/[\s\u0000-\u001f\u007f]+/g, ' ').trim();
}

// Literally, as BibTeX counts them: a backslash does not hide a brace from BibTeX.
function balanced(text: string): boolean {
  let depth = 0;
  for (const ch of text) {
    if (ch === '{') depth += 1;
    else if (ch === '}' && --depth < 0) return false;
  }
  return depth === 0;
}

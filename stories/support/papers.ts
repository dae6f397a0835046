/**
 * Papers for the stories: the committed cs.LG listing (demo/data), read by the real validator,
 * and a few made-up papers for states the listing does not have. Every paper goes through
 * `validateListing`, so a story never shows data a page could not receive.
 */
import listingJson from '../../demo/data/listing-cs.LG.json';
import { validateListing } from '../../src/contract/validate.js';
import type { ListingReply, Paper } from '../../src/contract/types.js';

/** A listing reply before validation: whatever an endpoint sent. */
export interface RawListing {
  items: unknown[];
  [field: string]: unknown;
}

/** The listing exactly as committed, to be served as an endpoint's reply. */
export const rawListing: RawListing = listingJson;

/** The listing after validation, its relative URLs resolved against this page. */
export const listing: ListingReply = validateListing(rawListing, {
  baseUrl: document.baseURI,
}).value;

/** Validates hand-written papers as one listing would carry them. */
export function validPapers(items: readonly unknown[]): Paper[] {
  const reply = { version: 1, kind: 'listing', items };
  return validateListing(reply, { baseUrl: document.baseURI }).value.items;
}

function byId(prefix: string): Paper {
  const paper = listing.items.find((item) => item.id.startsWith(prefix));
  if (!paper) throw new Error(`No paper ${prefix}… in demo/data/listing-cs.LG.json`);
  return paper;
}

/** The listing's first paper: figure, badge, partial authors, an abstract dense with TeX. */
export const firstPaper: Paper = listing.items[0];

/** The abstracts with the most formulas in the listing. */
export const mathHeavy: readonly Paper[] = [
  byId('bangachev-'),
  byId('aiyer-'),
  byId('khosravi-2026-411b79'),
];

/** A paper of the listing that has no figure. */
export const noFigure: Paper = byId('feo-');

/** Good formulas mixed with broken ones, in every place a card typesets text (as sent). */
export const rawBrokenTex = {
  id: 'broken-tex',
  title: 'Energy at $\\SI{3}{GeV}$ and the bound $x^{2$ in $O(\\sqrt{n})$ time',
  headline: 'The $\\sun$ constant meets $e^{i\\pi} + 1 = 0$',
  takeaway: 'A good $\\alpha_2$, a broken $\\frac{1}{$, and \\emph{emphasis} in prose.',
  authors: ['Ada Lovelace', 'Émilie du Châtelet'],
  primaryCategory: 'hep-ex',
  date: '2026-05-20',
  score: 3,
  abstract:
    'Broken: $x^{2$ opens a group it never closes, $\\sun$ is no command, and ' +
    '$\\SI{3}{GeV}$ needs siunitx, which KaTeX lacks; in prose, \\sun and \\SI{3}{GeV} are ' +
    'not commands either. Good: $E = mc^2$, $\\binom{n}{k}$, $\\widetilde{O}(d\\sqrt{T})$, ' +
    '\\(\\ell_2\\) and $10{,}300$ all typeset, and so does the display ' +
    "$$\\sum_{i=1}^{n} i = \\frac{n(n+1)}{2}.$$ Fr\\'echet, \\emph{ergodic coverage} and " +
    '\\textbf{bold} are text-mode TeX. A last broken one, $\\frac{a}{b$, and a last good one, ' +
    '$\\langle U_j, V_i \\rangle \\ge m$.',
};

/** {@link rawBrokenTex}, validated. */
export const brokenTex: Paper = validPapers([rawBrokenTex])[0];

const GIVEN = (
  'Aiko Bruno Chiara Dmitri Esther Farid Gonçalo Hana Ingrid Jun Kwame Lucía Mateus Nadia ' +
  'Otávio Priya Quentin Rania Søren Tomás Umaima Vinícius Wei Ximena Yusuf Zofia'
).split(' ');
const FAMILY = (
  'Abbott Bergström Castro Dubois Eriksen Fujita García Haddad Ivanova Jovanović Kowalski ' +
  'Lefèvre Mensah Nakamura Okafor Petrov Quiroga Rossi Schmidt Tanaka Ueda Varga Wójcik ' +
  'Yilmaz Zhou'
).split(' ');

/** `count` distinct, made-up author names, after a collaboration's name as the first "author". */
export function collaboration(name: string, count: number): string[] {
  const people = Array.from({ length: count - 1 }, (_, i) => {
    const given = GIVEN[i % GIVEN.length];
    const family = FAMILY[Math.floor(i / GIVEN.length) % FAMILY.length];
    const round = Math.floor(i / (GIVEN.length * FAMILY.length));
    return round ? `${given} ${family} ${round + 1}` : `${given} ${family}`;
  });
  return [name, ...people];
}

/** A paper with 3,000 authors, the first of them a collaboration (as sent). */
export const rawManyAuthors = {
  id: 'atlas-3000',
  title:
    'Search for long-lived particles decaying to $\\mu^+\\mu^-$ pairs at $\\sqrt{s} = 13.6$ TeV',
  headline: 'No long-lived dimuon resonance below 80 GeV',
  takeaway: 'Cross-section limits improve on the previous search by a factor of three.',
  authors: collaboration('ATLAS Collaboration', 3000),
  authorsTotal: 3000,
  primaryCategory: 'hep-ex',
  date: '2026-05-18',
  score: 2,
  counters: [{ value: 12, label: 'comments' }],
  abstract:
    'We search for neutral long-lived particles decaying into $\\mu^+\\mu^-$ with a displaced ' +
    'vertex, using $140\\,\\mathrm{fb}^{-1}$ of collisions. No excess over the background is seen.',
};

/** {@link rawManyAuthors}, validated. */
export const manyAuthors: Paper = validPapers([rawManyAuthors])[0];

/** A paper written in Arabic, for right-to-left pages. The text is made up for the story. */
export const arabicPaper: Paper = validPapers([
  {
    id: 'arabic-1',
    title: 'حدود التعميم للشبكات العصبية ذات العرض $m$',
    headline: 'خطأ التعميم يتناقص مثل $1/\\sqrt{n}$',
    takeaway: 'يكفي عرض $m = O(d \\log n)$ للوصول إلى الحد الأمثل.',
    authors: ['ليلى حداد', 'يوسف منصور', 'سارة القاسم'],
    authorsTotal: 5,
    primaryCategory: 'cs.LG',
    date: '2026-05-19',
    theorems: 3,
    score: 4,
    counters: [{ value: 2, label: 'تعليقات' }],
    figure: listing.items[0].figure,
    abstract:
      'ندرس شبكات عصبية بطبقة خفية واحدة عرضها $m$ ونثبت أن خطأ التعميم لا يتجاوز ' +
      '$O\\left(\\sqrt{d/n}\\right)$ حيث $d$ هو البعد و$n$ حجم العينة. ' +
      'كما نبين أن الحد ' +
      '$$\\mathbb{E}[L(\\hat{f})] - L(f^\\ast) \\le C \\sqrt{\\frac{d \\log n}{n}}$$ ' +
      'لا يمكن تحسينه إلا بعامل ثابت.',
  },
])[0];

/** Papers of the listing spread over three years, for grouping by year. */
export const acrossYears: Paper[] = listing.items.slice(0, 6).map((paper, i) => ({
  ...paper,
  id: `${paper.id}-y${i}`,
  date: ['2026-05-25', '2026-01-09', '2025-11-30', '2025-03-14', '2024-12-02', '2024-06-21'][i],
}));

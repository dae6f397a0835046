// Types for arxiv-atom.js. Kept free of imports from src/ so that this folder
// stands alone in the published package.

export const ATOM_NS: string;
export const ARXIV_NS: string;

/** A paper as the arXiv adapter produces it: contract fields plus DOI and journal reference. */
export interface ArxivPaper {
  /** arXiv identifier without version, for example `2605.01234`. */
  id: string;
  /** arXiv identifier with version when arXiv gave one, for example `2605.01234v2`. */
  arxivId: string;
  title: string;
  authors: string[];
  primaryCategory?: string;
  categories?: string[];
  /** First-version submission date, `YYYY-MM-DD`. */
  date?: string;
  abstract?: string;
  links: { abs?: string; pdf?: string };
  /** The paper's DOI, without a resolver prefix: `10.1103/PhysRevX.1.000001`. */
  doi?: string;
  /** Journal reference as the authors gave it. */
  journalRef?: string;
}

/** An entry left out of a reply, with the reason. */
export interface SkippedEntry {
  /** Position of the entry in the reply. */
  index: number;
  id?: string;
  reason: string;
}

/** Everything one arXiv reply says. */
export interface ArxivRead {
  papers: ArxivPaper[];
  skipped: SkippedEntry[];
  /** `opensearch:totalResults`: results across all pages. */
  total: number | undefined;
  /** `opensearch:startIndex`: position of this page's first entry. */
  startIndex: number;
  itemsPerPage: number | undefined;
}

/**
 * Why an arXiv reply gave no papers: `api` (arXiv's own error entry, message
 * included), `empty-page` (no entries where arXiv reports results; retryable),
 * `not-atom` (not XML, or XML that is not an Atom feed).
 */
export class ArxivApiError extends Error {
  constructor(kind: ArxivApiError['kind'], message: string, retryable?: boolean);
  readonly kind: 'api' | 'empty-page' | 'not-atom';
  readonly retryable: boolean;
}

export interface AtomReply {
  text: string;
  contentType: string;
  url: string;
}

export function parseArxivId(value: string): { id: string; version: string } | undefined;
export function readArxivAtom(text: string, options?: { contentType?: string }): ArxivRead;
export function collapse(value: string): string;

export function arxivAtomAdapter(reply: AtomReply): {
  version: 1;
  kind: 'listing';
  items: ArxivPaper[];
  total?: number;
  next?: string;
};

export function arxivAtomPaperAdapter(reply: AtomReply): {
  version: 1;
  kind: 'paper';
  paper: ArxivPaper;
};

/**
 * The built-in adapter for replies of the arXiv API (Atom 1.0 with arXiv's
 * extensions). The reading itself lives in plain JavaScript under `bin/lib/`
 * so that the `pith-elements` command runs it on Node without a build; this
 * module gives it types in terms of the contract.
 */
import {
  arxivAtomAdapter as readListing,
  arxivAtomPaperAdapter as readPaperReply,
  parseArxivId as parseId,
  readArxivAtom as read,
} from '../../../bin/lib/arxiv-atom.js';
import type { ListingReply, Paper, PaperReply } from '../types.js';
import type { SourceReply } from './types.js';

/**
 * A paper read from arXiv. Beyond the contract's fields it carries the DOI
 * and journal reference that arXiv records.
 */
export interface ArxivPaper extends Paper {
  /** arXiv identifier with version, for example `2605.01234v2`. */
  arxivId: string;
  /** The DOI without a resolver prefix, for example `10.1214/26-AOS9999`. */
  doi?: string;
  /** The journal reference as the authors gave it. */
  journalRef?: string;
}

/** A contract listing whose items are arXiv papers. */
export interface ArxivListing extends ListingReply {
  items: ArxivPaper[];
}

/** A contract paper reply holding an arXiv paper. */
export interface ArxivPaperReply extends PaperReply {
  paper: ArxivPaper;
}

/** An entry left out of a reply, with the reason. */
export interface SkippedEntry {
  /** Position of the entry in the reply. */
  index: number;
  /** The arXiv id, when the entry had a readable one. */
  id?: string;
  reason: string;
}

/** Everything one arXiv reply says. */
export interface ArxivRead {
  /** Papers in arXiv's order. */
  papers: ArxivPaper[];
  skipped: SkippedEntry[];
  /** Results across all pages (`opensearch:totalResults`), when given. */
  total: number | undefined;
  /** Position of this page's first entry (`opensearch:startIndex`). */
  startIndex: number;
  itemsPerPage: number | undefined;
}

/**
 * What the arXiv reader throws: `api` for arXiv's own error entry (its message
 * included), `empty-page` for a page with no entries where arXiv reports
 * results (usually temporary, so `retryable`), `not-atom` for anything that
 * is not an Atom feed.
 */
export interface ArxivApiError extends Error {
  name: 'ArxivApiError';
  kind: 'api' | 'empty-page' | 'not-atom';
  retryable: boolean;
}

/** Tells an `ArxivApiError` by shape, so it works across copies of the library. */
export function isArxivApiError(error: unknown): error is ArxivApiError {
  return error instanceof Error && error.name === 'ArxivApiError';
}

/**
 * Reads one arXiv API reply: its papers, the entries it skipped and why, and
 * its paging numbers. Throws an `ArxivApiError`.
 */
export function readArxivAtom(text: string, options: { contentType?: string } = {}): ArxivRead {
  return read(text, options);
}

/**
 * Splits an arXiv identifier (`2605.01234v2`, `hep-th/9901001`) into its
 * stable part and its version (`''` when none); `undefined` if it is not one.
 */
export function parseArxivId(value: string): { id: string; version: string } | undefined {
  return parseId(value);
}

/**
 * Source adapter for listings: the papers of one arXiv reply, in arXiv's
 * order, with `total`, and `next` when the reply's URL is an API query that
 * has more pages. Throws an `ArxivApiError`.
 */
export function arxivAtomAdapter(reply: SourceReply): ArxivListing {
  return readListing(reply);
}

/**
 * Source adapter for one paper (an `id_list` query with one id): the reply's
 * first usable paper. Throws an `ArxivApiError` when there is none.
 */
export function arxivAtomPaperAdapter(reply: SourceReply): ArxivPaperReply {
  return readPaperReply(reply);
}

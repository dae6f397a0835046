/**
 * The endpoint contract, version 1: the JSON shapes the elements read.
 *
 * These types describe a reply *after* validation (see `validate.ts`); a raw
 * reply is `unknown` until it has been checked. `docs/endpoint.md` explains
 * each field for people writing an endpoint, and `schema/pith-v1.schema.json`
 * says the same thing to machines.
 */

/** The only contract version this library reads. */
export const CONTRACT_VERSION = 1;

/** A category as shown at the top of a listing. */
export interface Category {
  /** Identifier, for example `cs.LG`. */
  id: string;
  /** Human name, for example `Machine Learning`. */
  name: string;
  /** One paragraph saying what belongs in the category. */
  description?: string;
}

/** A named counter shown at the foot of a card (for example comments). */
export interface Counter {
  value: number;
  /** What is counted; when absent, only the number is shown. */
  label?: string;
}

/** An image attached to a paper: a small thumbnail and the full figure. */
export interface Figure {
  /** URL of the thumbnail shown on the card (http(s) or relative). */
  thumbnail: string;
  /** URL of the full-size image, opened by the "full image" link. */
  full: string;
  /** Text alternative for both images. */
  alt: string;
  /** Intrinsic thumbnail size in CSS pixels, used to reserve space. */
  width?: number;
  height?: number;
}

/** Links about one paper; every one is optional. */
export interface PaperLinks {
  /** The paper's page on the site that serves the listing. */
  page?: string;
  /** The abstract page (for example on arXiv). */
  abs?: string;
  /** The PDF. */
  pdf?: string;
}

/** One paper, or one reading of a paper, as a card shows it. */
export interface Paper {
  /** Stable identifier, unique within a listing; used in URL templates. */
  id: string;
  title: string;
  /** Bold one-line reading of the paper. */
  headline?: string;
  /** One-line takeaway shown under the title. */
  takeaway?: string;
  /** Author names in order; may be only the first few. */
  authors: string[];
  /** Total number of authors when `authors` is partial. */
  authorsTotal?: number;
  primaryCategory?: string;
  /** Other categories, excluding the primary one. */
  categories?: string[];
  /** Submission date, `YYYY-MM-DD`. */
  date?: string;
  /** Number of theorems found in the paper; shown as a badge. */
  theorems?: number;
  /** A named badge shown where the theorem badge would be. */
  badge?: string;
  score?: number;
  counters?: Counter[];
  figure?: Figure;
  /** The abstract as submitted, TeX included. */
  abstract?: string;
  links?: PaperLinks;
  /** arXiv identifier with optional version, for example `2605.12345v2`. */
  arxivId?: string;
  /** DOI of the published version, without a resolver prefix, for example `10.1000/xyz123`. */
  doi?: string;
  /** Journal reference of the published version, as the authors gave it. */
  journalRef?: string;
}

/** A link shown at the foot of a listing ("browse all of cs.LG", …). */
export interface ListingLink {
  /** What the link is for: `browse`, `archive`, `search`, `subcategories`, or another word. */
  rel: string;
  label: string;
  href: string;
}

/** One page of a category listing. */
export interface ListingReply {
  version: typeof CONTRACT_VERSION;
  kind: 'listing';
  category?: Category;
  items: Paper[];
  /** URL of the next page, absolute or relative to this reply's URL. */
  next?: string;
  /** Total number of items across all pages, when known. */
  total?: number;
  links?: ListingLink[];
}

/** A single paper, for pages that embed one paper. */
export interface PaperReply {
  version: typeof CONTRACT_VERSION;
  kind: 'paper';
  paper: Paper;
}

export type Reply = ListingReply | PaperReply;

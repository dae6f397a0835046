/**
 * Caps that validation applies to every reply, whatever the endpoint sends.
 *
 * Lengths count UTF-16 code units (JavaScript `length`). Text longer than its
 * cap is cut (ending in `…`) and reported as a warning; identifiers and URLs
 * are never cut, because a shortened id or URL points somewhere else.
 *
 * The numbers leave room for every real listing we know of (the cs.LG fixture
 * has titles under 250 characters, abstracts under 2,000, at most a few dozen
 * authors per paper) while keeping one hostile reply from making a page lay
 * out megabytes of text.
 */
export const CONTRACT_LIMITS = Object.freeze({
  /** Items read from one listing page; later items are ignored with a warning. */
  items: 1000,
  /** Authors kept per paper; `authorsTotal` still counts the rest. */
  authors: 5000,
  /** Secondary categories kept per paper. */
  categories: 100,
  /** Counters kept per paper. */
  counters: 20,
  /** Links kept at the foot of a listing. */
  listingLinks: 50,
  /** Paper ids and arXiv ids; longer ones make the item invalid. */
  id: 256,
  /** URLs; longer ones are dropped like unsafe ones. */
  url: 4096,
  /** Paper titles. arXiv caps titles far below this. */
  title: 1000,
  /** Headline, takeaway and figure alt text: one line each. */
  line: 1000,
  /** Abstracts. arXiv allows 1,920 characters; other sources run longer. */
  abstract: 20000,
  /** Category descriptions. */
  description: 5000,
  /** Author names, category names, badges, counter and link labels. */
  name: 500,
} as const);

export type ContractLimits = typeof CONTRACT_LIMITS;

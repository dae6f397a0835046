// Reads arXiv API replies (Atom 1.0 with arXiv and OpenSearch extensions) into
// papers in the pith contract. Plain JavaScript with a .d.ts beside it, so the
// command-line tool runs it on Node without a build step and the library
// bundles the very same code for browsers.
import { attribute, childNamed, childrenNamed, parseXml, textContent } from './xml.js';

export const ATOM_NS = 'http://www.w3.org/2005/Atom';
export const ARXIV_NS = 'http://arxiv.org/schemas/atom';
// arXiv has used OpenSearch 1.1 with and without a trailing slash.
const OPENSEARCH_NS = /^https?:\/\/a9\.com\/-\/spec\/opensearch\/1\.1\/?$/;

// New-style identifiers (0704.0001 onwards) and old-style archive/number ones.
const NEW_ID = /^(\d{4}\.\d{4,5})(v\d+)?$/;
const OLD_ID = /^([a-z][a-z-]*(?:\.[A-Z]{2})?\/\d{7})(v\d+)?$/;
const ABS_URL = /^https?:\/\/(?:export\.)?arxiv\.org\/abs\/(.+)$/;
const ERROR_URL = /^https?:\/\/(?:export\.)?arxiv\.org\/api\/errors/;

/** Why an arXiv reply gave no papers. */
export class ArxivApiError extends Error {
  /**
   * @param {'api' | 'empty-page' | 'not-atom'} kind
   * @param {string} message
   * @param {boolean} retryable
   */
  constructor(kind, message, retryable = false) {
    super(message);
    this.name = 'ArxivApiError';
    this.kind = kind;
    this.retryable = retryable;
  }
}

/**
 * Splits an arXiv identifier into its stable part and its version.
 * @param {string} value `2605.01234v2`, `hep-th/9901001`, …
 */
export function parseArxivId(value) {
  const match = NEW_ID.exec(value) ?? OLD_ID.exec(value);
  return match ? { id: match[1], version: match[2] ?? '' } : undefined;
}

/**
 * Reads one reply of the arXiv API.
 * @param {string} text
 * @param {{ contentType?: string }} [options]
 */
export function readArxivAtom(text, options = {}) {
  const feed = parseFeed(text, options.contentType);
  const entries = childrenNamed(feed, ATOM_NS, 'entry');
  throwIfError(entries);

  const total = openSearchNumber(feed, 'totalResults');
  const startIndex = openSearchNumber(feed, 'startIndex') ?? 0;
  const itemsPerPage = openSearchNumber(feed, 'itemsPerPage');
  if (entries.length === 0 && total !== undefined && total > startIndex) {
    // arXiv's search backend sometimes answers a page with no entries while
    // reporting results there; asking again usually works.
    throw new ArxivApiError(
      'empty-page',
      `arXiv returned no entries at position ${startIndex} of ${total} results; ` +
        'this is usually temporary',
      true,
    );
  }

  /** @type {import('./arxiv-atom.js').ArxivPaper[]} */
  const papers = [];
  /** @type {import('./arxiv-atom.js').SkippedEntry[]} */
  const skipped = [];
  entries.forEach((entry, index) => {
    const result = entryToPaper(entry);
    if ('paper' in result) papers.push(result.paper);
    else if (result.id) skipped.push({ index, id: result.id, reason: result.reason });
    else skipped.push({ index, reason: result.reason });
  });
  return { papers, skipped, total, startIndex, itemsPerPage };
}

/**
 * @param {string} text
 * @param {string | undefined} contentType
 */
function parseFeed(text, contentType) {
  const got = contentType ? ` (${contentType})` : '';
  let root;
  try {
    root = parseXml(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new ArxivApiError('not-atom', `expected an arXiv Atom feed${got}: ${detail}`);
  }
  if (root.ns !== ATOM_NS || root.local !== 'feed') {
    throw new ArxivApiError('not-atom', `expected an arXiv Atom feed${got}, got <${root.name}>`);
  }
  return root;
}

/**
 * arXiv reports a bad request as a feed holding one entry whose id points
 * into its errors namespace; the summary carries the message.
 * @param {import('./xml.js').XmlElement[]} entries
 */
function throwIfError(entries) {
  for (const entry of entries) {
    const id = collapse(textContent(childNamed(entry, ATOM_NS, 'id')));
    if (!ERROR_URL.test(id)) continue;
    const message = collapse(textContent(childNamed(entry, ATOM_NS, 'summary')));
    throw new ArxivApiError('api', `arXiv API error: ${message || id}`);
  }
}

/**
 * @param {import('./xml.js').XmlElement} feed
 * @param {string} local
 */
function openSearchNumber(feed, local) {
  const element = feed.children.find(
    (c) => typeof c !== 'string' && c.local === local && OPENSEARCH_NS.test(c.ns),
  );
  if (!element || typeof element === 'string') return undefined;
  const text = collapse(textContent(element));
  if (!/^\d+$/.test(text)) return undefined;
  const value = Number(text);
  return Number.isSafeInteger(value) ? value : undefined;
}

/**
 * @param {import('./xml.js').XmlElement} entry
 * @returns {{ paper: import('./arxiv-atom.js').ArxivPaper } | { reason: string, id?: string }}
 */
function entryToPaper(entry) {
  const idText = collapse(textContent(childNamed(entry, ATOM_NS, 'id')));
  const absPath = ABS_URL.exec(idText)?.[1];
  const parsed = absPath === undefined ? undefined : parseArxivId(absPath);
  if (!parsed) {
    const shown = JSON.stringify(idText.length > 80 ? `${idText.slice(0, 80)}…` : idText);
    return { reason: `id ${shown} is not an arXiv abstract URL` };
  }

  const { id, version } = parsed;
  const title = collapse(textContent(childNamed(entry, ATOM_NS, 'title')));
  if (!title) return { id, reason: 'no title' };
  const authors = childrenNamed(entry, ATOM_NS, 'author')
    .map((author) => collapse(textContent(childNamed(author, ATOM_NS, 'name'))))
    .filter((name) => name !== '');
  if (authors.length === 0) return { id, reason: 'no authors' };

  /** @type {import('./arxiv-atom.js').ArxivPaper} */
  const paper = { id, arxivId: id + version, title, authors };
  Object.assign(paper, classification(entry), publication(entry));
  const abstract = collapse(textContent(childNamed(entry, ATOM_NS, 'summary')));
  if (abstract) paper.abstract = abstract;
  paper.links = links(entry, paper.arxivId);
  return { paper };
}

/** @param {import('./xml.js').XmlElement} entry */
function classification(entry) {
  /** @type {{ primaryCategory?: string, categories?: string[] }} */
  const out = {};
  const terms = childrenNamed(entry, ATOM_NS, 'category')
    .map((c) => collapse(attribute(c, 'term') ?? ''))
    .filter((term) => term !== '');
  const primaryElement = childNamed(entry, ARXIV_NS, 'primary_category');
  const primary = collapse((primaryElement && attribute(primaryElement, 'term')) ?? '') || terms[0];
  if (primary) out.primaryCategory = primary;
  const others = [...new Set(terms)].filter((term) => term !== primary);
  if (others.length > 0) out.categories = others;
  return out;
}

/** @param {import('./xml.js').XmlElement} entry */
function publication(entry) {
  /** @type {{ date?: string, doi?: string, journalRef?: string }} */
  const out = {};
  const published = collapse(textContent(childNamed(entry, ATOM_NS, 'published')));
  const date = /^(\d{4}-\d{2}-\d{2})(?:T|$)/.exec(published)?.[1];
  if (date) out.date = date;

  // arXiv's doi element may list several DOIs separated by spaces; the first
  // is the paper's own.
  const doi = collapse(textContent(childNamed(entry, ARXIV_NS, 'doi'))).split(' ')[0];
  const linked = doiFromLink(entry);
  if (doi || linked) out.doi = doi || linked;

  const journalRef = collapse(textContent(childNamed(entry, ARXIV_NS, 'journal_ref')));
  if (journalRef) out.journalRef = journalRef;
  return out;
}

/**
 * @param {import('./xml.js').XmlElement} entry
 * @param {string} arxivId
 */
function links(entry, arxivId) {
  /** @type {{ abs?: string, pdf?: string }} */
  const out = {};
  for (const link of linksOf(entry)) {
    const rel = attribute(link, 'rel') ?? 'alternate';
    const href = httpsUrl(attribute(link, 'href'));
    if (!href) continue;
    if (attribute(link, 'title') === 'pdf' || attribute(link, 'type') === 'application/pdf') {
      out.pdf ??= href;
    } else if (rel === 'alternate') {
      out.abs ??= href;
    }
  }
  // Every arXiv paper has an abstract page, so a missing link can be rebuilt.
  out.abs ??= `https://arxiv.org/abs/${arxivId}`;
  return out;
}

/** @param {import('./xml.js').XmlElement} entry */
function linksOf(entry) {
  return childrenNamed(entry, ATOM_NS, 'link');
}

/**
 * http(s) URLs only; arXiv's own links are served over https too, and a page
 * on https would otherwise link out insecurely.
 * @param {string | undefined} value
 */
function httpsUrl(value) {
  const url = collapse(value ?? '');
  if (/^https:\/\//i.test(url)) return url;
  if (!/^http:\/\//i.test(url)) return undefined;
  return /^http:\/\/(?:[\w-]+\.)*arxiv\.org(?:[/:?#]|$)/i.test(url) ? `https${url.slice(4)}` : url;
}

/**
 * The DOI named by a `<link title="doi">`, for entries without `arxiv:doi`.
 * @param {import('./xml.js').XmlElement} entry
 */
function doiFromLink(entry) {
  const link = linksOf(entry).find((l) => attribute(l, 'title') === 'doi');
  const href = collapse((link && attribute(link, 'href')) ?? '');
  const path = /^https?:\/\/(?:dx\.)?doi\.org\/(10\..+)$/i.exec(href)?.[1];
  if (!path) return '';
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}

/**
 * XML whitespace only: arXiv wraps titles and abstracts with a newline and
 * indentation, while a no-break space in the text is meant.
 * @param {string} value
 */
export function collapse(value) {
  return value.replace(/[ \t\n\r]+/g, ' ').trim();
}

/**
 * The URL of the page after `url`, when the reply says more results follow
 * and `url` is an arXiv API query that can be advanced.
 * @param {string} url
 * @param {{ total?: number, startIndex: number, papers: unknown[], skipped: unknown[] }} read
 */
function nextPage(url, read) {
  const seen = read.papers.length + read.skipped.length;
  const more = read.total !== undefined && seen > 0 && read.startIndex + seen < read.total;
  if (!more) return undefined;
  let parsed;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  const params = parsed.searchParams;
  if (!params.has('search_query') && !params.has('id_list')) return undefined;
  params.set('start', String(read.startIndex + seen));
  return parsed.href;
}

/**
 * The built-in adapter for arXiv API replies: a listing of the papers in one
 * reply, in arXiv's order, with `total` and, when more follow, `next`.
 * @param {{ text: string, contentType: string, url: string }} reply
 */
export function arxivAtomAdapter(reply) {
  const read = readArxivAtom(reply.text, { contentType: reply.contentType });
  /** @type {Record<string, unknown>} */
  const listing = { version: 1, kind: 'listing', items: read.papers };
  if (read.total !== undefined) listing.total = read.total;
  const next = nextPage(reply.url, read);
  if (next) listing.next = next;
  return listing;
}

/**
 * The adapter for a single paper (for `<paper-card>` fed from an `id_list`
 * query): the first paper of the reply.
 * @param {{ text: string, contentType: string, url: string }} reply
 */
export function arxivAtomPaperAdapter(reply) {
  const read = readArxivAtom(reply.text, { contentType: reply.contentType });
  const paper = read.papers[0];
  if (!paper) {
    const why = read.skipped[0] ? `: ${read.skipped[0].reason}` : '';
    throw new ArxivApiError('api', `arXiv returned no usable paper${why}`);
  }
  return { version: 1, kind: 'paper', paper };
}

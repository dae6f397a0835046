/**
 * The source-adapter API: how a page reads an endpoint that does not speak
 * the pith contract (an Atom feed, a CMS export, a lab's own JSON).
 */

/** One reply from the endpoint, as an adapter receives it. */
export interface SourceReply {
  /** The body, decoded as text. */
  text: string;
  /** The `Content-Type` header as sent, parameters included; `''` when absent. */
  contentType: string;
  /** The final URL of the reply, after redirects; relative links resolve against it. */
  url: string;
}

/**
 * Turns one reply in a foreign format into a contract reply: a `ListingReply`
 * (`{ version: 1, kind: 'listing', items: [...] }`) or a `PaperReply`
 * (`{ version: 1, kind: 'paper', paper: {...} }`).
 *
 * The result is `unknown` on purpose: it goes through the same validation as
 * any JSON reply, so an adapter may be sloppy about optional fields but can
 * never put unchecked data on the page. An adapter throws an `Error` when the
 * reply holds nothing usable; its message is what the page reports.
 *
 * Adapters are synchronous and must not fetch: the element has already
 * fetched, and owns caching, retries and cancellation.
 *
 * @example
 * ```js
 * feed.adapter = ({ text }) => ({
 *   version: 1,
 *   kind: 'listing',
 *   items: JSON.parse(text).publications.map((p) => ({
 *     id: p.slug, title: p.title, authors: p.authors, date: p.year + '-01-01',
 *   })),
 * });
 * ```
 */
export type SourceAdapter = (reply: SourceReply) => unknown;

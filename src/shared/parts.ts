/**
 * The card parts that `<category-feed>` and `<pith-feed>` pass on with `exportparts`, so a page
 * can style what is inside each card from outside the feed: `pith-feed::part(score)`.
 */
// One string rather than an array joined at load: the elements only need the joined forms.
const PARTS =
  'meta, score, category, date, badge, headline, readings, reading, title, takeaway, figure, ' +
  'thumbnail, full-image, abstract, footer, counters, tools, abs-link, pdf-link, cite, ' +
  'cite-status, author-name, author-more, abstract-button, abstract-text, tex-error';

/** Every card part passed on, for the docs and their tests. */
export const CARD_PARTS: readonly string[] = /* @__PURE__ */ PARTS.split(', ');

/** `exportparts` for a card: its own `base` as `card-base`, the rest under their names. */
export const CARD_EXPORTPARTS = `base:card-base, ${PARTS}`;

/** `exportparts` for a `<category-feed>` inside `<pith-feed>`: the cards and their parts. */
export const LIST_EXPORTPARTS = `card, card-base, group, group-heading, ${PARTS}`;

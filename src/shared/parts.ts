/**
 * The card parts that `<category-feed>` and `<pith-feed>` pass on with `exportparts`, so a page
 * can style what is inside each card from outside the feed: `pith-feed::part(score)`.
 */
export const CARD_PARTS = [
  'meta',
  'score',
  'category',
  'date',
  'badge',
  'headline',
  'readings',
  'reading',
  'title',
  'takeaway',
  'figure',
  'thumbnail',
  'full-image',
  'abstract',
  'footer',
  'counters',
  'tools',
  'abs-link',
  'pdf-link',
  'cite',
  'cite-status',
  'author-name',
  'author-more',
  'abstract-button',
  'abstract-text',
  'tex-error',
] as const;

/** `exportparts` for a card: its own `base` as `card-base`, the rest under their names. */
export const CARD_EXPORTPARTS = ['base:card-base', ...CARD_PARTS].join(', ');

/** `exportparts` for a `<category-feed>` inside `<pith-feed>`: the cards and their parts. */
export const LIST_EXPORTPARTS = ['card', 'card-base', 'group', 'group-heading', ...CARD_PARTS].join(
  ', ',
);

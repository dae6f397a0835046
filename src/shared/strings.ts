/**
 * Every piece of text the elements show or announce, with English defaults. A page replaces any
 * of them with a partial object: on `<pith-feed>` (it reaches every card inside through the
 * configuration context), page-wide with `setPithDefaults({ strings })`, or on one element.
 * Texts that hold a count are functions of the count, so each language can form its plurals.
 */
export interface PithStrings {
  /** Announced while the first page of a listing loads. */
  loading: string;
  /** A listing with no papers. */
  empty: string;
  /** First sentence of the error state; the reason follows it. */
  loadError: string;
  /** The button that asks again after an error. */
  retry: string;
  /** A feed with neither `category` nor `src`. */
  misconfigured: string;
  /** The button that fetches the next page. */
  loadMore: string;
  /** The same button while the next page loads. */
  loadingMore: string;
  /** The next page could not be loaded. */
  loadMoreError: string;
  /** Accessible name of the links at the foot of a listing. */
  listingLinks: string;
  /** Accessible name of the list of cards. */
  feedLabel: string;
  /** Accessible name of the cards of one year, when grouped by year. */
  yearFeedLabel: (label: string, year: string) => string;
  /** Heading of the papers without a date, when grouped by year. */
  undated: string;

  /** Read before the score, for people who cannot see where it stands. */
  score: string;
  /** The theorem badge. */
  theorems: (count: number) => string;
  /** Accessible name of the list of headlines when one card holds several readings. */
  readings: (count: number) => string;
  /** The link to the full figure. */
  fullImage: string;
  /** Accessible name of the dialog showing the full figure; the paper title follows. */
  figureDialog: string;
  /** The button that closes a dialog. */
  close: string;
  /** The link to the paper's abstract page. */
  abs: string;
  /** The link to the PDF. */
  pdf: string;
  /** The button that copies a BibTeX entry. */
  cite: string;
  /** Accessible name of the Cite button; the paper title follows. */
  citeLabel: (title: string) => string;
  /** Shown once the entry is on the clipboard. */
  copied: string;
  /** Heading of the dialog shown when the clipboard cannot be written. */
  citeDialog: string;
  /** Tells the reader how to copy the entry themselves. */
  citeHint: string;
  /** A card fetching its paper. */
  loadingPaper: string;
  /** A card whose paper could not be fetched; the reason follows it. */
  paperError: string;
  /** The code behind Cite or the full figure could not be downloaded; pressing again retries. */
  featureError: string;

  /** Text before the author names. */
  by: string;
  /** Between two author names. */
  authorSeparator: string;
  /** The button that shows the hidden names. */
  more: (count: number) => string;
  /** Accessible name of that button. */
  moreLabel: (count: number) => string;
  /** The count of authors whose names are not known. */
  unknownMore: (count: number) => string;
  /** How that count is read out. */
  unknownMoreLabel: (count: number) => string;
  /** The button that hides the names again. */
  fewer: string;
  /** Accessible name of that button. */
  fewerLabel: string;

  /** The abstract button while the abstract is hidden. */
  showAbstract: string;
  /** The abstract button while the abstract is shown. */
  hideAbstract: string;
}

/** A partial set of strings, as pages give them. */
export type PithStringsInput = Partial<PithStrings>;

const authors = (count: number) => (count === 1 ? 'author' : 'authors');

/** The English defaults. */
export const DEFAULT_STRINGS: Readonly<PithStrings> = Object.freeze({
  loading: 'Loading papers…',
  empty: 'No papers to show in this listing yet.',
  loadError: 'The listing could not be loaded.',
  retry: 'Retry',
  misconfigured: 'Set a category or a src to show a listing.',
  loadMore: 'Load more',
  loadingMore: 'Loading…',
  loadMoreError: 'Could not load more papers.',
  listingLinks: 'More from this listing',
  feedLabel: 'Papers',
  yearFeedLabel: (label: string, year: string) => `${label}, ${year}`,
  undated: 'Undated',

  score: 'Score',
  theorems: (count: number) => `${count} ${count === 1 ? 'theorem' : 'theorems'}`,
  readings: (count: number) => `${count} readings of this paper`,
  fullImage: 'full image',
  figureDialog: 'Figure',
  close: 'Close',
  abs: 'abs',
  pdf: 'PDF',
  cite: 'Cite',
  citeLabel: (title: string) => `Cite: copy a BibTeX entry for ${title}`,
  copied: 'Copied',
  citeDialog: 'BibTeX entry',
  citeHint: 'The clipboard is not available here; the entry is selected, copy it yourself.',
  loadingPaper: 'Loading paper…',
  paperError: 'This paper could not be loaded.',
  featureError: 'This could not be loaded. Check the connection and try again.',

  by: 'by',
  authorSeparator: ', ',
  more: (count: number) => `+${count} more`,
  moreLabel: (count: number) => `+${count} more ${authors(count)}`,
  unknownMore: (count: number) => `+${count} more`,
  unknownMoreLabel: (count: number) => `and ${count} more ${authors(count)}`,
  fewer: 'show less',
  fewerLabel: 'show less of the author list',

  showAbstract: 'Show abstract',
  hideAbstract: 'Hide abstract',
});

/**
 * The strings to use: English defaults, then each partial set in order, later ones winning.
 * Entries of the wrong type (a string where a function is expected) are ignored, so a page's
 * mistake costs one string, not the element.
 */
export function resolveStrings(
  ...layers: ReadonlyArray<PithStringsInput | undefined>
): PithStrings {
  const result: Record<string, unknown> = { ...DEFAULT_STRINGS };
  for (const layer of layers) {
    if (!layer || typeof layer !== 'object') continue;
    for (const [key, value] of Object.entries(layer)) {
      if (!Object.hasOwn(DEFAULT_STRINGS, key)) continue;
      if (typeof value === typeof result[key]) result[key] = value;
    }
  }
  return result as unknown as PithStrings;
}

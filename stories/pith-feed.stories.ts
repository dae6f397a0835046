import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import type { PithFeed } from '../src/pith-feed/pith-feed.js';
import type { PithClient } from '../src/client/types.js';
import { clientFor, htmlPage, json, silentClient } from './support/endpoint.js';
import { until } from './support/play.js';
import { dark, darkTokens, narrow, rtl } from './support/frames.js';
import { arabicStrings } from './support/arabic.js';
import { lookArgTypes } from './support/look.js';
import { rawBrokenTex, rawListing, rawManyAuthors } from './support/papers.js';

type FeedArgs = Partial<
  Pick<
    PithFeed,
    | 'category'
    | 'endpoint'
    | 'src'
    | 'limit'
    | 'locale'
    | 'mathOutput'
    | 'ids'
    | 'sort'
    | 'minScore'
    | 'groupBy'
    | 'groupReadings'
    | 'authorUrl'
    | 'theme'
    | 'density'
    // Listed only to turn their controls off: each story brings its own client.
    | 'client'
    | 'adapter'
    | 'strings'
  >
> & {
  onPithLoad?: (event: Event) => void;
  onPithError?: (event: Event) => void;
};

const LISTING_PATH = '/api/v1/categories/cs.LG.json';

// The committed listing at the default endpoint; any other category gets the server's 404 page.
const listingClient = clientFor({ [LISTING_PATH]: json(rawListing) });

function feed(args: FeedArgs, client: PithClient) {
  return html`<pith-feed
    .client=${client}
    .category=${args.category}
    .endpoint=${args.endpoint}
    .src=${args.src}
    .limit=${args.limit}
    .locale=${args.locale}
    .mathOutput=${args.mathOutput}
    .ids=${args.ids}
    .sort=${args.sort}
    .minScore=${args.minScore}
    .groupBy=${args.groupBy}
    .groupReadings=${args.groupReadings ?? false}
    .authorUrl=${args.authorUrl}
    .strings=${args.strings}
    .theme=${args.theme}
    .density=${args.density}
    @pith-load=${args.onPithLoad}
    @pith-error=${args.onPithError}
  >
    <a href="https://example.org/list/cs.LG">Browse the cs.LG listing</a>
  </pith-feed>`;
}

const meta: Meta<FeedArgs> = {
  title: 'Elements/pith-feed',
  component: 'pith-feed',
  args: { category: 'cs.LG' },
  argTypes: {
    sort: {
      control: 'select',
      options: ['as sent', 'score', 'date'],
      mapping: { 'as sent': undefined },
    },
    groupBy: { control: 'select', options: ['none', 'year'], mapping: { none: undefined } },
    mathOutput: { control: 'inline-radio', options: ['htmlAndMathml', 'mathml'] },
    limit: { control: { type: 'number', min: 0 } },
    minScore: { control: { type: 'number' } },
    ...lookArgTypes,
    client: { control: false },
    adapter: { control: false },
    strings: { control: false },
  },
  render: (args) => feed(args, listingClient),
};
export default meta;

type Story = StoryObj<FeedArgs>;

/** The committed cs.LG listing (32 papers), served to the real client by a pretend endpoint. */
export const RealListing: Story = {};

/** The reply never arrives: placeholder cards hold the space. */
export const Loading: Story = {
  render: (args) => feed(args, silentClient()),
};

// The listing's category and links around papers it lacks, all sent through the real client.
const hardCases = {
  ...rawListing,
  items: [rawBrokenTex, rawManyAuthors, rawListing.items[12]],
};

/** Broken TeX, 3,000 authors and a paper without a figure, read from the endpoint's JSON. */
export const HardCases: Story = {
  tags: ['katex-fonts'],
  render: (args) => feed(args, clientFor({ [LISTING_PATH]: json(hardCases) })),
};

const empty = { ...rawListing, items: [] };

/** A valid listing with no papers. */
export const Empty: Story = {
  render: (args) => feed(args, clientFor({ [LISTING_PATH]: json(empty) })),
};

/** The endpoint answers 404 with its HTML error page. */
export const Error404: Story = {
  name: 'Error: 404',
  render: (args) => feed(args, clientFor({})),
};

/** The endpoint answers 200 with an HTML page instead of JSON (a captive portal, a proxy). */
export const ErrorHtml: Story = {
  name: 'Error: HTML instead of JSON',
  render: (args) => feed(args, clientFor({ [LISTING_PATH]: htmlPage })),
};

const nextVersion = { ...rawListing, version: 2 };

/** JSON in a contract version this library does not read. */
export const ErrorVersion: Story = {
  name: 'Error: another contract version',
  render: (args) => feed(args, clientFor({ [LISTING_PATH]: json(nextVersion) })),
};

/** Neither `category` nor `src`: the feed says what it needs. */
export const Unconfigured: Story = {
  args: { category: undefined },
};

// The listing in three pages linked by `next`.
const pages = [0, 10, 20].map((start, i) => ({
  ...rawListing,
  items: rawListing.items.slice(start, start + (i < 2 ? 10 : 12)),
  ...(i < 2 ? { next: `cs.LG.json?page=${i + 2}` } : {}),
}));
const pagedClient = clientFor({
  [LISTING_PATH]: json(pages[0]),
  [`${LISTING_PATH}?page=2`]: json(pages[1]),
  [`${LISTING_PATH}?page=3`]: json(pages[2]),
});

/** A listing in pages: "Load more" has been pressed once, and a third page is left. */
export const LoadMore: Story = {
  render: (args) => feed(args, pagedClient),
  play: async ({ canvasElement }) => {
    const element = canvasElement.querySelector('pith-feed')!;
    const more = await until(() => element.shadowRoot?.querySelector<HTMLElement>('[part~=more]'));
    more.click();
    await new Promise((resolve) => element.addEventListener('pith-load', resolve, { once: true }));
  },
};

/** Several readings of one paper (same title and authors) shown as one card. */
export const ReadingsGrouped: Story = {
  args: { groupReadings: true, ids: rawListing.items.slice(22, 30).map(idOf).join(' ') },
};

/** Compact density. */
export const Compact: Story = { args: { density: 'compact', limit: 4 } };

/** `theme="dark"` on a dark page. */
export const Dark: Story = {
  args: { limit: 4, theme: 'dark' },
  render: (args) => dark(feed(args, listingClient)),
};

/** On a dark page that sets the `--pith-color-*` tokens itself, with no `theme`. */
export const DarkWithTokens: Story = {
  args: { limit: 4 },
  render: (args) => darkTokens(feed(args, listingClient)),
};

/** On a right-to-left page in Arabic, with Arabic `strings` (the listing is in English). */
export const RightToLeft: Story = {
  args: { limit: 4, strings: arabicStrings },
  render: (args) => rtl(feed(args, listingClient)),
};

/** In a 260 px column. */
export const Narrow: Story = {
  args: { limit: 4 },
  render: (args) => narrow(feed(args, listingClient)),
};

function idOf(item: unknown): string {
  return String((item as { id?: unknown }).id);
}

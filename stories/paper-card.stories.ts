import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import type { PaperCard } from '../src/paper-card/paper-card.js';
import { clientFor, json, silentClient } from './support/endpoint.js';
import { dark, darkTokens, narrow, rtl } from './support/frames.js';
import { arabicStrings } from './support/arabic.js';
import { lookArgTypes } from './support/look.js';
import {
  arabicPaper,
  brokenTex,
  firstPaper,
  listing,
  manyAuthors,
  mathHeavy,
  noFigure,
  rawListing,
} from './support/papers.js';
import { clickInShadow, until } from './support/play.js';
import { withClient } from './support/provider.js';

// `config`, `position`, `setSize` and `strings` are listed only to turn their controls off.
type CardArgs = Partial<
  Pick<
    PaperCard,
    | 'paper'
    | 'readings'
    | 'paperId'
    | 'paperEndpoint'
    | 'authorUrl'
    | 'theme'
    | 'density'
    | 'config'
    | 'position'
    | 'setSize'
    | 'strings'
  >
> & {
  onPithLoad?: (event: Event) => void;
  onPithError?: (event: Event) => void;
};

function card(args: CardArgs) {
  return html`<paper-card
    .paper=${args.paper}
    .paperId=${args.paperId}
    .readings=${args.readings ?? []}
    .paperEndpoint=${args.paperEndpoint}
    .authorUrl=${args.authorUrl}
    .strings=${args.strings}
    .theme=${args.theme}
    .density=${args.density}
    @pith-load=${args.onPithLoad}
    @pith-error=${args.onPithError}
  ></paper-card>`;
}

/** Opens the card's abstract with its button, as a reader would. */
async function openAbstract({ canvasElement }: { canvasElement: HTMLElement }) {
  const paperCard = await until(() => canvasElement.querySelector('paper-card'));
  const toggle = await until(() => paperCard.shadowRoot?.querySelector('abstract-toggle'));
  await clickInShadow(toggle, 'button[aria-expanded]');
}

const meta: Meta<CardArgs> = {
  title: 'Elements/paper-card',
  component: 'paper-card',
  args: { paper: firstPaper },
  argTypes: {
    paper: { control: 'object' },
    readings: { control: 'object' },
    ...lookArgTypes,
    config: { control: false },
    strings: { control: false },
    position: { control: false },
    setSize: { control: false },
  },
  render: (args) => card(args),
};
export default meta;

type Story = StoryObj<CardArgs>;

/** The first paper of the committed cs.LG listing. */
export const Default: Story = {};

/** The abstract with the most formulas in the listing, opened. */
export const MathHeavyOpen: Story = {
  name: 'Math-heavy abstract, open',
  args: { paper: mathHeavy[1] },
  tags: ['katex-fonts'],
  play: openAbstract,
};

/** Broken formulas among good ones in the title, headline, takeaway and abstract (opened). */
export const BrokenTex: Story = {
  name: 'Broken TeX',
  args: { paper: brokenTex },
  tags: ['katex-fonts'],
  play: openAbstract,
};

/** 3,000 authors, the first a collaboration's name. */
export const ThreeThousandAuthors: Story = {
  name: '3,000 authors',
  args: { paper: manyAuthors },
  tags: ['katex-fonts'],
};

/** A paper without a figure. */
export const NoFigure: Story = { args: { paper: noFigure } };

const readings = listing.items.filter((paper) => paper.id.startsWith('young-'));

/** One paper read four ways: every headline and badge on one card. */
export const SeveralReadings: Story = {
  args: { paper: readings[0], readings: readings.slice(1) },
};

/** Author names linked through an `author-url` template. */
export const LinkedAuthors: Story = {
  args: { authorUrl: 'https://example.org/search?author={name}' },
};

/** Compact density. */
export const Compact: Story = { args: { density: 'compact' } };

/** A named badge where the theorem count would be. */
export const NamedBadge: Story = {
  args: { paper: listing.items.find((paper) => paper.badge) },
};

const PAPER_PATH = '/api/v1/papers/';
const rawPaper = rawListing.items[1];

/** Given only a `paper-id`, the card fetches the paper from the single-paper endpoint. */
export const FetchedById: Story = {
  name: 'Fetched by id',
  args: { paper: undefined, paperId: 'cunningham-2026-354505-acdd' },
  render: (args) => {
    const reply = json({ version: 1, kind: 'paper', paper: rawPaper });
    const client = clientFor({ [`${PAPER_PATH}${args.paperId ?? ''}.json`]: reply });
    return withClient(client, card(args));
  },
};

/** Given only a `paper-id`, while the paper is on its way. */
export const FetchingById: Story = {
  name: 'Fetched by id: loading',
  args: { paper: undefined, paperId: 'cunningham-2026-354505-acdd' },
  render: (args) => withClient(silentClient(), card(args)),
};

/** Given only a `paper-id` the endpoint does not know: 404. */
export const FetchByIdFails: Story = {
  name: 'Fetched by id: 404',
  args: { paper: undefined, paperId: 'no-such-paper' },
  render: (args) => withClient(clientFor({}), card(args)),
};

/** `theme="dark"` on a dark page. */
export const Dark: Story = { args: { theme: 'dark' }, render: (args) => dark(card(args)) };

/** On a dark page that sets the `--pith-color-*` tokens itself, with no `theme`. */
export const DarkWithTokens: Story = { render: (args) => darkTokens(card(args)) };

/** A paper in Arabic, with Arabic `strings`, on a right-to-left page, abstract open. */
export const RightToLeft: Story = {
  args: { paper: arabicPaper, strings: arabicStrings },
  tags: ['katex-fonts'],
  render: (args) => rtl(card(args)),
  play: openAbstract,
};

/** In a 260 px column. */
export const Narrow: Story = { render: (args) => narrow(card(args)) };

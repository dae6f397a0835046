import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import type { CategoryFeed } from '../src/category-feed/category-feed.js';
import { dark, darkTokens, narrow, rtl } from './support/frames.js';
import { arabicStrings } from './support/arabic.js';
import { lookArgTypes } from './support/look.js';
import {
  acrossYears,
  arabicPaper,
  brokenTex,
  listing,
  manyAuthors,
  noFigure,
} from './support/papers.js';

// `strings` and `config` are listed only to turn their controls off.
type ListArgs = Partial<
  Pick<
    CategoryFeed,
    | 'items'
    | 'groupBy'
    | 'groupReadings'
    | 'busy'
    | 'label'
    | 'theme'
    | 'density'
    | 'strings'
    | 'config'
  >
>;

function list(args: ListArgs) {
  return html`<category-feed
    .items=${args.items ?? []}
    .groupBy=${args.groupBy}
    .groupReadings=${args.groupReadings ?? false}
    .busy=${args.busy ?? false}
    .label=${args.label}
    .strings=${args.strings}
    .theme=${args.theme}
    .density=${args.density}
  ></category-feed>`;
}

const meta: Meta<ListArgs> = {
  title: 'Elements/category-feed',
  component: 'category-feed',
  args: { items: listing.items.slice(0, 6), busy: false },
  argTypes: {
    items: { control: 'object' },
    groupBy: { control: 'select', options: ['none', 'year'], mapping: { none: undefined } },
    ...lookArgTypes,
    strings: { control: false },
    config: { control: false },
  },
  render: (args) => list(args),
};
export default meta;

type Story = StoryObj<ListArgs>;

/** The first six papers of the committed cs.LG listing. */
export const FromListing: Story = {};

/** All 32 papers of the listing. */
export const WholeListing: Story = { args: { items: listing.items } };

/** No papers. */
export const Empty: Story = { args: { items: [] } };

/** Papers from three years under year headings. */
export const GroupedByYear: Story = { args: { items: acrossYears, groupBy: 'year' } };

/** Several readings of one paper shown as one card (`group-readings`). */
export const ReadingsGrouped: Story = {
  args: { items: listing.items.slice(22, 30), groupReadings: true },
};

/** More papers on their way (`busy`), announced to assistive technology. */
export const Busy: Story = { args: { busy: true } };

/** Hard cases side by side: no figure, broken TeX, 3,000 authors. */
export const HardCases: Story = {
  args: { items: [noFigure, brokenTex, manyAuthors] },
  tags: ['katex-fonts'],
};

/** `theme="dark"` on a dark page. */
export const Dark: Story = {
  args: { items: listing.items.slice(0, 3), theme: 'dark' },
  render: (args) => dark(list(args)),
};

/** On a dark page that sets the `--pith-color-*` tokens itself, with no `theme`. */
export const DarkWithTokens: Story = {
  args: { items: listing.items.slice(0, 3) },
  render: (args) => darkTokens(list(args)),
};

/** An Arabic paper and two English ones, with Arabic `strings`, on a right-to-left page. */
export const RightToLeft: Story = {
  args: { items: [arabicPaper, ...listing.items.slice(0, 2)], strings: arabicStrings },
  render: (args) => rtl(list(args)),
};

/** In a 260 px column. */
export const Narrow: Story = {
  args: { items: listing.items.slice(0, 3) },
  render: (args) => narrow(list(args)),
};

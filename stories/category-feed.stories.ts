import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import type { CategoryFeed } from '../src/category-feed/category-feed.js';
import { dark, darkTokens, narrow, rtl } from './support/frames.js';
import {
  acrossYears,
  arabicPaper,
  brokenTex,
  listing,
  manyAuthors,
  noFigure,
} from './support/papers.js';

type ListArgs = Partial<Pick<CategoryFeed, 'items' | 'groupBy' | 'busy' | 'label'>>;

function list(args: ListArgs) {
  return html`<category-feed
    .items=${args.items ?? []}
    .groupBy=${args.groupBy}
    .busy=${args.busy ?? false}
    .label=${args.label ?? 'Papers'}
  ></category-feed>`;
}

const meta: Meta<ListArgs> = {
  title: 'Elements/category-feed',
  component: 'category-feed',
  args: { items: listing.items.slice(0, 6), busy: false, label: 'Papers' },
  argTypes: {
    items: { control: 'object' },
    groupBy: { control: 'select', options: ['none', 'year'], mapping: { none: undefined } },
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

/** More papers on their way (`busy`), announced to assistive technology. */
export const Busy: Story = { args: { busy: true } };

/** Hard cases side by side: no figure, broken TeX, 3,000 authors. */
export const HardCases: Story = {
  args: { items: [noFigure, brokenTex, manyAuthors] },
  tags: ['katex-fonts'],
};

/** On a dark page. The cards have no dark colours of their own yet; see the next story. */
export const Dark: Story = {
  args: { items: listing.items.slice(0, 3) },
  render: (args) => dark(list(args)),
};

/** On a dark page that sets the `--pith-color-*` tokens. */
export const DarkWithTokens: Story = {
  args: { items: listing.items.slice(0, 3) },
  render: (args) => darkTokens(list(args)),
};

/** An Arabic paper and two English ones on a right-to-left page. */
export const RightToLeft: Story = {
  args: { items: [arabicPaper, ...listing.items.slice(0, 2)] },
  render: (args) => rtl(list(args)),
};

/** In a 260 px column. */
export const Narrow: Story = {
  args: { items: listing.items.slice(0, 3) },
  render: (args) => narrow(list(args)),
};

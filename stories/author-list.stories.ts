import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import type { AuthorList } from '../src/author-list/author-list.js';
import { dark, darkTokens, narrow, rtl } from './support/frames.js';
import { arabicStrings } from './support/arabic.js';
import { lookArgTypes } from './support/look.js';
import { collaboration, listing } from './support/papers.js';
import { clickInShadow } from './support/play.js';

// `strings` is listed only to turn its control off.
type AuthorArgs = Partial<
  Pick<
    AuthorList,
    'authors' | 'total' | 'max' | 'intro' | 'authorUrl' | 'theme' | 'density' | 'strings'
  >
> & {
  onPithToggle?: (event: Event) => void;
};

function authorList(args: AuthorArgs) {
  return html`<author-list
    .authors=${args.authors ?? []}
    .total=${args.total}
    .max=${args.max ?? 2}
    .intro=${args.intro}
    .authorUrl=${args.authorUrl}
    .strings=${args.strings}
    .theme=${args.theme}
    .density=${args.density}
    @pith-toggle=${args.onPithToggle}
  ></author-list>`;
}

const expand = async ({ canvasElement }: { canvasElement: HTMLElement }) =>
  clickInShadow(canvasElement.querySelector('author-list')!, 'button[aria-expanded]');

// Names with accents from the listing, and five names in all.
const accented = listing.items
  .flatMap((paper) => paper.authors)
  .filter((name) => /[^\p{ASCII}]/u.test(name));
const five = ['Kiril Bangachev', 'Guy Bresler', ...accented.slice(0, 3)];
const atlas = collaboration('ATLAS Collaboration', 3000);

const meta: Meta<AuthorArgs> = {
  title: 'Elements/author-list',
  component: 'author-list',
  args: { authors: five, max: 2 },
  argTypes: {
    authors: { control: 'object' },
    total: { control: { type: 'number', min: 0 } },
    max: { control: { type: 'number', min: 1 } },
    ...lookArgTypes,
    strings: { control: false },
  },
  render: (args) => authorList(args),
};
export default meta;

type Story = StoryObj<AuthorArgs>;

/** Five known names, two shown: "+3 more" is a button. */
export const AllNamesKnown: Story = {};

/** After "+3 more": every name, and "show less". */
export const Expanded: Story = { play: expand };

/** Only the first two of four names are known, as in the listing: "+2 more" is plain text. */
export const PartialList: Story = {
  args: { authors: listing.items[0].authors, total: listing.items[0].authorsTotal },
};

/** 3,000 authors, the first a collaboration's name. */
export const ThreeThousand: Story = {
  name: '3,000 authors',
  args: { authors: atlas, total: 3000 },
};

/** 3,000 authors, all shown. */
export const ThreeThousandExpanded: Story = {
  name: '3,000 authors, expanded',
  args: { authors: atlas, total: 3000 },
  play: expand,
};

/** Names linked through an `author-url` template. */
export const LinkedNames: Story = {
  args: { authorUrl: 'https://example.org/search?author={name}' },
};

/** No intro text, more names shown. */
export const NoIntro: Story = { args: { intro: '', max: 4 } };

/** `theme="dark"` on a dark page. */
export const Dark: Story = { args: { theme: 'dark' }, render: (args) => dark(authorList(args)) };

/** On a dark page that sets the `--pith-color-*` tokens itself, with no `theme`. */
export const DarkWithTokens: Story = { render: (args) => darkTokens(authorList(args)) };

/** Arabic names, with Arabic `strings`, on a right-to-left page. */
export const RightToLeft: Story = {
  args: {
    authors: ['ليلى حداد', 'يوسف منصور', 'سارة القاسم', 'عمر الخطيب'],
    strings: arabicStrings,
    max: 2,
  },
  render: (args) => rtl(authorList(args)),
};

/** Expanded in a 260 px column. */
export const Narrow: Story = {
  render: (args) => narrow(authorList(args)),
  play: expand,
};

import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import type { AbstractToggle } from '../src/abstract-toggle/abstract-toggle.js';
import { dark, darkTokens, narrow, rtl } from './support/frames.js';
import { arabicStrings } from './support/arabic.js';
import { lookArgTypes } from './support/look.js';
import { arabicPaper, brokenTex, mathHeavy, noFigure } from './support/papers.js';

// `strings` is listed only to turn its control off.
type ToggleArgs = Partial<
  Pick<
    AbstractToggle,
    'abstract' | 'open' | 'mathOutput' | 'showLabel' | 'hideLabel' | 'theme' | 'density' | 'strings'
  >
> & {
  onPithToggle?: (event: Event) => void;
};

function toggle(args: ToggleArgs) {
  return html`<abstract-toggle
    .abstract=${args.abstract ?? ''}
    .open=${args.open ?? false}
    .mathOutput=${args.mathOutput ?? 'htmlAndMathml'}
    .showLabel=${args.showLabel}
    .hideLabel=${args.hideLabel}
    .strings=${args.strings}
    .theme=${args.theme}
    .density=${args.density}
    @pith-toggle=${args.onPithToggle}
  ></abstract-toggle>`;
}

const meta: Meta<ToggleArgs> = {
  title: 'Elements/abstract-toggle',
  component: 'abstract-toggle',
  args: { abstract: mathHeavy[0].abstract, open: false },
  argTypes: {
    abstract: { control: 'text' },
    mathOutput: { control: 'inline-radio', options: ['htmlAndMathml', 'mathml'] },
    ...lookArgTypes,
    strings: { control: false },
  },
  render: (args) => toggle(args),
};
export default meta;

type Story = StoryObj<ToggleArgs>;

/** Closed: only the button; KaTeX is not loaded. */
export const Closed: Story = {};

/** The listing's most formula-dense abstract, open. */
export const MathHeavyOpen: Story = {
  name: 'Math-heavy, open',
  args: { open: true },
  tags: ['katex-fonts'],
};

/** Another math-heavy abstract, open, as MathML only (no KaTeX fonts needed). */
export const MathMlOutput: Story = {
  name: 'MathML output, open',
  args: { abstract: mathHeavy[2].abstract, open: true, mathOutput: 'mathml' },
};

/** Broken formulas (`$x^{2$`, `\sun`, `\SI{3}{GeV}`) among good ones, open. */
export const BrokenTex: Story = {
  name: 'Broken TeX, open',
  args: { abstract: brokenTex.abstract, open: true },
  tags: ['katex-fonts'],
};

/** An abstract with no math, open. */
export const ProseOnly: Story = {
  args: { abstract: noFigure.abstract, open: true },
};

/** Own button labels. */
export const CustomLabels: Story = {
  args: { showLabel: 'Read the abstract', hideLabel: 'Fold the abstract' },
};

/** Open, with `theme="dark"` on a dark page: broken formulas keep a readable error colour. */
export const Dark: Story = {
  args: { abstract: brokenTex.abstract, open: true, theme: 'dark' },
  tags: ['katex-fonts'],
  render: (args) => dark(toggle(args)),
};

/** Open on a dark page that sets the `--pith-color-*` tokens itself, with no `theme`. */
export const DarkWithTokens: Story = {
  args: { abstract: brokenTex.abstract, open: true },
  tags: ['katex-fonts'],
  render: (args) => darkTokens(toggle(args)),
};

/** An Arabic abstract with formulas, with Arabic `strings`, on a right-to-left page, open. */
export const RightToLeft: Story = {
  args: { abstract: arabicPaper.abstract, open: true, strings: arabicStrings },
  tags: ['katex-fonts'],
  render: (args) => rtl(toggle(args)),
};

/** Open in a 260 px column: long formulas must not widen the page. */
export const Narrow: Story = {
  args: { open: true },
  tags: ['katex-fonts'],
  render: (args) => narrow(toggle(args)),
};

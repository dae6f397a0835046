/**
 * Cards reflow with their container, not the window: down to 240 px the figure stacks under
 * the text, the meta line wraps, nothing overflows, and long display math scrolls in its own
 * box.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import type { Paper } from '../../src/contract/types.js';
import type { PaperCard } from '../../src/paper-card/paper-card.js';
import { part, settle } from '../support/helpers.js';

const LONG_MATH =
  '$$\\sum_{i=1}^{n} x_i^2 + \\sum_{j=1}^{m} y_j^2 + \\sum_{k=1}^{p} z_k^2 + ' +
  '\\int_0^1 f(t)\\,dt + \\int_0^1 g(t)\\,dt + \\int_0^1 h(t)\\,dt \\le C$$';

const PAPER: Paper = {
  id: 'n',
  title: 'A title long enough to wrap in a narrow column of a phone screen',
  headline: 'Readable at every width',
  authors: ['Kiril Bangachev', 'Guy Bresler'],
  authorsTotal: 4,
  primaryCategory: 'cs.LG',
  date: '2026-05-25',
  theorems: 2,
  score: 4,
  counters: [{ value: 3, label: 'comments' }],
  figure: {
    thumbnail: '/demo/figures/bangachev-2026-5b7750-thumb.svg',
    full: '/demo/figures/bangachev-2026-5b7750-full.svg',
    alt: 'Bar chart',
    width: 240,
    height: 150,
  },
  abstract: `We prove that ${LONG_MATH} holds, a supercalifragilisticexpialidocious result.`,
  links: { abs: 'https://arxiv.org/abs/2605.00001', pdf: 'https://arxiv.org/pdf/2605.00001' },
};

async function cardAt(width: number) {
  const el = await fixture<PaperCard>(
    html`<paper-card style=${`width: ${width}px`} .paper=${PAPER}></paper-card>`,
  );
  await settle(el);
  return el;
}

const box = (el: Element) => el.getBoundingClientRect();

function expectNoOverflow(card: PaperCard) {
  const article = part(card, 'base') as HTMLElement;
  expect(article.scrollWidth, 'content wider than the card').to.be.at.most(article.clientWidth);
  const right = box(article).right + 0.5;
  for (const element of article.querySelectorAll('*')) {
    if (element.closest('dialog')) continue;
    expect(box(element).right, `${element.localName} sticks out`).to.be.at.most(right);
  }
}

describe('narrow containers', function () {
  this.timeout(20000);

  it('puts the figure beside the text in a wide card', async () => {
    const card = await cardAt(720);
    const text = card.shadowRoot!.querySelector('.text')!;
    expect(box(part(card, 'figure')!).left).to.be.at.least(box(text).right);
  });

  for (const width of [360, 240]) {
    it(`stacks the figure and wraps the meta line at ${width} px`, async () => {
      const card = await cardAt(width);
      const figure = part(card, 'figure')!;
      const thumbnail = part(card, 'thumbnail')!;
      const link = part(card, 'full-image')!;
      expect(box(figure).top).to.be.at.least(box(part(card, 'title')!).bottom);
      expect(box(link).top).to.be.at.least(box(thumbnail).bottom);
      expect(box(thumbnail).width).to.be.at.most(box(part(card, 'base')!).width);

      const meta = part(card, 'meta')!;
      const line = parseFloat(getComputedStyle(meta).lineHeight) || 20;
      if (width === 240) expect(box(meta).height, 'meta wraps').to.be.above(line * 1.5);
      expectNoOverflow(card);
    });
  }

  it('scrolls long display math inside its own box at 240 px', async () => {
    const card = await cardAt(240);
    const toggle = part(card, 'abstract')!;
    toggle.shadowRoot!.querySelector('button')!.click();
    await waitUntil(() => toggle.shadowRoot!.querySelector('.tex-display .katex'), 'display math', {
      timeout: 20000,
    });
    await settle(card);
    const display = toggle.shadowRoot!.querySelector<HTMLElement>('.tex-display')!;
    expect(display.scrollWidth).to.be.above(display.clientWidth);
    expect(getComputedStyle(display).overflowX).to.equal('auto');
    expectNoOverflow(card);
    const abstract = toggle.shadowRoot!.querySelector<HTMLElement>('[part="abstract"]')!;
    expect(abstract.scrollWidth).to.be.at.most(abstract.clientWidth);
  });
});

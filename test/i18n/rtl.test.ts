/**
 * A right-to-left page lays each card out right to left, while formulas stay left to right and
 * text from the endpoint keeps its own direction.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import type { PaperCard } from '../../src/paper-card/paper-card.js';
import type { PithFeed } from '../../src/pith-feed/pith-feed.js';
import { cardsOf, part, settle } from '../support/helpers.js';
import { inCard, mountStaticFeed } from '../a11y/support.js';

const box = (el: Element) => el.getBoundingClientRect();
const ARABIC_PAPER = { id: 'a', title: 'نماذج الاسترجاع؟', authors: [] };

async function rtlFeed(): Promise<PithFeed> {
  const page = await fixture<HTMLDivElement>(
    html`<div dir="rtl" lang="ar" style="width: 720px"></div>`,
  );
  const feed = await mountStaticFeed();
  page.append(feed);
  await settle(feed);
  return feed;
}

describe('right to left', function () {
  this.timeout(20000);

  it('lays the card out from the right', async () => {
    const feed = await rtlFeed();
    const card = cardsOf(feed)[0];
    expect(getComputedStyle(part(card, 'base')!).direction).to.equal('rtl');
    // The score comes first, so it sits at the right of the meta line.
    expect(box(part(card, 'score')!).left).to.be.above(box(part(card, 'category')!).right);
    // The figure sits at the inline end: the left.
    const text = card.shadowRoot!.querySelector('.text')!;
    expect(box(part(card, 'figure')!).right).to.be.at.most(box(text).left);
    // The tools sit at the end of the footer: the left.
    expect(box(part(card, 'tools')!).left).to.be.below(box(part(card, 'counters')!).left);
  });

  it('keeps formulas left to right inside a right-to-left abstract', async () => {
    const feed = await rtlFeed();
    const toggle = inCard(cardsOf(feed)[0], 'abstract-toggle');
    toggle.shadowRoot!.querySelector('button')!.click();
    await waitUntil(() => toggle.shadowRoot!.querySelector('.katex'), 'math typeset', {
      timeout: 20000,
    });
    for (const math of toggle.shadowRoot!.querySelectorAll('.katex, .tex-display')) {
      const style = getComputedStyle(math);
      expect(style.direction).to.equal('ltr');
      expect(style.unicodeBidi).to.equal('isolate');
    }
    const chevron = toggle.shadowRoot!.querySelector('.chevron')!;
    expect(getComputedStyle(chevron).direction).to.equal('rtl');
  });

  it('keeps an English title left to right, so its punctuation stays in place', async () => {
    const feed = await rtlFeed();
    const title = part(cardsOf(feed)[0], 'title')!;
    expect(title.getAttribute('dir')).to.equal('auto');
    expect(title.matches(':dir(ltr)')).to.equal(true);
    const card = await fixture<PaperCard>(
      html`<div dir="ltr"><paper-card .paper=${ARABIC_PAPER}></paper-card></div>`,
    ).then((div) => div.querySelector('paper-card')!);
    await settle(card);
    expect(part(card, 'title')!.matches(':dir(rtl)')).to.equal(true);
  });
});

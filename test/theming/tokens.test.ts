/**
 * Theming: light and dark themes (forced with `theme`, or the reader's preference), the theme
 * and density reaching every card of a feed, page-set tokens, and `::part()` through the feed.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../../src/define.js';
import type { PaperCard } from '../../src/paper-card/paper-card.js';
import { TOKENS } from '../../src/shared/tokens.js';
import { cardsOf, part, settle } from '../support/helpers.js';
import { inCard, isFirefox, mountStaticFeed } from '../a11y/support.js';

/** `#rrggbb` as the browser reports a computed colour. */
function rgb(hex: string): string {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
  return `rgb(${r}, ${g}, ${b})`;
}
const token = (name: string) => TOKENS.find((t) => t.name === `--pith-${name}`)!;
const look = (card: PaperCard) => {
  const base = getComputedStyle(part(card, 'base')!);
  return { background: base.backgroundColor, text: base.color };
};
const scheme = (which: 'light' | 'dark') => ({
  background: rgb(token('color-surface')[which]),
  text: rgb(token('color-text')[which]),
});
const light = scheme('light');
const dark = scheme('dark');

describe('themes', function () {
  this.timeout(20000);

  afterEach(async () => {
    if (!isFirefox) await emulateMedia({ colorScheme: 'light' });
  });

  it('is light by default', async () => {
    if (!isFirefox) await emulateMedia({ colorScheme: 'light' });
    const feed = await mountStaticFeed();
    expect(look(cardsOf(feed)[0])).to.deep.equal(light);
  });

  it('forces the dark theme on every card and every part of them with theme="dark"', async () => {
    const feed = await mountStaticFeed({ theme: 'dark' });
    const card = cardsOf(feed)[0];
    expect(look(card)).to.deep.equal(dark);
    expect(card.getAttribute('theme')).to.equal('dark');
    expect(inCard(card, 'author-list').getAttribute('theme')).to.equal('dark');
    expect(inCard(card, 'abstract-toggle').getAttribute('theme')).to.equal('dark');
    const button = inCard(card, 'abstract-toggle').shadowRoot!.querySelector('button')!;
    expect(getComputedStyle(button).color).to.equal(rgb(token('color-link').dark));
    expect(getComputedStyle(part(feed, 'category-name')!).color).to.equal(dark.text);
  });

  it('switches the theme when the attribute changes', async () => {
    const feed = await mountStaticFeed({ theme: 'dark' });
    feed.theme = 'light';
    await settle(feed);
    expect(look(cardsOf(feed)[0])).to.deep.equal(light);
  });

  it('follows the reader\'s preference, unless theme="light"', async function () {
    // Firefox's WebDriver BiDi cannot emulate prefers-color-scheme yet.
    if (isFirefox) this.skip();
    await emulateMedia({ colorScheme: 'dark' });
    const follows = await mountStaticFeed();
    expect(look(cardsOf(follows)[0])).to.deep.equal(dark);
    const forced = await mountStaticFeed({ theme: 'light' });
    expect(look(cardsOf(forced)[0])).to.deep.equal(light);
  });

  it('colours formulas that failed to typeset with the theme', async () => {
    const paper = { id: 'x', title: 'Bad $\\frac{1}{$ formula', authors: ['A'] };
    const card = await fixture<PaperCard>(
      html`<paper-card theme="dark" .paper=${paper}></paper-card>`,
    );
    await waitUntil(() => card.shadowRoot!.querySelector('.tex-error'), 'tex error', {
      timeout: 20000,
    });
    const error = card.shadowRoot!.querySelector('.tex-error')!;
    expect(getComputedStyle(error).color).to.equal(rgb(token('color-error').dark));
  });
});

describe('tokens, density and parts', function () {
  this.timeout(20000);

  it('takes tokens set anywhere above the feed', async () => {
    const holder = await fixture<HTMLDivElement>(
      html`<div
        style="--pith-color-accent: #008000; --pith-card-background: #fafaf0; --pith-font-size: 20px"
      ></div>`,
    );
    const feed = await mountStaticFeed();
    holder.append(feed);
    await settle(feed);
    const card = cardsOf(feed)[0];
    expect(getComputedStyle(part(card, 'score')!).color).to.equal('rgb(0, 128, 0)');
    expect(getComputedStyle(part(card, 'base')!).backgroundColor).to.equal('rgb(250, 250, 240)');
    expect(getComputedStyle(card).fontSize).to.equal('20px');
  });

  it('tightens every card with density="compact"', async () => {
    const normal = await mountStaticFeed();
    const compact = await mountStaticFeed({ density: 'compact' });
    const padding = (card: PaperCard) =>
      parseFloat(getComputedStyle(part(card, 'base')!).paddingTop);
    expect(cardsOf(compact)[0].getAttribute('density')).to.equal('compact');
    expect(padding(cardsOf(compact)[0])).to.be.below(padding(cardsOf(normal)[0]));
    const gap = (feed: Element) =>
      parseFloat(getComputedStyle(part(part(feed, 'list')!, 'base')!).rowGap);
    expect(gap(compact)).to.be.below(gap(normal));
  });

  it('lets a page style the inside of every card with ::part() on the feed', async () => {
    const style = document.createElement('style');
    style.textContent = `
      pith-feed::part(score) { color: rgb(1, 2, 3); }
      pith-feed::part(card-base) { border-color: rgb(4, 5, 6); }
      pith-feed::part(author-name) { color: rgb(7, 8, 9); }
      pith-feed::part(abstract-button) { color: rgb(10, 11, 12); }
    `;
    document.head.append(style);
    try {
      const feed = await mountStaticFeed();
      const card = cardsOf(feed)[0];
      expect(getComputedStyle(part(card, 'score')!).color).to.equal('rgb(1, 2, 3)');
      expect(getComputedStyle(part(card, 'base')!).borderTopColor).to.equal('rgb(4, 5, 6)');
      const name = inCard(card, 'author-list').shadowRoot!.querySelector('[part~="name"]')!;
      expect(getComputedStyle(name).color).to.equal('rgb(7, 8, 9)');
      const button = inCard(card, 'abstract-toggle').shadowRoot!.querySelector('button')!;
      expect(getComputedStyle(button).color).to.equal('rgb(10, 11, 12)');
    } finally {
      style.remove();
    }
  });
});

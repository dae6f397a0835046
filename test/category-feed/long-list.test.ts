import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { CategoryFeed } from '../../src/category-feed/category-feed.js';
import type { Paper } from '../../src/contract/types.js';
import type { PaperCard } from '../../src/paper-card/paper-card.js';

const papers = (count: number): Paper[] =>
  Array.from({ length: count }, (_, i) => ({
    id: `2605.${String(i).padStart(5, '0')}`,
    title: `Paper number ${i + 1}`,
    authors: ['A. Author'],
    date: '2026-05-01',
  }));

const cardsIn = (feed: CategoryFeed) => [
  ...feed.shadowRoot!.querySelectorAll<PaperCard>('paper-card'),
];
const articleOf = (card: PaperCard) => card.shadowRoot!.querySelector('article')!;

describe('a long category-feed', function () {
  this.timeout(30000);

  it('is busy while its cards arrive in slices, then shows all of them in order', async () => {
    const feed = await fixture<CategoryFeed>(html`<category-feed></category-feed>`);
    feed.items = papers(150);
    const role = () => feed.shadowRoot!.querySelector('[role="feed"]')!;
    await new Promise((done) => requestAnimationFrame(done));
    expect(cardsIn(feed).length, 'first cards').to.be.greaterThan(0);
    expect(cardsIn(feed).length, 'not all at once').to.be.lessThan(150);
    expect(role().getAttribute('aria-busy')).to.equal('true');

    await feed.updateComplete;
    const cards = cardsIn(feed);
    expect(cards).to.have.length(150);
    await Promise.all(cards.map((card) => card.updateComplete));
    expect(role().getAttribute('aria-busy')).to.equal('false');
    const positions = cards.map((card) => articleOf(card).getAttribute('aria-posinset'));
    expect(positions).to.deep.equal(cards.map((_, i) => String(i + 1)));
    expect(cards.every((card) => articleOf(card).getAttribute('aria-setsize') === '150')).to.equal(
      true,
    );
    const titles = cards.map((card) => card.shadowRoot!.querySelector('h3')!.textContent.trim());
    expect(titles[149]).to.equal('Paper number 150');
  });

  it('announces -1 as the size while the total is unknown', async () => {
    const feed = await fixture<CategoryFeed>(html`<category-feed></category-feed>`);
    feed.total = -1;
    feed.items = papers(3);
    await feed.updateComplete;
    const cards = cardsIn(feed);
    await Promise.all(cards.map((card) => card.updateComplete));
    expect(cards.map((card) => articleOf(card).getAttribute('aria-setsize'))).to.deep.equal([
      '-1',
      '-1',
      '-1',
    ]);
  });
});

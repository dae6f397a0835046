/**
 * Each card stays with its paper: when the list re-sorts or grows, a card the reader opened
 * moves with its paper instead of lending its open abstract to whichever paper takes its place.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { CategoryFeed } from '../../src/category-feed/category-feed.js';
import type { Paper } from '../../src/contract/types.js';
import type { PaperCard } from '../../src/paper-card/paper-card.js';
import { part, settle, visibleText } from '../support/helpers.js';

const paper = (id: string): Paper => ({
  id,
  title: `Paper ${id}`,
  authors: ['A. Author'],
  abstract: `The abstract of paper ${id}.`,
});
const [a, b, c, d] = ['a', 'b', 'c', 'd'].map(paper);

const cardsIn = (list: CategoryFeed) => [
  ...list.shadowRoot!.querySelectorAll<PaperCard>('paper-card'),
];
const toggleOf = (card: PaperCard) => part(card, 'abstract')!;
const buttonOf = (card: PaperCard) => toggleOf(card).shadowRoot!.querySelector('button')!;

/** What a reader sees: each card's title, and whether its abstract is open. */
function shown(list: CategoryFeed) {
  return cardsIn(list).map((card) => ({
    title: visibleText(part(card, 'title')!),
    open: buttonOf(card).getAttribute('aria-expanded') === 'true',
  }));
}

describe('category-feed cards and their papers', () => {
  it('keeps an open abstract with its paper when the list re-sorts and grows', async () => {
    const list = await fixture<CategoryFeed>(
      html`<category-feed .items=${[a, b, c]}></category-feed>`,
    );
    await settle(list);
    buttonOf(cardsIn(list)[1]).click();
    await settle(list);
    const opened = cardsIn(list)[1];
    expect(visibleText(toggleOf(opened))).to.contain('The abstract of paper b.');

    list.items = [b, c, a];
    await settle(list);
    expect(shown(list)).to.deep.equal([
      { title: 'Paper b', open: true },
      { title: 'Paper c', open: false },
      { title: 'Paper a', open: false },
    ]);

    list.items = [d, a, b, c];
    await settle(list);
    expect(shown(list)).to.deep.equal([
      { title: 'Paper d', open: false },
      { title: 'Paper a', open: false },
      { title: 'Paper b', open: true },
      { title: 'Paper c', open: false },
    ]);
    expect(cardsIn(list)[2], 'the same card, moved').to.equal(opened);
    expect(visibleText(toggleOf(opened))).to.contain('The abstract of paper b.');
  });
});

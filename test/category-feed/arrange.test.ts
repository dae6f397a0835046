/**
 * Arranging the real listing: readings of one paper grouped into one card, sorting by score or
 * date, and a minimum score, as attributes of <pith-feed> and <category-feed>.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { CategoryFeed } from '../../src/category-feed/category-feed.js';
import type { ListingReply, Paper } from '../../src/contract/types.js';
import type { PaperCard } from '../../src/paper-card/paper-card.js';
import { cardsOf, mountFeed, part, settle, visibleText } from '../support/helpers.js';

const ENDPOINT = '/api/v1/categories/{category}.json';
let data: ListingReply;

before(async () => {
  data = (await (await fetch('/demo/data/listing-cs.LG.json')).json()) as ListingReply;
});

const real = (attributes: Record<string, string> = {}) =>
  mountFeed({ category: 'cs.LG', endpoint: ENDPOINT, ...attributes });
const titleOf = (card: PaperCard) => visibleText(part(card, 'title')!);
const articleOf = (card: PaperCard) => part(card, 'base')!;

describe('grouping readings', function () {
  this.timeout(20000);

  it("merges the readings of one paper into one card at the first one's place", async () => {
    const feed = await real({ 'group-readings': '' });
    const cards = cardsOf(feed);
    // 32 items; WriteSAE appears 4 times, two other papers twice each.
    expect(cards).to.have.length(27);

    const titles = cards.map(titleOf);
    const writeSae = 'WriteSAE: Sparse Autoencoders for Recurrent State';
    expect(titles.filter((t) => t === writeSae)).to.have.length(1);
    const firstIndex = data.items.findIndex((item) => item.title === writeSae);
    const before = new Set(data.items.slice(0, firstIndex).map((item) => item.title)).size;
    expect(titles.indexOf(writeSae)).to.equal(before);

    const card = cards[titles.indexOf(writeSae)];
    const readings = [...card.shadowRoot!.querySelectorAll('[part="reading"]')];
    const expected = data.items.filter((item) => item.title === writeSae);
    expect(readings.map((r) => visibleText(r.querySelector('[part="headline"]')!))).to.deep.equal(
      expected.map((item) => item.headline),
    );
    expect(readings.map((r) => r.querySelector('[part="badge"]')?.textContent)).to.deep.equal([
      '2 theorems',
      '2 theorems',
      '2 theorems',
      'Recognition',
    ]);
    expect(part(card, 'readings')!.getAttribute('aria-label')).to.equal('4 readings of this paper');
    const metaBadge = part(card, 'meta')!.querySelector('[part="badge"]');
    expect(metaBadge, 'no badge in the meta line').to.equal(null);

    expect(articleOf(cards[26]).getAttribute('aria-posinset')).to.equal('27');
    expect(articleOf(cards[0]).getAttribute('aria-setsize')).to.equal('27');
  });

  it('keeps every reading as its own card without the attribute', async () => {
    const feed = await real();
    expect(cardsOf(feed)).to.have.length(32);
    expect(part(cardsOf(feed)[24], 'readings')).to.equal(null);
  });

  it('does not merge papers whose authors differ', async () => {
    const a: Paper = { id: 'a', title: 'Same title', headline: 'One', authors: ['X'] };
    const b: Paper = { id: 'b', title: 'Same  title', headline: 'Two', authors: ['Y'] };
    const c: Paper = { id: 'c', title: 'same title', headline: 'Three', authors: ['X'] };
    const list = await fixture<CategoryFeed>(
      html`<category-feed group-readings .items=${[a, b, c]}></category-feed>`,
    );
    await settle(list);
    const cards = [...list.shadowRoot!.querySelectorAll('paper-card')];
    expect(cards.map((card) => card.paper!.id)).to.deep.equal(['a', 'b']);
    expect(cards[0].readings.map((p) => p.id)).to.deep.equal(['c']);
  });
});

describe('sorting and filtering the real listing', function () {
  this.timeout(20000);

  it('sorts by score, best first, keeping the listing order among equals', async () => {
    const feed = await real({ sort: 'score' });
    const shown = cardsOf(feed).map((card) => card.paper!);
    expect(shown).to.have.length(32);
    const scores = shown.map((p) => p.score!);
    expect(scores).to.deep.equal([...scores].sort((x, y) => y - x));
    expect(scores[0]).to.equal(5);
    const fives = data.items.filter((item) => item.score === 5).map((item) => item.id);
    expect(shown.slice(0, fives.length).map((p) => p.id)).to.deep.equal(fives);
  });

  it('sorts by date, newest first', async () => {
    const feed = await real({ sort: 'date' });
    const dates = cardsOf(feed).map((card) => part(card, 'date')!.getAttribute('datetime')!);
    expect(dates).to.deep.equal([...dates].sort().reverse());
    expect(dates[0]).to.equal('2026-05-25');
    expect(dates[31]).to.equal('2026-05-06');
  });

  it('hides papers scored below min-score', async () => {
    const feed = await real({ 'min-score': '4' });
    const expected = data.items.filter((item) => (item.score ?? 0) >= 4).map((item) => item.id);
    expect(expected.length).to.be.within(1, 31);
    expect(cardsOf(feed).map((card) => card.paper!.id)).to.deep.equal(expected);
  });

  it('combines min-score, sort and grouping', async () => {
    const feed = await real({ 'min-score': '2', sort: 'score', 'group-readings': '' });
    const papers = cardsOf(feed).map((card) => card.paper!);
    expect(papers.every((p) => p.score! >= 2)).to.equal(true);
    const exemplar = cardsOf(feed).find((card) => titleOf(card).startsWith('Exemplar'))!;
    expect(exemplar.readings).to.have.length(1);
  });
});

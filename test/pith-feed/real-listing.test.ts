/**
 * The real cs.LG listing, through the same endpoint and fetch-and-validate
 * path as the demo, read as a reader would read it.
 */
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define.js';
import type { PithFeed } from '../../src/pith-feed/pith-feed.js';
import type { ListingReply } from '../../src/contract/types.js';
import { cardsOf, mountFeed, part, settle, visibleText } from '../support/helpers.js';

const ENDPOINT = '/api/v1/categories/{category}.json';
let data: ListingReply;

before(async () => {
  data = (await (await fetch('/demo/data/listing-cs.LG.json')).json()) as ListingReply;
});

const realFeed = () => mountFeed({ category: 'cs.LG', endpoint: ENDPOINT });

describe('pith-feed on the real cs.LG listing', () => {
  it('shows the category header', async () => {
    const feed = await realFeed();
    expect(part(feed, 'category-id')!.textContent).to.equal('cs.LG');
    expect(part(feed, 'category-name')!.textContent).to.equal('Machine Learning');
    expect(part(feed, 'description')!.textContent).to.contain(
      'Papers on all aspects of machine learning',
    );
  });

  it('renders the 32 cards in the listing order', async () => {
    const feed = await realFeed();
    const cards = cardsOf(feed);
    expect(cards).to.have.length(32);
    expect(data.items).to.have.length(32);
    cards.forEach((card, i) => {
      expect(visibleText(part(card, 'title')!)).to.equal(data.items[i].title);
      expect(visibleText(part(card, 'headline')!)).to.equal(data.items[i].headline);
    });
  });

  it('shows every field of card 1 in the page order, abstract collapsed', async () => {
    const feed = await realFeed();
    const card = cardsOf(feed)[0];
    const text = visibleText(card);

    const order = [
      '4',
      'cs.LG',
      '2026',
      '2 theorems',
      'Low dimension suffices for near-max retrieval margins',
      'by Kiril Bangachev, Guy Bresler +2 more',
      'Is Dimensionality a Barrier for Retrieval Models?',
      'Dimension O(m^{-2} log n) nearly matches',
      'full image',
      'Show abstract',
      '0',
    ];
    let from = 0;
    for (const piece of order) {
      const at = text.indexOf(piece, from);
      expect(at, `"${piece}" after position ${from} in: ${text}`).to.be.greaterThan(-1);
      from = at + piece.length;
    }

    const toggle = part(card, 'abstract')!;
    const button = toggle.shadowRoot!.querySelector('button')!;
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    expect(visibleText(toggle)).not.to.contain('low dimensionality');
  });

  it('shows the date in the page language, a named badge, and the single-author case', async () => {
    document.documentElement.lang = 'en-US';
    const feed = await realFeed();
    const cards = cardsOf(feed);
    expect(part(cards[0], 'date')!.textContent).to.equal('May 25, 2026');
    expect(part(cards[0], 'date')!.getAttribute('datetime')).to.equal('2026-05-25');

    expect(part(cards[14], 'badge')!.textContent).to.equal('Recognition');
    expect(part(cards[10], 'badge')!.textContent).to.equal('1 theorem');

    const single = visibleText(part(cards[1], 'authors')!);
    expect(single).to.equal('by Edmond Cunningham');
  });

  it('shows a figure thumbnail with a full-image link, and none when the paper has none', async () => {
    const feed = await realFeed();
    const cards = cardsOf(feed);
    const img = part(cards[0], 'figure')!.querySelector('img')!;
    expect(img.getAttribute('alt')).to.contain('Is Dimensionality a Barrier');
    expect(img.getAttribute('loading')).to.equal('lazy');
    const full = part(cards[0], 'figure')!.querySelector('a')!;
    expect(full.textContent).to.equal('full image');
    expect(full.getAttribute('rel')).to.equal('noopener noreferrer');
    expect(part(cards[12], 'figure')).to.equal(null);
  });

  it('shows the footer counters and the listing links', async () => {
    const feed = await realFeed();
    const counters = part(cardsOf(feed)[11], 'counters')!.querySelectorAll('.counter');
    expect([...counters].map((c) => c.textContent)).to.deep.equal(['1', '0']);
    const links = [...part(feed, 'links')!.querySelectorAll('a')].map((a) => a.textContent);
    expect(links).to.deep.equal([
      'browse all of cs.LG',
      'full archive',
      'search',
      'sub-categories',
    ]);
  });

  it('opens card 1 abstract by keyboard and typesets its math', async () => {
    const feed = await realFeed();
    const toggle = part(cardsOf(feed)[0], 'abstract')!;
    const button = toggle.shadowRoot!.querySelector('button')!;
    button.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(
      () => toggle.shadowRoot!.querySelectorAll('.katex').length >= 10,
      'math typeset',
      { timeout: 8000 },
    );
    expect(button.getAttribute('aria-expanded')).to.equal('true');

    const text = visibleText(toggle);
    expect(text).to.contain('Why does the low dimensionality of representations');
    expect(text).not.to.match(/\$|\\[a-zA-Z]+/);
  });

  it("shows Fréchet decoded from Fr\\'echet", async () => {
    const feed = await realFeed();
    const index = data.items.findIndex((item) => item.abstract?.includes("Fr\\'echet"));
    expect(index).to.be.greaterThan(-1);
    const toggle = part(cardsOf(feed)[index], 'abstract')!;
    toggle.shadowRoot!.querySelector('button')!.click();
    await settle(toggle);
    await waitUntil(() => visibleText(toggle).includes('Fréchet'), 'Fréchet shown', {
      timeout: 8000,
    });
    expect(visibleText(toggle)).not.to.contain("Fr\\'echet");
  });

  it('shows an error state instead of cards when a reply breaks the contract', async () => {
    const feed = await fixture<PithFeed>(
      html`<pith-feed
        category="cs.LG"
        endpoint="/test/fixtures/listing-wrong-version.json"
      ></pith-feed>`,
    );
    const event = await oneEvent<HTMLElementEventMap['pith-error']>(feed, 'pith-error');
    await settle(feed);
    expect(event.detail.kind).to.equal('version');
    expect(cardsOf(feed)).to.have.length(0);
    const error = part(feed, 'error')!;
    expect(error.getAttribute('role')).to.equal('alert');
    expect(visibleText(error)).to.contain('could not be loaded');
    expect(error.querySelector('button')!.textContent.trim()).to.equal('Retry');
  });
});

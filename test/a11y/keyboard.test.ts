/**
 * A reader with only a keyboard reaches every control of a card with Tab, opens and closes the
 * author list, the figure dialog and the abstract, moves between cards with Page Down and
 * Page Up, and leaves the feed with Control+Home and Control+End (the WAI-ARIA feed pattern).
 */
import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define.js';
import { cardsOf, part, settle } from '../support/helpers.js';
import { deepActiveElement, inCard, mountStaticFeed } from './support.js';

async function press(key: string) {
  await sendKeys({ press: key });
}

async function pressWithControl(key: string) {
  await sendKeys({ down: 'Control' });
  try {
    await press(key);
  } finally {
    await sendKeys({ up: 'Control' });
  }
}

/** Focuses a button placed before the feed, so the next Tab enters the feed. */
function startBefore(feed: HTMLElement): HTMLButtonElement {
  const before = document.createElement('button');
  before.textContent = 'before the feed';
  feed.before(before);
  before.focus();
  return before;
}

describe('keyboard only', function () {
  this.timeout(30000);

  it('reaches and works every control of a card, then moves between cards', async () => {
    const feed = await mountStaticFeed();
    const [first, second, third] = cardsOf(feed);
    startBefore(feed);

    // Tab order in a card: "+N more", the title link, "full image", the abstract, abs, PDF, Cite.
    await press('Tab');
    const authors = inCard(first, 'author-list');
    const more = authors.shadowRoot!.querySelector('button')!;
    expect(deepActiveElement()).to.equal(more);
    await press('Enter');
    await settle(feed);
    expect(more.getAttribute('aria-expanded')).to.equal('true');
    expect(deepActiveElement(), 'focus stays on the toggle').to.equal(more);
    expect(authors.shadowRoot!.querySelectorAll('[part~="name"]')).to.have.length(5);
    await press('Enter');
    await settle(feed);
    expect(more.getAttribute('aria-expanded')).to.equal('false');

    await press('Tab');
    expect(deepActiveElement()).to.equal(inCard(first, '[part="title"] a'));

    await press('Tab');
    const link = inCard<HTMLAnchorElement>(first, '.full-image');
    expect(deepActiveElement()).to.equal(link);
    await press('Enter');
    await waitUntil(() => first.shadowRoot!.querySelector('dialog[open]'), 'figure dialog open');
    const dialog = first.shadowRoot!.querySelector('dialog')!;
    expect(deepActiveElement()).to.equal(dialog.querySelector('button'));
    const alt = dialog.querySelector('img')!.getAttribute('alt');
    expect(alt).to.equal('Bar chart of margins by dimension');
    await press('Escape');
    await waitUntil(() => !first.shadowRoot!.querySelector('dialog'), 'figure dialog closed');
    expect(deepActiveElement(), 'focus back on the link').to.equal(link);

    await press('Tab');
    const toggle = inCard(first, 'abstract-toggle');
    const abstractButton = toggle.shadowRoot!.querySelector('button')!;
    expect(deepActiveElement()).to.equal(abstractButton);
    await press('Enter');
    await settle(feed);
    expect(abstractButton.getAttribute('aria-expanded')).to.equal('true');
    await press(' ');
    await settle(feed);
    expect(abstractButton.getAttribute('aria-expanded')).to.equal('false');

    await press('Tab');
    expect(deepActiveElement()).to.equal(inCard(first, '[part="abs-link"]'));
    await press('Tab');
    expect(deepActiveElement()).to.equal(inCard(first, '[part="pdf-link"]'));
    await press('Tab');
    expect(deepActiveElement()).to.equal(inCard(first, '[part="cite"]'));

    // Page Down and Page Up move between the cards' articles.
    await press('PageDown');
    expect(deepActiveElement()).to.equal(part(second, 'base'));
    expect(part(second, 'base')!.matches(':focus-visible'), 'a visible focus ring').to.equal(true);
    await press('PageDown');
    expect(deepActiveElement()).to.equal(part(third, 'base'));
    await press('PageUp');
    expect(deepActiveElement()).to.equal(part(second, 'base'));
    await press('PageUp');
    expect(deepActiveElement()).to.equal(part(first, 'base'));
    // Tab from a focused card goes on into it.
    await press('Tab');
    expect(deepActiveElement()).to.equal(more);
  });

  it('leaves the feed with Control+End and Control+Home', async () => {
    const feed = await mountStaticFeed();
    const before = startBefore(feed);
    const [, second] = cardsOf(feed);
    const browse = part(feed, 'links')!.querySelector('a')!;

    inCard<HTMLButtonElement>(second, '[part="cite"]').focus();
    await pressWithControl('End');
    // The first control after the cards: the listing's "browse" link, in the feed's own footer.
    await waitUntil(() => deepActiveElement() === browse, 'focus on the link after the cards');

    inCard<HTMLButtonElement>(second, '[part="cite"]').focus();
    await pressWithControl('Home');
    await waitUntil(() => deepActiveElement() === before, 'focus on the button before the feed');
  });

  it('keeps the focused card in view: Page Down scrolls to it, and stops at the last', async () => {
    const feed = await mountStaticFeed();
    const cards = cardsOf(feed);
    const spacer = document.createElement('div');
    spacer.style.height = '3000px';
    feed.after(spacer);
    try {
      // The second card starts half below the bottom of the window.
      const top = part(cards[1], 'base')!.getBoundingClientRect().top;
      window.scrollBy(0, top - window.innerHeight + 40);
      cards[0].focusCard({ preventScroll: true });
      await press('PageDown');
      const second = part(cards[1], 'base')!;
      expect(deepActiveElement()).to.equal(second);
      const box = second.getBoundingClientRect();
      expect(box.bottom, 'the card is in view').to.be.at.most(window.innerHeight + 1);

      const last = cards[cards.length - 1];
      last.focusCard();
      const scrolled = window.scrollY;
      await press('PageDown');
      expect(deepActiveElement()).to.equal(part(last, 'base'));
      expect(window.scrollY, 'the page stays where it was').to.equal(scrolled);
    } finally {
      spacer.remove();
      window.scrollTo(0, 0);
    }
  });

  it('scrolls to the top on Control+Home when nothing before the feed takes focus', async () => {
    const feed = await mountStaticFeed();
    const spacer = document.createElement('div');
    spacer.style.height = '3000px';
    feed.before(spacer);
    try {
      const cards = cardsOf(feed);
      cards[cards.length - 1].focusCard();
      expect(window.scrollY).to.be.above(0);
      await pressWithControl('Home');
      await waitUntil(() => window.scrollY === 0, 'scrolled to the top');
    } finally {
      spacer.remove();
    }
  });

  it('leaves Page Down alone inside a dialog', async () => {
    const feed = await mountStaticFeed();
    const [first] = cardsOf(feed);
    inCard<HTMLAnchorElement>(first, '.full-image').click();
    await waitUntil(() => first.shadowRoot!.querySelector('dialog[open]'), 'figure dialog open');
    const close = first.shadowRoot!.querySelector('dialog button');
    expect(deepActiveElement()).to.equal(close);
    await press('PageDown');
    expect(deepActiveElement()).to.equal(close);
    await press('Escape');
  });

  it('marks each card as an article of the feed, in order', async () => {
    const feed = await mountStaticFeed();
    const list = part(feed, 'list')!;
    const role = list.shadowRoot!.querySelector('[role="feed"]')!;
    expect(role.getAttribute('aria-label')).to.equal('Papers');
    expect(role.getAttribute('aria-busy')).to.equal('false');
    const articles = cardsOf(feed).map((card) => part(card, 'base')!);
    expect(articles.map((a) => a.localName)).to.deep.equal(Array(4).fill('article'));
    const positions = articles.map((a) => a.getAttribute('aria-posinset'));
    expect(positions).to.deep.equal(['1', '2', '3', '4']);
    expect(articles.every((a) => a.getAttribute('aria-setsize') === '4')).to.equal(true);
    expect(articles.every((a) => a.getAttribute('tabindex') === '-1')).to.equal(true);
    expect(articles[0].getAttribute('aria-labelledby')).to.equal('title');
  });
});

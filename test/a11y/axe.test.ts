/**
 * axe-core finds no violation in any state a reader can reach: loaded (light and dark), loading,
 * empty, error, an abstract open, an author list open, the figure dialog open, and the BibTeX
 * dialog open. axe looks inside every shadow root.
 */
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import type { PithFeed } from '../../src/pith-feed/pith-feed.js';
import { freshKey, mockUrl } from '../client/mock.js';
import { cardsOf, mountFeed, part, settle } from '../support/helpers.js';
import { axeViolations, firstCard, inCard, mountStaticFeed } from './support.js';

const REAL_ENDPOINT = '/api/v1/categories/{category}.json';

async function mockFeed(params: Record<string, string | number>, route = 'listing') {
  const container = await fixture<HTMLDivElement>(html`<div></div>`);
  const feed = document.createElement('pith-feed');
  feed.setAttribute('category', 'cs.XX');
  feed.setAttribute('endpoint', mockUrl(route, { key: freshKey(), ...params }));
  container.append(feed);
  return feed;
}

async function expectNoViolations(element: Element) {
  expect(await axeViolations(element)).to.deep.equal([]);
}

describe('axe-core on every state', function () {
  this.timeout(60000);

  it('sees inside the cards: a page colour that fails contrast is reported', async () => {
    const pale = (el: HTMLElement) => el.style.setProperty('--pith-color-muted', '#f4f4f4');
    const feed = await mountStaticFeed({}, pale);
    const violations = await axeViolations(feed);
    expect(violations.join('\n')).to.contain('color-contrast');
    expect(violations.join('\n')).to.contain('paper-card');
  });

  it('the real listing, loaded', async () => {
    const feed = await mountFeed({ category: 'cs.LG', endpoint: REAL_ENDPOINT });
    expect(cardsOf(feed)).to.have.length(32);
    await expectNoViolations(feed);
  });

  it('the real listing in the dark theme', async () => {
    const feed = await mountFeed({
      category: 'cs.LG',
      endpoint: REAL_ENDPOINT,
      theme: 'dark',
    });
    await expectNoViolations(feed);
  });

  it('loading', async () => {
    const feed = await mockFeed({ delay: 3000 });
    await settle(feed);
    expect(part(feed, 'skeleton'), 'placeholder cards').to.exist;
    expect(part(feed, 'base')!.getAttribute('aria-busy')).to.equal('true');
    await expectNoViolations(feed);
  });

  it('empty', async () => {
    const feed = await mockFeed({ n: 0 });
    await oneEvent(feed, 'pith-load');
    await settle(feed);
    expect(part(feed, 'empty')).to.exist;
    await expectNoViolations(feed);
  });

  it('error', async () => {
    const feed = await mockFeed({ code: 404 }, 'status');
    await oneEvent(feed, 'pith-error');
    await settle(feed);
    expect(part(feed, 'error')).to.exist;
    await expectNoViolations(feed);
  });

  it('an abstract open, its math typeset', async () => {
    const feed = await mountStaticFeed();
    const toggle = inCard(firstCard(feed), 'abstract-toggle');
    toggle.shadowRoot!.querySelector('button')!.click();
    await waitUntil(() => toggle.shadowRoot!.querySelector('.katex'), 'math typeset', {
      timeout: 20000,
    });
    // The abstract fades in; contrast is measured once it is fully shown.
    await Promise.all(toggle.shadowRoot!.getAnimations().map((animation) => animation.finished));
    await expectNoViolations(feed);
  });

  it('an author list open', async () => {
    const feed = await mountStaticFeed();
    const authors = inCard(firstCard(feed), 'author-list');
    const more = authors.shadowRoot!.querySelector('button')!;
    more.click();
    await settle(feed);
    expect(more.getAttribute('aria-expanded')).to.equal('true');
    await expectNoViolations(feed);
  });

  it('the figure dialog open', async () => {
    const feed = await mountStaticFeed();
    const card = firstCard(feed);
    inCard<HTMLAnchorElement>(card, '.full-image').click();
    await waitUntil(() => card.shadowRoot!.querySelector('dialog[open]'), 'dialog open');
    await expectNoViolations(feed);
  });

  it('the real listing with readings grouped, compact', async () => {
    const feed = await mountFeed({
      category: 'cs.LG',
      endpoint: REAL_ENDPOINT,
      'group-readings': '',
      density: 'compact',
    });
    expect(cardsOf(feed)).to.have.length(27);
    await expectNoViolations(feed);
  });

  it('the BibTeX dialog open (no clipboard)', async () => {
    const feed: PithFeed = await mountStaticFeed();
    const card = firstCard(feed);
    Object.defineProperty(navigator, 'clipboard', { value: undefined, configurable: true });
    try {
      inCard<HTMLButtonElement>(card, '.cite').click();
      await waitUntil(() => card.shadowRoot!.querySelector('dialog[open]'), 'dialog open');
      await expectNoViolations(feed);
    } finally {
      delete (navigator as { clipboard?: unknown }).clipboard;
    }
  });
});

/**
 * Element lifecycle on pages we do not control: late definitions, late
 * providers, two copies of the library, removal mid-request, races.
 */
import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import { PaperCard } from '../../src/paper-card/paper-card.js';
import { PithFeed } from '../../src/pith-feed/pith-feed.js';
import type { Paper } from '../../src/contract/types.js';
import { freshKey, mockUrl, networkCount } from '../client/mock.js';
import { cardsOf, mountFeed, part, settle, visibleText } from '../support/helpers.js';

const PAPER: Paper = { id: 'p1', title: 'A paper set early', authors: ['Ada Lovelace'] };
let tagCount = 0;
const uniqueTag = (base: string) => `${base}-${Date.now().toString(36)}-${++tagCount}`;

/** Records console.warn calls until `restore()`. */
function watchWarnings() {
  const original = console.warn;
  const calls: string[] = [];
  console.warn = (...args: unknown[]) => calls.push(args.map(String).join(' '));
  return { calls, restore: () => (console.warn = original) };
}

describe('element lifecycle', () => {
  it('honours properties set before the element is defined', async () => {
    const tag = uniqueTag('early-card');
    const container = await fixture<HTMLDivElement>(html`<div></div>`);
    const card = document.createElement(tag) as PaperCard;
    card.paper = PAPER;
    container.append(card);

    customElements.define(tag, class extends PaperCard {});
    await settle(card);
    expect(visibleText(part(card, 'title')!)).to.equal('A paper set early');
  });

  it('gives a card defined before its feed the feed configuration once the feed upgrades', async () => {
    const cardTag = uniqueTag('first-card');
    const feedTag = uniqueTag('later-feed');
    customElements.define(cardTag, class extends PaperCard {});
    const container = await fixture<HTMLDivElement>(html`<div></div>`);
    container.innerHTML = `<${feedTag} paper-endpoint="/api/v1/papers/{id}.json?from=feed"><${cardTag}></${cardTag}></${feedTag}>`;
    const card = container.querySelector(cardTag) as PaperCard;
    expect(card.config).to.equal(undefined);

    customElements.define(feedTag, class extends PithFeed {});
    await settle(container.querySelector(feedTag)!);
    expect(card.config?.paperEndpoint).to.equal('/api/v1/papers/{id}.json?from=feed');
  });

  it('survives a second copy of the library with one warning', async () => {
    const warnings = watchWarnings();
    try {
      // The built bundle is a separate copy of every class and of Lit itself.
      await import(/* @vite-ignore */ `${location.origin}/dist/define.js`);
    } finally {
      warnings.restore();
    }
    expect(warnings.calls).to.have.length(1);
    expect(warnings.calls[0]).to.contain('already defined');

    const feed = await mountFeed({ category: 'cs.LG' });
    expect(cardsOf(feed)).to.have.length(32);
  });

  it('ignores an object passed as an attribute, with a warning, and fetches nothing', async () => {
    const key = freshKey();
    const warnings = watchWarnings();
    const feed = document.createElement('pith-feed');
    feed.setAttribute('endpoint', mockUrl('listing', { key }));
    feed.setAttribute('category', '[object Object]');
    try {
      (await fixture<HTMLDivElement>(html`<div></div>`)).append(feed);
      await settle(feed);
      await aTimeout(100);
    } finally {
      warnings.restore();
    }
    expect(warnings.calls.join('\n')).to.contain('[object Object]');
    expect(await networkCount(key)).to.equal(0);
    expect(visibleText(part(feed, 'error')!)).to.contain('Set a category');
  });

  it('treats a removed attribute as unset instead of failing', async () => {
    const key = freshKey();
    const feed = document.createElement('pith-feed');
    feed.setAttribute('endpoint', mockUrl('listing', { key, n: 2 }));
    feed.setAttribute('category', 'removed');
    feed.setAttribute('author-url', 'https://example.org/a/{name}');
    (await fixture<HTMLDivElement>(html`<div></div>`)).append(feed);
    await waitUntil(() => cardsOf(feed).length === 2, 'cards shown', { timeout: 8000 });

    // Lit sets the property to null when its attribute goes away.
    feed.removeAttribute('author-url');
    feed.removeAttribute('category');
    await settle(feed);
    expect(visibleText(part(feed, 'error')!)).to.contain('Set a category');
  });

  it('makes one network request for five identical feeds', async () => {
    const key = freshKey();
    const endpoint = mockUrl('listing', { key, n: 4, delay: 100 });
    const container = await fixture<HTMLDivElement>(html`<div></div>`);
    const feeds = Array.from({ length: 5 }, () => {
      const feed = document.createElement('pith-feed');
      feed.setAttribute('category', 'five');
      feed.setAttribute('endpoint', endpoint);
      container.append(feed);
      return feed;
    });
    await waitUntil(
      () => feeds.every((feed) => cardsOf(feed).length === 4),
      'all five feeds show cards',
      { timeout: 8000 },
    );
    expect(await networkCount(key)).to.equal(1);
  });

  it('keeps the later category when a slow reply for an earlier one arrives after it', async () => {
    const feed = await fixture<PithFeed>(
      html`<pith-feed
        category="slow"
        endpoint=${mockUrl('listing', { key: freshKey(), n: 2, delay: 600 })}
      ></pith-feed>`,
    );
    await aTimeout(50);
    feed.endpoint = mockUrl('listing', { key: freshKey(), n: 5 });
    feed.category = 'fast';
    await waitUntil(() => cardsOf(feed).length === 5, 'the fast reply shows', { timeout: 5000 });
    await aTimeout(800);
    await settle(feed);
    expect(cardsOf(feed)).to.have.length(5);
  });

  it('keeps the later src when a slow reply for an earlier src arrives after it', async () => {
    const feed = await fixture<PithFeed>(
      html`<pith-feed src=${mockUrl('listing', { key: freshKey(), n: 2, delay: 600 })}></pith-feed>`,
    );
    await aTimeout(50);
    feed.src = mockUrl('listing', { key: freshKey(), n: 5 });
    await waitUntil(() => cardsOf(feed).length === 5, 'the fast reply shows', { timeout: 5000 });
    await aTimeout(800);
    await settle(feed);
    expect(cardsOf(feed)).to.have.length(5);
  });

  it('shows the listing when moved within the page mid-request', async () => {
    const container = await fixture<HTMLDivElement>(html`<div><div></div></div>`);
    const feed = document.createElement('pith-feed');
    feed.setAttribute('category', 'moved');
    feed.setAttribute('endpoint', mockUrl('listing', { key: freshKey(), n: 3, delay: 300 }));
    container.append(feed);
    await settle(feed);
    expect(part(feed, 'skeleton'), 'loading').to.exist;

    container.firstElementChild!.append(feed);
    await waitUntil(() => cardsOf(feed).length === 3, 'the cards show', { timeout: 5000 });
  });

  it('asks again when put back after being removed mid-request', async () => {
    const container = await fixture<HTMLDivElement>(html`<div></div>`);
    const feed = document.createElement('pith-feed');
    feed.setAttribute('category', 'back');
    feed.setAttribute('endpoint', mockUrl('listing', { key: freshKey(), n: 2, delay: 300 }));
    container.append(feed);
    await settle(feed);
    feed.remove();
    await aTimeout(500);
    expect(cardsOf(feed)).to.have.length(0);

    const arrived = oneEvent(feed, 'pith-load');
    container.append(feed);
    await arrived;
    await settle(feed);
    expect(cardsOf(feed)).to.have.length(2);
  });

  it('raises no error when removed mid-request, and aborts the request', async () => {
    const errors: unknown[] = [];
    const onError = (event: Event) => errors.push(event);
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onError);
    const feed = await fixture<PithFeed>(
      html`<pith-feed
        category="gone"
        endpoint=${mockUrl('listing', { key: freshKey(), delay: 400 })}
      ></pith-feed>`,
    );
    feed.addEventListener('pith-error', onError);
    feed.remove();
    await aTimeout(700);
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onError);
    expect(errors).to.have.length(0);
    expect(cardsOf(feed)).to.have.length(0);
  });
});

describe('attributes that do not parse', () => {
  it('ignores limit="abc" and min-score="x" with a warning, and shows the listing', async () => {
    const original = console.warn;
    const calls: string[] = [];
    console.warn = (...args: unknown[]) => calls.push(args.map(String).join(' '));
    try {
      const feed = await mountFeed({ category: 'cs.LG', limit: 'abc', 'min-score': 'x' });
      expect(cardsOf(feed)).to.have.length(32);
    } finally {
      console.warn = original;
    }
    expect(calls.join('\n')).to.contain('"limit"');
    expect(calls.join('\n')).to.contain('"min-score"');
  });
});

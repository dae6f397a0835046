/**
 * Every way an endpoint misbehaves ends in a documented state of
 * <pith-feed>: cards, a partial listing with reasons, or an error message with
 * a Retry button; never an uncaught error.
 */
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import { createClient } from '../../src/client/client.js';
import type { PithClient } from '../../src/client/types.js';
import type { PithFeed } from '../../src/pith-feed/pith-feed.js';
import type { PithErrorDetail, PithLoadDetail } from '../../src/events.js';
import { freshKey, mockUrl } from '../client/mock.js';
import { cardsOf, part, settle, visibleText } from '../support/helpers.js';

const uncaught: unknown[] = [];
const record = (event: Event) => uncaught.push(event);

beforeEach(() => {
  uncaught.length = 0;
  window.addEventListener('error', record);
  window.addEventListener('unhandledrejection', record);
});

afterEach(() => {
  window.removeEventListener('error', record);
  window.removeEventListener('unhandledrejection', record);
  expect(uncaught, 'uncaught errors').to.have.length(0);
});

/** Mounts a feed on a mock route and waits for its first outcome event. */
async function feedOn(route: string, params: Record<string, string | number>, client?: PithClient) {
  const container = await fixture<HTMLDivElement>(html`<div></div>`);
  const feed = document.createElement('pith-feed');
  feed.setAttribute('category', 'cs.XX');
  feed.setAttribute('endpoint', mockUrl(route, { key: freshKey(), ...params }));
  if (client) feed.client = client;
  const outcome = Promise.race([oneEvent(feed, 'pith-load'), oneEvent(feed, 'pith-error')]);
  container.append(feed);
  const event = (await outcome) as CustomEvent<PithLoadDetail | PithErrorDetail>;
  await settle(feed);
  return { feed, event };
}

function expectErrorState(feed: PithFeed, ...phrases: string[]) {
  expect(cardsOf(feed)).to.have.length(0);
  const error = part(feed, 'error')!;
  expect(error, 'error state').to.exist;
  const text = visibleText(error);
  for (const phrase of phrases) expect(text).to.contain(phrase);
  expect(part(feed, 'retry')!.textContent.trim()).to.equal('Retry');
}

describe('pith-feed against a misbehaving endpoint', () => {
  it('shows the good items of a partly bad page and reports the bad ones', async () => {
    const { feed, event } = await feedOn('listing', { n: 4, bad: 3 });
    expect(event.type).to.equal('pith-load');
    expect(cardsOf(feed)).to.have.length(4);
    const skipped = (event.detail as PithLoadDetail).skipped;
    expect(skipped).to.have.length(3);
    expect(skipped.map((s) => s.reason).join('\n')).to.match(/title/);
  });

  it('names the content type when the reply is an HTML page', async () => {
    const { feed, event } = await feedOn('html', {});
    expect((event.detail as PithErrorDetail).kind).to.equal('not-json');
    expectErrorState(feed, 'text/html');
  });

  it('names the status of a 404', async () => {
    const { feed, event } = await feedOn('status', { code: 404 });
    expect((event.detail as PithErrorDetail).status).to.equal(404);
    expectErrorState(feed, '404');
  });

  it('recovers from a 500 by retrying', async () => {
    const { feed, event } = await feedOn('flaky', { code: 500, fail: 1 });
    expect(event.type).to.equal('pith-load');
    expect(cardsOf(feed).length).to.be.greaterThan(0);
  });

  it('waits as a 429 Retry-After asks, then shows the listing', async () => {
    const { feed, event } = await feedOn('flaky', { code: 429, fail: 1, retryAfter: 1 });
    expect(event.type).to.equal('pith-load');
    expect(cardsOf(feed).length).to.be.greaterThan(0);
  });

  it('gives up on a reply that never comes, and Retry asks again', async () => {
    const client = createClient({ timeoutMs: 600, retries: 0 });
    const { feed, event } = await feedOn('hang', {}, client);
    expect((event.detail as PithErrorDetail).kind).to.equal('timeout');
    expectErrorState(feed, 'could not be loaded');

    const again = oneEvent(feed, 'pith-error');
    (part(feed, 'retry') as HTMLButtonElement).click();
    await settle(feed);
    expect(part(feed, 'skeleton'), 'loading state while retrying').to.exist;
    await again;
  });

  it('shows an error for a wrong version and for a wrong top level', async () => {
    const version = await feedOn('version', { v: 2 });
    expect((version.event.detail as PithErrorDetail).kind).to.equal('version');
    expectErrorState(version.feed);

    const top = await feedOn('top', { shape: 'items-object' });
    expect((top.event.detail as PithErrorDetail).kind).to.equal('contract');
    expectErrorState(top.feed);
  });

  it('shows an empty state for a listing with no papers', async () => {
    const { feed } = await feedOn('listing', { n: 0 });
    expect(visibleText(part(feed, 'empty')!)).to.contain('No papers');
  });

  it('renders a page of 10,000 items up to the documented cap', async function () {
    this.timeout(30000);
    const { feed, event } = await feedOn('listing', { n: 10000 });
    expect(event.type).to.equal('pith-load');
    await waitUntil(() => cardsOf(feed).length > 0, 'cards shown', { timeout: 20000 });
    expect(cardsOf(feed)).to.have.length(1000);
  });

  it('shows a paper whose abstract is 5 MB, cut to the documented cap', async function () {
    this.timeout(20000);
    const { feed, event } = await feedOn('listing', { n: 1, abstract: 5_000_000 });
    expect(event.type).to.equal('pith-load');
    const card = cardsOf(feed)[0];
    expect(card.paper!.abstract!.length).to.be.at.most(20_000);
  });
});

// The elements inside a React 19 app: React sets their properties (objects, arrays, numbers)
// rather than attributes, and hears their events through `onpith-…` props.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/register/pith-feed.js';
import type { Paper } from '../../src/contract/types.js';
import type { PithLoadDetail, PithToggleDetail } from '../../src/events.js';
import type { PaperCard } from '../../src/paper-card/paper-card.js';
import type { PithFeed } from '../../src/pith-feed/pith-feed.js';
import { cardsOf, settle, visibleText } from '../support/helpers.js';
import { createElement as h, createRoot, flushSync, type Root } from './react-runtime.js';

const paper: Paper = {
  id: 'react-1',
  title: 'Margins of retrieval in low dimension',
  authors: ['Ada Lovelace', 'Alan Turing', 'Grace Hopper'],
  abstract: 'We bound the margin by $O(\\sqrt{d})$ for every relevance matrix.',
};
const other: Paper = { id: 'react-2', title: 'A second paper', authors: ['Emmy Noether'] };

async function listingItems(): Promise<Paper[]> {
  const reply = await fetch('/api/v1/categories/cs.LG.json');
  return ((await reply.json()) as { items: Paper[] }).items;
}

describe('React 19 interop', () => {
  let root: Root | undefined;
  let container: HTMLElement;

  beforeEach(async () => {
    container = await fixture<HTMLDivElement>(html`<div></div>`);
    root = createRoot(container);
  });

  afterEach(() => {
    flushSync(() => root?.unmount());
    root = undefined;
  });

  it('sets a paper object on <paper-card> as a property and hears pith-toggle', async () => {
    const toggles: PithToggleDetail[] = [];
    const onToggle = (event: CustomEvent<PithToggleDetail>) => toggles.push(event.detail);
    flushSync(() => root!.render(h('paper-card', { paper, 'onpith-toggle': onToggle })));

    const card = container.querySelector('paper-card') as PaperCard;
    await settle(card);
    expect(card.paper).to.equal(paper);
    expect(card.hasAttribute('paper')).to.be.false;
    expect(visibleText(card)).to.contain(paper.title);

    const toggle = card.shadowRoot!.querySelector('abstract-toggle')!;
    toggle.shadowRoot!.querySelector('button')!.click();
    await waitUntil(() => toggles.length === 1, 'React never heard pith-toggle');
    expect(toggles[0].open).to.be.true;
  });

  it('updates <paper-card> when React renders it with another paper', async () => {
    flushSync(() => root!.render(h('paper-card', { paper })));
    const card = container.querySelector('paper-card') as PaperCard;
    await settle(card);

    flushSync(() => root!.render(h('paper-card', { paper: other })));
    await settle(card);
    expect(container.querySelector('paper-card')).to.equal(card);
    expect(visibleText(card)).to.contain(other.title);
    expect(visibleText(card)).not.to.contain(paper.title);
  });

  it('gives <category-feed> its items array', async () => {
    const items = (await listingItems()).slice(0, 4);
    flushSync(() => root!.render(h('category-feed', { items })));

    const list = container.querySelector('category-feed')!;
    await settle(list);
    expect(list.items).to.equal(items);
    expect(list.shadowRoot!.querySelectorAll('paper-card')).to.have.length(4);
  });

  it('loads <pith-feed> from its endpoint and reports pith-load with a numeric limit', async () => {
    const loads: PithLoadDetail[] = [];
    const onLoad = (event: CustomEvent<PithLoadDetail>) => loads.push(event.detail);
    const fallback = h('a', { href: '/list/cs.LG' }, 'Browse the cs.LG listing');
    const props = { category: 'cs.LG', limit: 3, 'onpith-load': onLoad };
    flushSync(() => root!.render(h('pith-feed', props, fallback)));

    const feed = container.querySelector('pith-feed') as PithFeed;
    await waitUntil(() => loads.length === 1, 'React never heard pith-load', { timeout: 8000 });
    await settle(feed);
    expect(feed.limit).to.equal(3);
    expect(loads[0].url).to.contain('/api/v1/categories/cs.LG.json');
    expect(cardsOf(feed)).to.have.length(3);
    expect(visibleText(feed)).to.contain('Machine Learning');
  });
});

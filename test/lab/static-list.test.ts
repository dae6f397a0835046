/**
 * A lab's own papers from a static file (docs/lab-papers.md): the committed
 * demo listing, which is the pith-elements command's output, rendered by
 * <pith-feed src> with year headings, chosen ids, sorting, score filters,
 * limits, a missing file, and source adapters.
 */
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import { createClient } from '../../src/client/client.js';
import { arxivAtomAdapter, type SourceAdapter } from '../../src/contract/adapters/index.js';
import type { Paper } from '../../src/contract/types.js';
import type { PithErrorDetail, PithLoadDetail } from '../../src/events.js';
import type { PaperCard } from '../../src/paper-card/paper-card.js';
import type { PithFeed } from '../../src/pith-feed/pith-feed.js';
import { cardsOf, mountFeed, part, settle, visibleText } from '../support/helpers.js';

const LAB = '/demo/lab/papers.json';
const SCORED = '/test/fixtures/lab/scored.json';

async function itemsOf(url: string): Promise<Paper[]> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  return ((await response.json()) as { items: Paper[] }).items;
}

function shadowPart(card: Element, name: string): Element {
  const found = card.shadowRoot!.querySelector(`[part~="${name}"]`);
  if (!found) throw new Error(`no part "${name}" in ${card.localName}`);
  return found;
}

/**
 * A card's text read back as its source: prose as shown, and each typeset
 * formula as the TeX that KaTeX records beside it, between dollars.
 */
function sourceOf(root: Node): string {
  if (root instanceof Element && root.classList.contains('katex')) {
    return `$${root.querySelector('annotation')?.textContent ?? '?'}$`;
  }
  if (root.nodeType === Node.TEXT_NODE) return root.textContent ?? '';
  return [...root.childNodes].map(sourceOf).join('');
}

/** The names a card's author list shows once fully opened. */
async function authorsShown(card: PaperCard): Promise<string[]> {
  const list = shadowPart(card, 'authors');
  const more = list.shadowRoot!.querySelector<HTMLButtonElement>('button[part~="more"]');
  if (more?.getAttribute('aria-expanded') === 'false') {
    more.click();
    await settle(list);
  }
  return [...list.shadowRoot!.querySelectorAll('[part~="name"]')].map((n) => n.textContent.trim());
}

/** Year headings of a grouped feed, each with the ids of the cards under it. */
function groupsOf(feed: PithFeed): Array<{ year: string; ids: string[] }> {
  const list = part(feed, 'list')!;
  return [...list.shadowRoot!.querySelectorAll('[part~="group"]')].map((group) => ({
    year: group.querySelector('[part~="group-heading"]')!.textContent.trim(),
    ids: [...group.querySelectorAll('paper-card')].map((card) => card.paper!.id),
  }));
}

const idsOf = (feed: PithFeed) => cardsOf(feed).map((card) => card.paper!.id);
const titleOf = (card: PaperCard) => visibleText(shadowPart(card, 'title'));
const titlesOf = (feed: PithFeed) => cardsOf(feed).map(titleOf);

/** Mounts a feed with attributes and an adapter set before it connects. */
async function mountWithAdapter(src: string, adapter: SourceAdapter) {
  const container = await fixture<HTMLDivElement>(html`<div></div>`);
  const feed = document.createElement('pith-feed');
  feed.adapter = adapter;
  feed.setAttribute('src', src);
  const outcome = Promise.race([oneEvent(feed, 'pith-load'), oneEvent(feed, 'pith-error')]);
  container.append(feed);
  const event = (await outcome) as CustomEvent<PithLoadDetail | PithErrorDetail>;
  await settle(feed);
  return { feed, event };
}

describe('lab papers from a static file', () => {
  it('puts the papers under year headings, newest year first', async () => {
    const items = await itemsOf(LAB);
    const feed = await mountFeed({ src: LAB, 'group-by': 'year', sort: 'date', locale: 'en-GB' });

    const groups = groupsOf(feed);
    expect(groups.map((g) => g.year)).to.deep.equal(['2026', '2025', '2024']);
    for (const group of groups) {
      const inYear = items.filter((paper) => paper.date!.startsWith(group.year));
      expect(group.ids, group.year).to.deep.equal(inYear.map((paper) => paper.id));
    }
    const headings = part(feed, 'list')!.shadowRoot!.querySelectorAll('h3[part~="group-heading"]');
    expect(headings).to.have.length(3);

    // Each year is a feed of its own: positions and sizes count within the year.
    const list = part(feed, 'list')!.shadowRoot!;
    for (const year of list.querySelectorAll('[role="feed"]')) {
      const articles = [...year.querySelectorAll('paper-card')].map((card) =>
        card.shadowRoot!.querySelector('article')!,
      );
      const positions = articles.map((a) => a.getAttribute('aria-posinset'));
      expect(positions).to.deep.equal(articles.map((_, i) => String(i + 1)));
      const sizes = articles.map((a) => a.getAttribute('aria-setsize'));
      expect(sizes).to.deep.equal(articles.map(() => String(articles.length)));
    }
  });

  it('shows each paper as the file has it: title, authors, date, category, link', async () => {
    const items = await itemsOf(LAB);
    const feed = await mountFeed({ src: LAB, 'group-by': 'year', sort: 'date', locale: 'en-GB' });
    const cards = cardsOf(feed);
    expect(cards).to.have.length(items.length);
    const typeset = () => cards.every((card) => !titleOf(card).includes('$'));
    await waitUntil(typeset, 'formulas in titles are typeset');

    for (const [i, card] of cards.entries()) {
      const paper = items[i];
      const title = shadowPart(card, 'title');
      expect(sourceOf(title).trim(), `title ${i}`).to.equal(paper.title);
      expect(await authorsShown(card), `authors ${i}`).to.deep.equal(paper.authors);
      const date = shadowPart(card, 'date');
      expect(date.getAttribute('datetime'), `date ${i}`).to.equal(paper.date);
      const shown = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeZone: 'UTC' });
      expect(date.textContent.trim()).to.equal(shown.format(new Date(`${paper.date}T00:00:00Z`)));
      expect(shadowPart(card, 'category').textContent.trim()).to.equal(paper.primaryCategory);
      expect(title.querySelector('a')!.getAttribute('href')).to.equal(paper.links!.abs);
    }
    expect(visibleText(shadowPart(cards[0], 'date'))).to.equal('20 May 2026');
    expect(titleOf(cards[3])).to.contain('Boundary β');
  });

  it('reports nothing skipped: the file passes the contract as it is', async () => {
    const container = await fixture<HTMLDivElement>(html`<div></div>`);
    const feed = document.createElement('pith-feed');
    feed.setAttribute('src', LAB);
    const loaded = oneEvent(feed, 'pith-load');
    container.append(feed);
    const { detail } = (await loaded) as CustomEvent<PithLoadDetail>;

    expect(detail.count).to.equal((await itemsOf(LAB)).length);
    expect(detail.skipped).to.deep.equal([]);
  });

  it('shows only the chosen ids, in the listing order, with spaces or commas', async () => {
    const feed = await mountFeed({ src: LAB, ids: '2410.00042, 2605.04321   2603.11111,,' });

    expect(idsOf(feed)).to.deep.equal(['2605.04321', '2603.11111', '2410.00042']);
    expect(titlesOf(feed)[0]).to.equal(
      'Sharp Thresholds for Planted Clique Recovery with Side Information',
    );
  });

  it('shows the empty state when none of the chosen ids is in the file', async () => {
    const feed = await mountFeed({ src: LAB, ids: '9999.99999' });

    expect(cardsOf(feed)).to.have.length(0);
    expect(visibleText(part(feed, 'empty')!)).to.contain('No papers');
  });

  it('caps the list at limit, offering no "Load more" for a static file', async () => {
    const feed = await mountFeed({ src: LAB, limit: '2' });

    expect(idsOf(feed)).to.deep.equal(['2605.04321', '2605.01234']);
    expect(part(feed, 'more')).to.equal(null);
  });
});

describe('lab papers: scores', () => {
  it('keeps the file order when no sort is given', async () => {
    const feed = await mountFeed({ src: SCORED });
    expect(idsOf(feed)).to.deep.equal(['lab-a', 'lab-b', 'lab-c', 'lab-d', 'lab-e']);
  });

  it('sorts best first with sort="score", newer first on a tie, unscored last', async () => {
    const feed = await mountFeed({ src: SCORED, sort: 'score' });
    expect(idsOf(feed)).to.deep.equal(['lab-b', 'lab-d', 'lab-a', 'lab-e', 'lab-c']);
    expect(visibleText(shadowPart(cardsOf(feed)[0], 'score'))).to.equal('9.1');
  });

  it('hides papers below min-score, and papers with no score', async () => {
    const feed = await mountFeed({ src: SCORED, 'min-score': '7.5' });
    expect(idsOf(feed)).to.deep.equal(['lab-a', 'lab-b', 'lab-d']);
  });

  it('applies limit after sorting and filtering', async () => {
    const feed = await mountFeed({ src: SCORED, sort: 'score', 'min-score': '5', limit: '2' });
    expect(idsOf(feed)).to.deep.equal(['lab-b', 'lab-d']);
  });

  it('orders year groups newest first with sort="date", whatever the file order', async () => {
    const feed = await mountFeed({ src: SCORED, sort: 'date', 'group-by': 'year' });
    expect(groupsOf(feed)).to.deep.equal([
      { year: '2026', ids: ['lab-d', 'lab-c'] },
      { year: '2025', ids: ['lab-e', 'lab-a'] },
      { year: '2023', ids: ['lab-b'] },
    ]);
  });
});

describe('lab papers: failures and adapters', () => {
  it('shows the error state, naming the status, when the file is missing', async () => {
    const container = await fixture<HTMLDivElement>(html`<div></div>`);
    const feed = document.createElement('pith-feed');
    feed.setAttribute('src', '/demo/lab/no-such-papers.json');
    feed.setAttribute('group-by', 'year');
    const failed = oneEvent(feed, 'pith-error');
    container.append(feed);
    const { detail } = (await failed) as CustomEvent<PithErrorDetail>;
    await settle(feed);

    expect(detail.status).to.equal(404);
    expect(cardsOf(feed)).to.have.length(0);
    expect(visibleText(part(feed, 'error')!)).to.contain('404');
    expect(part(feed, 'retry')!.textContent.trim()).to.equal('Retry');
  });

  it('renders arXiv Atom as cards through arxivAtomAdapter', async () => {
    const atom = '/test/fixtures/arxiv/ids.xml';
    const { feed, event } = await mountWithAdapter(atom, arxivAtomAdapter);

    expect(event.type).to.equal('pith-load');
    expect(idsOf(feed)).to.deep.equal(['2511.09876', '2605.04321']);
    expect(titlesOf(feed)[1]).to.equal(
      'Sharp Thresholds for Planted Clique Recovery with Side Information',
    );
    const first = cardsOf(feed)[0];
    expect(await authorsShown(first)).to.deep.equal(['Élodie Marchand', 'Maria Okonkwo']);
    expect(shadowPart(first, 'date').getAttribute('datetime')).to.equal('2025-11-20');
  });

  it('uses an adapter set after the feed is already on the page', async () => {
    const container = await fixture<HTMLDivElement>(html`<div></div>`);
    const feed = document.createElement('pith-feed');
    feed.setAttribute('src', '/test/fixtures/arxiv/query-page-4.xml');
    container.append(feed);
    await feed.updateComplete;
    const loaded = oneEvent(feed, 'pith-load');
    feed.adapter = arxivAtomAdapter;
    await loaded;
    await settle(feed);

    expect(idsOf(feed)).to.deep.equal(['2410.00042']);
    expect(part(feed, 'error')).to.equal(null);
  });

  it('pages on through the adapter with "Load more"', async () => {
    // A same-origin arXiv proxy, played by a fetch that answers each page with its recording.
    // A built Response has no url of its own, so the reply keeps the proxy's URL.
    const proxy: typeof fetch = async (input, init) => {
      const url = new URL(input instanceof Request ? input.url : input, location.href);
      const start = url.searchParams.get('start') ?? '0';
      const recorded = await fetch(`/test/fixtures/arxiv/query-page-${start}.xml`, init);
      const headers = { 'content-type': 'application/atom+xml; charset=utf-8' };
      return new Response(await recorded.text(), { status: recorded.status, headers });
    };
    const container = await fixture<HTMLDivElement>(html`<div></div>`);
    const feed = document.createElement('pith-feed');
    feed.client = createClient({ fetch: proxy, cacheSize: 0 });
    feed.adapter = arxivAtomAdapter;
    feed.src = '/arxiv-proxy?search_query=au%3AOkonkwo_M&max_results=2';
    const first = oneEvent(feed, 'pith-load');
    container.append(feed);
    await first;
    await settle(feed);
    expect(idsOf(feed)).to.deep.equal(['2605.04321', '2605.01234']);

    for (const expected of [4, 5]) {
      const outcome = Promise.race([oneEvent(feed, 'pith-load'), oneEvent(feed, 'pith-error')]);
      (part(feed, 'more') as HTMLButtonElement).click();
      const event = (await outcome) as CustomEvent<PithLoadDetail | PithErrorDetail>;
      await settle(feed);
      expect((event.detail as PithErrorDetail).message, 'Load more failed').to.equal(undefined);
      expect(cardsOf(feed), 'cards after "Load more"').to.have.length(expected);
    }
    expect(idsOf(feed).slice(2)).to.deep.equal(['2603.11111', '2511.09876', '2410.00042']);
    expect(part(feed, 'more')).to.equal(null);
  });

  it("shows an adapter's own message when it throws", async () => {
    const refuse: SourceAdapter = () => {
      throw new Error('publications.json has no "publications" array');
    };
    const { feed, event } = await mountWithAdapter(LAB, refuse);

    expect(event.type).to.equal('pith-error');
    expect((event.detail as PithErrorDetail).message).to.contain('has no "publications" array');
    expect(cardsOf(feed)).to.have.length(0);
    const message = 'publications.json has no "publications" array';
    expect(visibleText(part(feed, 'error')!)).to.contain(message);
  });
});

// The elements inside a Vue 3 app, written as templates the way an app writes them: Vue binds
// `:paper`, `:items` and `:limit` as properties of the defined elements and `@pith-…` as
// listeners, without a warning. The tags are declared custom elements as the README tells apps
// to (a build-time template compiler needs it; the runtime one used here also asks the
// registry).
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/register/pith-feed.js';
import type { Paper } from '../../src/contract/types.js';
import type { PithLoadDetail, PithToggleDetail } from '../../src/events.js';
import type { CategoryFeed } from '../../src/category-feed/category-feed.js';
import type { PaperCard } from '../../src/paper-card/paper-card.js';
import type { PithFeed } from '../../src/pith-feed/pith-feed.js';
import { cardsOf, settle, visibleText } from '../support/helpers.js';
import { createApp, nextTick, shallowRef } from './vue-runtime.js';

const TAGS = ['pith-feed', 'category-feed', 'paper-card', 'author-list', 'abstract-toggle'];

const paper: Paper = {
  id: 'vue-1',
  title: 'Margins of retrieval in low dimension',
  authors: ['Ada Lovelace', 'Alan Turing', 'Grace Hopper'],
  abstract: 'We bound the margin by $O(\\sqrt{d})$ for every relevance matrix.',
};
const other: Paper = { id: 'vue-2', title: 'A second paper', authors: ['Emmy Noether'] };

/** Mounts a Vue app from a template; the returned `unmount` ends it. */
async function mount(template: string, setup: () => Record<string, unknown>) {
  const container = await fixture<HTMLDivElement>(html`<div></div>`);
  const warnings: string[] = [];
  const app = createApp({ template, setup });
  app.config.compilerOptions.isCustomElement = (tag) => TAGS.includes(tag);
  app.config.warnHandler = (message) => void warnings.push(message);
  app.mount(container);
  await nextTick();
  return { container, warnings, unmount: () => app.unmount() };
}

describe('Vue 3 interop', () => {
  let unmount: (() => void) | undefined;

  afterEach(() => {
    unmount?.();
    unmount = undefined;
  });

  it('binds a paper object to <paper-card> as a property and hears pith-toggle', async () => {
    const toggles: PithToggleDetail[] = [];
    const current = shallowRef(paper);
    const onToggle = (event: CustomEvent<PithToggleDetail>) => toggles.push(event.detail);
    const template = '<paper-card :paper="current" @pith-toggle="onToggle"></paper-card>';
    const app = await mount(template, () => ({ current, onToggle }));
    unmount = app.unmount;

    const card = app.container.querySelector('paper-card') as PaperCard;
    await settle(card);
    expect(card.paper).to.equal(paper);
    expect(card.hasAttribute('paper')).to.be.false;
    expect(visibleText(card)).to.contain(paper.title);

    card.shadowRoot!.querySelector('abstract-toggle')!.shadowRoot!.querySelector('button')!.click();
    await waitUntil(() => toggles.length === 1, 'Vue never heard pith-toggle');
    expect(toggles[0].open).to.be.true;

    current.value = other;
    await nextTick();
    await settle(card);
    expect(visibleText(card)).to.contain(other.title);
    expect(app.warnings).to.deep.equal([]);
  });

  it('binds an items array to <category-feed>', async () => {
    const reply = await fetch('/api/v1/categories/cs.LG.json');
    const items = ((await reply.json()) as { items: Paper[] }).items.slice(0, 5);
    const template = '<category-feed :items="items" label="Picked"></category-feed>';
    const app = await mount(template, () => ({ items }));
    unmount = app.unmount;

    const list = app.container.querySelector('category-feed') as CategoryFeed;
    await settle(list);
    expect(list.items).to.equal(items);
    expect(list.shadowRoot!.querySelectorAll('paper-card')).to.have.length(5);
    expect(app.warnings).to.deep.equal([]);
  });

  it('loads <pith-feed> with a numeric limit and reports pith-load', async () => {
    const loads: PithLoadDetail[] = [];
    const onLoad = (event: CustomEvent<PithLoadDetail>) => loads.push(event.detail);
    const template = `<pith-feed category="cs.LG" :limit="4" @pith-load="onLoad">
        <a href="/list/cs.LG">Browse the cs.LG listing</a>
      </pith-feed>`;
    const app = await mount(template, () => ({ onLoad }));
    unmount = app.unmount;

    const feed = app.container.querySelector('pith-feed') as PithFeed;
    await waitUntil(() => loads.length === 1, 'Vue never heard pith-load', { timeout: 8000 });
    await settle(feed);
    expect(feed.limit).to.equal(4);
    expect(loads[0].url).to.contain('/api/v1/categories/cs.LG.json');
    expect(cardsOf(feed)).to.have.length(4);
    expect(app.warnings).to.deep.equal([]);
  });
});

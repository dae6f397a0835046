/**
 * Every text can be replaced: a partial `strings` object on the feed reaches every card inside,
 * a card's own `strings` wins over it, counts are functions, and dates follow the nearest
 * `lang`, across shadow roots.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import type { Paper } from '../../src/contract/types.js';
import type { PaperCard } from '../../src/paper-card/paper-card.js';
import { setPithDefaults } from '../../src/config/defaults.js';
import {
  DEFAULT_STRINGS,
  resolveStrings,
  type PithStringsInput,
} from '../../src/shared/strings.js';
import { freshKey, mockUrl } from '../client/mock.js';
import { cardsOf, part, settle, visibleText } from '../support/helpers.js';
import { inCard, mountStaticFeed } from '../a11y/support.js';

const FRENCH: PithStringsInput = {
  feedLabel: 'Articles',
  score: 'Note',
  theorems: (n) => `${n} théorème${n > 1 ? 's' : ''}`,
  fullImage: 'image entière',
  cite: 'Citer',
  by: 'par',
  more: (n) => `+${n} autres`,
  moreLabel: (n) => `+${n} autres auteurs`,
  unknownMore: (n) => `+${n} autres`,
  showAbstract: 'Afficher le résumé',
  hideAbstract: 'Masquer le résumé',
  listingLinks: 'Plus de cette liste',
};

describe('strings', function () {
  this.timeout(20000);

  it('replaces the texts of the feed and of every card inside it', async () => {
    const feed = await mountStaticFeed({}, (el) => (el.strings = FRENCH));
    const card = cardsOf(feed)[0];
    expect(part(card, 'badge')!.textContent).to.equal('3 théorèmes');
    expect(part(card, 'full-image')!.textContent).to.equal('image entière');
    expect(part(card, 'cite')!.textContent).to.equal('Citer');
    expect(part(card, 'score')!.querySelector('.visually-hidden')!.textContent).to.equal('Note ');
    const authors = inCard(card, 'author-list');
    expect(visibleText(authors)).to.equal('par Ada Lovelace, Émilie du Châtelet +5 autres');
    const more = authors.shadowRoot!.querySelector('button')!;
    expect(more.getAttribute('aria-label')).to.equal('+5 autres auteurs');
    const toggle = inCard(card, 'abstract-toggle');
    const button = toggle.shadowRoot!.querySelector('button')!;
    expect(button.textContent.trim()).to.equal('Afficher le résumé');
    expect(part(cardsOf(feed)[2], 'badge')!.textContent).to.equal('1 théorème');

    const list = part(feed, 'list')!.shadowRoot!.querySelector('[role="feed"]')!;
    expect(list.getAttribute('aria-label')).to.equal('Articles');
    expect(part(feed, 'links')!.getAttribute('aria-label')).to.equal('Plus de cette liste');
    // Texts not given stay English.
    expect(visibleText(part(card, 'footer')!)).to.contain('abs');
  });

  it("updates the cards when the feed's strings change", async () => {
    const feed = await mountStaticFeed();
    feed.strings = { cite: 'Zitieren' };
    await settle(feed);
    expect(part(cardsOf(feed)[0], 'cite')!.textContent).to.equal('Zitieren');
  });

  it('lets one card override the feed', async () => {
    const feed = await mountStaticFeed({}, (el) => (el.strings = FRENCH));
    const card = cardsOf(feed)[1];
    card.strings = { cite: 'Cite this' };
    await settle(card);
    expect(part(card, 'cite')!.textContent).to.equal('Cite this');
    expect(part(card, 'badge')!.textContent).to.equal('Recognition');
    expect(inCard(card, 'author-list').shadowRoot!.textContent).to.contain('par');
  });

  it('replaces the texts of the loading, empty and error states', async () => {
    const container = await fixture<HTMLDivElement>(html`<div></div>`);
    const feed = document.createElement('pith-feed');
    feed.strings = {
      empty: 'Aucun article.',
      loadError: 'Échec du chargement.',
      retry: 'Réessayer',
    };
    feed.setAttribute('category', 'cs.XX');
    feed.setAttribute('endpoint', mockUrl('listing', { key: freshKey(), n: 0 }));
    container.append(feed);
    await new Promise((resolve) => feed.addEventListener('pith-load', resolve, { once: true }));
    await settle(feed);
    expect(visibleText(part(feed, 'empty')!)).to.equal('Aucun article.');

    feed.setAttribute('endpoint', mockUrl('status', { key: freshKey(), code: 500 }));
    await new Promise((resolve) => feed.addEventListener('pith-error', resolve, { once: true }));
    await settle(feed);
    expect(visibleText(part(feed, 'error')!)).to.contain('Échec du chargement.');
    expect(part(feed, 'retry')!.textContent.trim()).to.equal('Réessayer');
  });

  it('takes page-wide strings from setPithDefaults', async () => {
    setPithDefaults({ strings: { fullImage: 'ganzes Bild' } });
    try {
      const feed = await mountStaticFeed();
      expect(part(cardsOf(feed)[0], 'full-image')!.textContent).to.equal('ganzes Bild');
      const thumbnail = '/demo/figures/bangachev-2026-5b7750-thumb.svg';
      const figure = { thumbnail, full: '/f.svg', alt: '' };
      const paper: Paper = { id: 'x', title: 'T', authors: [], figure };
      const alone = await fixture<PaperCard>(html`<paper-card .paper=${paper}></paper-card>`);
      expect(part(alone, 'full-image')!.textContent).to.equal('ganzes Bild');
    } finally {
      setPithDefaults({ strings: undefined });
    }
  });

  it('ignores entries of the wrong type, and unknown keys', () => {
    const strings = resolveStrings({ more: 'not a function', nope: 'x', cite: 42 } as never);
    expect(strings.more(3)).to.equal('+3 more');
    expect(strings.cite).to.equal('Cite');
    expect(Object.keys(strings)).to.deep.equal(Object.keys(DEFAULT_STRINGS));
  });
});

describe('dates', function () {
  this.timeout(20000);

  it('are written in the language of the nearest lang attribute, across shadow roots', async () => {
    const holder = await fixture<HTMLDivElement>(html`<div lang="de-DE"></div>`);
    const feed = await mountStaticFeed();
    holder.append(feed);
    await settle(feed);
    const date = part(cardsOf(feed)[0], 'date')!;
    expect(date.getAttribute('datetime')).to.equal('2026-05-20');
    expect(date.textContent).to.equal('20.05.2026');
  });

  it('follow a lang attribute changed after they were written', async () => {
    const holder = await fixture<HTMLDivElement>(html`<div lang="de-DE"></div>`);
    const feed = await mountStaticFeed();
    holder.append(feed);
    await settle(feed);
    const date = () => part(cardsOf(feed)[0], 'date')!.textContent;
    expect(date()).to.equal('20.05.2026');

    holder.setAttribute('lang', 'en-GB');
    await waitUntil(() => date() === '20 May 2026', 'the date in the new language');
    feed.setAttribute('lang', 'fr-FR');
    await waitUntil(() => date() === '20 mai 2026', 'the date in the feed language');
  });

  it("follow the feed's locale over the page's language", async () => {
    const holder = await fixture<HTMLDivElement>(html`<div lang="de-DE"></div>`);
    const feed = await mountStaticFeed({ locale: 'en-GB' });
    holder.append(feed);
    await settle(feed);
    expect(part(cardsOf(feed)[0], 'date')!.textContent).to.equal('20 May 2026');
  });
});

/** Author names as links through a URL template, and counts that read naturally. */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { AuthorList } from '../../src/author-list/author-list.js';
import { cardsOf, settle } from '../support/helpers.js';
import { inCard, mountStaticFeed } from '../a11y/support.js';

const NAMES = ['Émilie du Châtelet', 'Ada Lovelace & Co', 'Grace Hopper'];
const links = (list: AuthorList) => [
  ...list.shadowRoot!.querySelectorAll<HTMLAnchorElement>('a[part~="name-link"]'),
];

async function list(template: string, names = NAMES) {
  return fixture<AuthorList>(
    html`<author-list max="3" author-url=${template} .authors=${names}></author-list>`,
  );
}

describe('author-list links and labels', () => {
  it('links each name through the template, URL-encoded', async () => {
    const el = await list('https://example.org/search?author={name}');
    expect(links(el).map((a) => a.getAttribute('href'))).to.deep.equal([
      'https://example.org/search?author=%C3%89milie%20du%20Ch%C3%A2telet',
      'https://example.org/search?author=Ada%20Lovelace%20%26%20Co',
      'https://example.org/search?author=Grace%20Hopper',
    ]);
    expect(links(el).map((a) => a.textContent)).to.deep.equal(NAMES);
  });

  it('resolves a relative template against the page', async () => {
    const el = await list('/people?q={name}');
    const expected = `${location.origin}/people?q=Grace%20Hopper`;
    expect(links(el)[2].getAttribute('href')).to.equal(expected);
  });

  it('makes no links from a template that is not http(s)', async () => {
    for (const template of [
      'javascript:alert(1)//{name}',
      'data:text/html,{name}',
      'java\tscript:alert({name})',
      'https://example.org/no-placeholder',
    ]) {
      const el = await list(template);
      expect(links(el), template).to.have.length(0);
      expect(el.shadowRoot!.querySelectorAll('[part~="name"]'), template).to.have.length(3);
    }
  });

  it('takes the template from the feed, for every card', async () => {
    const feed = await mountStaticFeed({ 'author-url': 'https://example.org/a/{name}' });
    const authors = inCard<AuthorList>(cardsOf(feed)[1], 'author-list');
    expect(links(authors).map((a) => a.getAttribute('href'))).to.deep.equal([
      'https://example.org/a/Grace%20Hopper',
      'https://example.org/a/Alan%20Turing',
    ]);
  });

  it('names the toggle for what it reveals, and reads the unknown count out', async () => {
    const one = await fixture<AuthorList>(html`<author-list .authors=${NAMES}></author-list>`);
    const button = one.shadowRoot!.querySelector('button')!;
    expect(button.textContent.trim()).to.equal('+1 more');
    expect(button.getAttribute('aria-label')).to.equal('+1 more author');
    expect(button.getAttribute('aria-controls')).to.equal('names');

    const partial = await fixture<AuthorList>(
      html`<author-list .authors=${['A', 'B']} .total=${4}></author-list>`,
    );
    const count = partial.shadowRoot!.querySelector('[part~="count"]')!;
    expect(count.querySelector('[aria-hidden="true"]')!.textContent).to.equal('+2 more');
    expect(count.querySelector('.visually-hidden')!.textContent).to.equal('and 2 more authors');
  });

  it('takes its texts from strings', async () => {
    const el = await fixture<AuthorList>(
      html`<author-list
        .authors=${NAMES}
        .strings=${{ by: 'de', authorSeparator: ' · ', more: (n: number) => `+${n} autres` }}
      ></author-list>`,
    );
    await settle(el);
    const text = el.shadowRoot!.textContent.replace(/\s+/g, ' ').trim();
    expect(text).to.equal('de Émilie du Châtelet · Ada Lovelace & Co +1 autres');
  });
});

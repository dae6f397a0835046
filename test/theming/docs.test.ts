/**
 * docs/theming.md stays true: it lists every token with its light and dark defaults, every
 * string key, and every part each element renders.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import type { CategoryFeed } from '../../src/category-feed/category-feed.js';
import type { Paper } from '../../src/contract/types.js';
import type { PaperCard } from '../../src/paper-card/paper-card.js';
import { CARD_PARTS } from '../../src/shared/parts.js';
import { DEFAULT_STRINGS } from '../../src/shared/strings.js';
import { TOKENS } from '../../src/shared/tokens.js';
import { freshKey, mockUrl } from '../client/mock.js';
import { cardsOf, settle } from '../support/helpers.js';
import { inCard, mountStaticFeed } from '../a11y/support.js';

let doc: string;

before(async () => {
  doc = await (await fetch('/docs/theming.md')).text();
});

/** The part names in the first column of the table under `### \`tag\``. */
function documentedParts(tag: string): Set<string> {
  const section = doc.split(`### \`${tag}\``)[1].split(/\n#{2,3} /)[0];
  const names = section
    .split('\n')
    .filter((line) => line.startsWith('| `'))
    .flatMap((line) => [...line.split('|')[1].matchAll(/`([\w-]+)`/g)].map((m) => m[1]));
  return new Set(names);
}

/** The part names used in an element's shadow root. */
function partsIn(element: Element): string[] {
  const names = [...element.shadowRoot!.querySelectorAll('[part]')].flatMap((node) =>
    node.getAttribute('part')!.split(/\s+/),
  );
  return [...new Set(names)];
}

function expectDocumented(tag: string, used: Iterable<string>) {
  const documented = documentedParts(tag);
  const missing = [...used].filter((name) => !documented.has(name));
  expect(missing, `parts of <${tag}> missing from docs/theming.md`).to.deep.equal([]);
}

describe('docs/theming.md', function () {
  this.timeout(30000);

  it('lists every token with its defaults', () => {
    for (const token of TOKENS) {
      const row = doc.split('\n').find((line) => line.startsWith(`| \`${token.name}\` |`));
      expect(row, token.name).to.be.a('string');
      const cells = row!.split(' | ');
      expect(cells[1], `${token.name} light`).to.equal(`\`${token.light}\``);
      const quoted = `\`${token.dark}\``;
      const dark = token.dark === token.light ? ['same', quoted] : [quoted];
      expect(dark, `${token.name} dark`).to.include(cells[2]);
      const compact = token.compact ? `\`${token.compact}\`` : '—';
      expect(cells[3], `${token.name} compact`).to.equal(compact);
    }
  });

  it('lists every string key', () => {
    for (const key of Object.keys(DEFAULT_STRINGS)) {
      expect(doc, key).to.contain(`| \`${key}\` |`);
    }
  });

  it('lists every part the elements render', async () => {
    const feed = await mountStaticFeed();
    expectDocumented('pith-feed', partsIn(feed));
    const list = feed.shadowRoot!.querySelector('category-feed')!;
    expectDocumented('category-feed', partsIn(list));

    const card = cardsOf(feed)[0];
    const used = new Set(partsIn(card));
    card.shadowRoot!.querySelector<HTMLAnchorElement>('.full-image')!.click();
    await waitUntil(() => card.shadowRoot!.querySelector('dialog[open]'), 'figure dialog');
    partsIn(card).forEach((name) => used.add(name));
    card.shadowRoot!.querySelector('dialog')!.close();
    Object.defineProperty(navigator, 'clipboard', { value: undefined, configurable: true });
    try {
      card.shadowRoot!.querySelector<HTMLButtonElement>('.cite')!.click();
      await waitUntil(() => card.shadowRoot!.querySelector('dialog[open]'), 'cite dialog');
      partsIn(card).forEach((name) => used.add(name));
      card.shadowRoot!.querySelector('dialog')!.close();
    } finally {
      delete (navigator as { clipboard?: unknown }).clipboard;
    }
    // Exported parts are documented under the names the card gives them.
    ['author-base', 'author-name', 'author-more', 'abstract-button', 'abstract-text'].forEach((n) =>
      used.add(n),
    );
    expectDocumented('paper-card', used);

    const authors = inCard(card, 'author-list');
    authors.shadowRoot!.querySelector('button')!.click();
    await settle(authors);
    expectDocumented('author-list', partsIn(authors));
    expectDocumented('abstract-toggle', partsIn(inCard(card, 'abstract-toggle')));
  });

  it('lists the parts of grouped readings, a card loading, and a feed loading', async () => {
    const paper = (id: string): Paper => ({ id, title: 'T', headline: id, authors: ['A'] });
    const items = [paper('a'), paper('b')];
    const list = await fixture<CategoryFeed>(
      html`<category-feed group-readings group-by="year" .items=${items}></category-feed>`,
    );
    await settle(list);
    expectDocumented('category-feed', partsIn(list));
    expectDocumented('paper-card', partsIn(list.shadowRoot!.querySelector('paper-card')!));

    const hang = mockUrl('hang', { key: freshKey() });
    const loading = await fixture<PaperCard>(
      html`<paper-card paper-endpoint=${hang} paper-id="x"></paper-card>`,
    );
    await settle(loading);
    expectDocumented('paper-card', partsIn(loading));

    const skeleton = document.createElement('pith-feed');
    skeleton.setAttribute('category', 'x');
    skeleton.setAttribute('endpoint', mockUrl('listing', { key: freshKey(), delay: 2000 }));
    (await fixture<HTMLDivElement>(html`<div></div>`)).append(skeleton);
    await settle(skeleton);
    expectDocumented('pith-feed', partsIn(skeleton));
  });

  it('documents the card parts the feeds pass on', () => {
    expectDocumented('paper-card', CARD_PARTS);
    expectDocumented('category-feed', CARD_PARTS);
  });
});

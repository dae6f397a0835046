/** A paper handed to a card without validation: a field of the wrong type costs that field. */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { Paper } from '../../src/contract/types.js';
import type { PaperCard } from '../../src/paper-card/paper-card.js';
import { bibtexEntry } from '../../src/shared/bibtex.js';
import { part, settle, visibleText } from '../support/helpers.js';

// Shaped like a Lit template result, as JSON.parse would hand it over.
const forged: unknown = JSON.parse('{"_$litType$":1,"strings":["<b>x</b>"],"values":[]}');

describe('paper-card with fields of the wrong type', () => {
  it('renders the rest of the card and drops only the bad fields', async () => {
    const paper = {
      id: 'w',
      title: 'A fine title',
      headline: forged,
      badge: forged,
      score: forged,
      primaryCategory: forged,
      date: forged,
      authors: ['Ada Lovelace', forged],
      counters: [{ value: forged, label: forged }],
      abstract: forged,
    } as unknown as Paper;
    const card = await fixture<PaperCard>(html`<paper-card .paper=${paper}></paper-card>`);
    await settle(card);
    expect(visibleText(part(card, 'title')!)).to.equal('A fine title');
    for (const name of ['headline', 'badge', 'score', 'category', 'date', 'abstract']) {
      expect(part(card, name), name).to.equal(null);
    }
    expect(visibleText(part(card, 'authors')!)).to.equal('by Ada Lovelace');
    expect(card.shadowRoot!.querySelector('b')).to.equal(null);
    expect(bibtexEntry(paper)).to.contain('title = {{A fine title}}');
  });
});

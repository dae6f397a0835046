import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/define.js';
import type { PaperCard } from '../../src/paper-card/paper-card.js';
import type { ListingReply, Paper } from '../../src/contract/types.js';
import { part, settle, visibleText } from '../support/helpers.js';

async function mountCard(attributes: Record<string, string>) {
  const container = await fixture<HTMLDivElement>(html`<div></div>`);
  const card = document.createElement('paper-card');
  for (const [name, value] of Object.entries(attributes)) card.setAttribute(name, value);
  const outcome = Promise.race([oneEvent(card, 'pith-load'), oneEvent(card, 'pith-error')]);
  container.append(card);
  const event = await outcome;
  await settle(card);
  return { card, event };
}

describe('paper-card', () => {
  it('fetches one paper by id from the page-wide single-paper endpoint', async () => {
    const listing = (await (await fetch('/demo/data/listing-cs.LG.json')).json()) as ListingReply;
    const wanted = listing.items[4];
    const { card, event } = await mountCard({ 'paper-id': wanted.id });
    expect(event.type).to.equal('pith-load');
    expect(visibleText(part(card, 'title')!)).to.equal(wanted.title);
    expect(visibleText(part(card, 'authors')!)).to.equal(
      'by Gonçalo Duarte, Miguel Couceiro +1 more',
    );
  });

  it('shows an error with a Retry button for an unknown id', async () => {
    const { card, event } = await mountCard({ 'paper-id': 'no-such-paper' });
    expect(event.type).to.equal('pith-error');
    expect((event as HTMLElementEventMap['pith-error']).detail.status).to.equal(404);
    const status = part(card, 'status')!;
    expect(status.getAttribute('role')).to.equal('alert');
    expect(visibleText(status)).to.contain('could not be loaded');
    expect(status.querySelector('button')!.textContent).to.equal('Retry');
  });

  it('links the title only to http(s) URLs, with rel="noopener noreferrer"', async () => {
    const paper: Paper = {
      id: 'x',
      title: 'Safe title',
      authors: ['A'],
      links: { page: 'javascript:alert(1)', abs: 'https://example.org/abs/x' },
      figure: { thumbnail: 'javascript:alert(1)', full: 'https://example.org/f.png', alt: 'fig' },
    };
    const card = await fixture<PaperCard>(html`<paper-card .paper=${paper}></paper-card>`);
    const link = part(card, 'title')!.querySelector('a')!;
    expect(link.getAttribute('href')).to.equal('https://example.org/abs/x');
    expect(link.getAttribute('rel')).to.equal('noopener noreferrer');
    expect(part(card, 'figure'), 'no figure with an unsafe thumbnail').to.equal(null);
  });

  it('renders badges as "1 theorem", "N theorems" or the named badge', async () => {
    const base: Paper = { id: 'b', title: 'T', authors: [] };
    const one = await fixture<PaperCard>(
      html`<paper-card .paper=${{ ...base, theorems: 1 }}></paper-card>`,
    );
    expect(part(one, 'badge')!.textContent).to.equal('1 theorem');
    const many = await fixture<PaperCard>(
      html`<paper-card .paper=${{ ...base, theorems: 3 }}></paper-card>`,
    );
    expect(part(many, 'badge')!.textContent).to.equal('3 theorems');
    const named = await fixture<PaperCard>(
      html`<paper-card .paper=${{ ...base, badge: 'Recognition' }}></paper-card>`,
    );
    expect(part(named, 'badge')!.textContent).to.equal('Recognition');
  });
});

import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/define.js';
import type { AuthorList } from '../../src/author-list/author-list.js';
import { visibleText } from '../support/helpers.js';

describe('author-list', () => {
  it('counts from the total when only the first names are known', async () => {
    const list = await fixture<AuthorList>(
      html`<author-list .authors=${['Kiril Bangachev', 'Guy Bresler']} .total=${4}></author-list>`,
    );
    expect(visibleText(list)).to.equal('by Kiril Bangachev, Guy Bresler +2 more');
    expect(list.shadowRoot!.querySelector('button')).to.equal(null);
  });

  it('reveals the rest when the names are known, and collapses again', async () => {
    const names = ['A. One', 'B. Two', 'C. Three', 'D. Four'];
    const list = await fixture<AuthorList>(html`<author-list .authors=${names}></author-list>`);
    expect(visibleText(list)).to.equal('by A. One, B. Two +2 more');

    const more = list.shadowRoot!.querySelector('button')!;
    expect(more.getAttribute('aria-expanded')).to.equal('false');
    setTimeout(() => more.click());
    const event = await oneEvent<HTMLElementEventMap['pith-toggle']>(list, 'pith-toggle');
    expect(event.detail.open).to.equal(true);
    await list.updateComplete;
    expect(visibleText(list)).to.equal('by A. One, B. Two, C. Three, D. Four show less');

    list.shadowRoot!.querySelector('button')!.click();
    await list.updateComplete;
    expect(visibleText(list)).to.equal('by A. One, B. Two +2 more');
  });

  it('shows as many names as `max` says', async () => {
    const names = ['A', 'B', 'C', 'D', 'E'];
    const list = await fixture<AuthorList>(
      html`<author-list max="3" .authors=${names} .total=${9}></author-list>`,
    );
    expect(visibleText(list)).to.equal('by A, B, C +6 more');
  });

  it('keeps hostile names as text', async () => {
    const names = ['<img src=x onerror="window.__pwned=1">', 'Bob'];
    const list = await fixture<AuthorList>(html`<author-list .authors=${names}></author-list>`);
    expect(list.shadowRoot!.querySelector('img')).to.equal(null);
    expect(visibleText(list)).to.contain('<img src=x');
  });
});

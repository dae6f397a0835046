// Light-DOM fallback: a link written inside <pith-feed> is what a reader sees until the element
// upgrades (and all a reader without JavaScript ever sees); once the element has a shadow root,
// which has no default slot, the link is no longer rendered. A fresh tag, defined only
// half-way through the test, stands for "before the script ran".
import { expect, fixture, html } from '@open-wc/testing';
import { PithFeed } from '../../src/pith-feed/pith-feed.js';
import { settle } from '../support/helpers.js';

const TEXT = 'Browse the cs.LG listing';

function isRendered(element: Element): boolean {
  const box = element.getBoundingClientRect();
  return element.getClientRects().length > 0 && box.width > 0 && box.height > 0;
}

describe('light-DOM fallback inside <pith-feed>', () => {
  it('shows the link before the element upgrades and hides it after', async () => {
    const tag = `pith-feed-fallback-${Math.random().toString(36).slice(2, 8)}`;
    const page = await fixture<HTMLDivElement>(html`<div></div>`);
    const feed = document.createElement(tag);
    feed.setAttribute('category', 'cs.LG');
    const link = document.createElement('a');
    link.href = '/list/cs.LG';
    link.textContent = TEXT;
    feed.append(link);
    page.append(feed);

    expect(customElements.get(tag)).to.be.undefined;
    expect(isRendered(link)).to.be.true;
    expect(page.innerText).to.contain(TEXT);

    customElements.define(tag, class extends PithFeed {});
    await settle(feed);

    expect(feed.shadowRoot).to.exist;
    expect(link.assignedSlot).to.be.null;
    expect(isRendered(link)).to.be.false;
    expect(page.innerText).not.to.contain(TEXT);
    feed.remove();
  });
});

/**
 * A card given a `paper-id` fetches its paper; only the reply to the latest request ever shows,
 * a card removed mid-request shows nothing of it, and Retry asks again.
 */
import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import type { PaperCard } from '../../src/paper-card/paper-card.js';
import { freshKey, mockUrl, networkCount } from '../client/mock.js';
import { part, settle, visibleText } from '../support/helpers.js';

const SLOW_MS = 500;

/** A single-paper URL template on the mock endpoint; its replies wait `delay` ms. */
const endpoint = (delay: number, key = freshKey()) => `${mockUrl('paper', { delay, key })}&id={id}`;

async function container() {
  return fixture<HTMLDivElement>(html`<div></div>`);
}

function card(id: string, template: string): PaperCard {
  const el = document.createElement('paper-card');
  el.setAttribute('paper-endpoint', template);
  el.setAttribute('paper-id', id);
  return el;
}

/** Every `pith-load` and `pith-error` the card fires, as `type url`. */
function record(el: PaperCard): string[] {
  const seen: string[] = [];
  const note = (event: Event) => {
    const { url, message } = (event as CustomEvent<{ url?: string; message?: string }>).detail;
    seen.push(`${event.type} ${url ?? message}`);
  };
  el.addEventListener('pith-load', note);
  el.addEventListener('pith-error', note);
  return seen;
}

const absOf = (el: PaperCard) => part(el, 'abs-link')?.getAttribute('href');

describe('paper-card fetching by id', () => {
  it('shows only the reply for the latest id', async () => {
    const el = card('first', endpoint(SLOW_MS));
    const events = record(el);
    (await container()).append(el);
    await waitUntil(() => part(el, 'status'), 'loading shown');
    expect(visibleText(part(el, 'status')!)).to.equal('Loading paper…');

    el.setAttribute('paper-endpoint', endpoint(0));
    el.setAttribute('paper-id', 'second');
    await oneEvent(el, 'pith-load');
    await settle(el);
    expect(absOf(el)).to.equal('https://papers.example.org/abs/second');

    // Past the moment the first reply would have come.
    await aTimeout(SLOW_MS + 300);
    await settle(el);
    expect(absOf(el)).to.equal('https://papers.example.org/abs/second');
    expect(events).to.have.length(1);
    expect(events[0]).to.match(/^pith-load .*id=second/);
  });

  it('keeps the shown paper while another id loads, then shows that one', async () => {
    const el = card('first', endpoint(0));
    (await container()).append(el);
    await oneEvent(el, 'pith-load');
    await settle(el);

    el.setAttribute('paper-endpoint', endpoint(SLOW_MS));
    el.setAttribute('paper-id', 'second');
    await settle(el);
    expect(absOf(el)).to.equal('https://papers.example.org/abs/first');
    await oneEvent(el, 'pith-load');
    await settle(el);
    expect(absOf(el)).to.equal('https://papers.example.org/abs/second');
  });

  it('shows nothing of a request cut short by removal, and asks again when put back', async () => {
    const key = freshKey();
    const el = card('gone', endpoint(SLOW_MS, key));
    const events = record(el);
    const box = await container();
    box.append(el);
    await waitUntil(() => part(el, 'status'), 'loading shown');
    el.remove();

    await aTimeout(SLOW_MS + 300);
    expect(events, 'no event for the abandoned request').to.deep.equal([]);
    expect(part(el, 'title')).to.equal(null);

    const arrived = oneEvent(el, 'pith-load');
    box.append(el);
    await arrived;
    await settle(el);
    expect(absOf(el)).to.equal('https://papers.example.org/abs/gone');
    expect(await networkCount(key)).to.equal(2);
  });

  it('asks again with Retry after an error', async () => {
    const key = freshKey();
    const el = card('x', `${mockUrl('status', { code: 404, key })}&id={id}`);
    const failed = oneEvent(el, 'pith-error');
    (await container()).append(el);
    await failed;
    await settle(el);
    const retry = part(el, 'status')!.querySelector('button')!;
    expect(retry.textContent).to.equal('Retry');

    const again = oneEvent(el, 'pith-error');
    retry.click();
    await settle(el);
    expect(visibleText(part(el, 'status')!)).to.equal('Loading paper…');
    await again;
    expect(await networkCount(key)).to.equal(2);
  });

  it('clears a fetched paper when its id is removed', async () => {
    const el = card('first', endpoint(0));
    (await container()).append(el);
    await oneEvent(el, 'pith-load');
    await settle(el);

    el.removeAttribute('paper-id');
    await settle(el);
    expect(el.shadowRoot!.querySelector('article')).to.equal(null);
  });
});

/**
 * A host page's own stylesheet must not change a card: sizes do not depend on the root font
 * size, and every inherited text property is set on the elements' hosts.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import type { PaperCard } from '../../src/paper-card/paper-card.js';
import type { PithFeed } from '../../src/pith-feed/pith-feed.js';
import { cardsOf, part, settle } from '../support/helpers.js';
import { mountStaticFeed } from '../a11y/support.js';

const BRIEF = `
  html { font-size: 62.5% }
  body { line-height: 3; text-align: center }
  svg { display: block; height: auto }
`;
const HOSTILE = `${BRIEF}
  body {
    font: italic 700 13px/2.5 'Courier New', monospace;
    letter-spacing: 0.2em; word-spacing: 1em; text-transform: uppercase; text-indent: 3em;
    white-space: pre; text-shadow: 0 0 2px red; color: olive; visibility: visible;
    font-variant: small-caps; hyphens: auto; word-break: break-all;
  }
  * { box-sizing: content-box !important; }
  p, h2, h3, button, a, img, figure, article, span, dialog { padding: 3px; border: 2px solid red; }
  a { color: red; font-size: 30px; }
`;

/** Box sizes of the pieces of a card a reader sees. */
function metrics(card: PaperCard): Record<string, number[]> {
  const toggle = part(card, 'abstract')!;
  const pieces: Record<string, Element | null | undefined> = {
    card,
    title: part(card, 'title'),
    headline: part(card, 'headline'),
    meta: part(card, 'meta'),
    authors: part(card, 'authors'),
    figure: part(card, 'figure'),
    footer: part(card, 'footer'),
    'abstract button': toggle.shadowRoot!.querySelector('button'),
    abstract: toggle.shadowRoot!.querySelector('[part="abstract"]'),
  };
  return Object.fromEntries(
    Object.entries(pieces).map(([name, element]) => {
      const box = element!.getBoundingClientRect();
      const round = (n: number) => Math.round(n * 100) / 100;
      return [name, [round(box.width), round(box.height)]];
    }),
  );
}

async function withPageStyle<T>(css: string, measure: () => T): Promise<T> {
  const style = document.createElement('style');
  style.textContent = css;
  document.head.append(style);
  try {
    await new Promise((resolve) => requestAnimationFrame(resolve));
    return measure();
  } finally {
    style.remove();
  }
}

async function openAbstract(feed: PithFeed): Promise<PaperCard> {
  const card = cardsOf(feed)[0];
  const toggle = part(card, 'abstract')!;
  toggle.shadowRoot!.querySelector('button')!.click();
  await waitUntil(() => toggle.shadowRoot!.querySelector('.katex svg'), 'math typeset', {
    timeout: 20000,
  });
  await settle(feed);
  await Promise.all(toggle.shadowRoot!.getAnimations().map((a) => a.finished));
  await document.fonts.ready;
  return card;
}

describe('host page CSS', () => {
  it("leaves card metrics unchanged under the brief's stylesheet", async () => {
    const container = await fixture<HTMLDivElement>(html`<div style="width: 640px"></div>`);
    const feed = await mountStaticFeed();
    container.append(feed);
    const card = await openAbstract(feed);

    const before = metrics(card);
    const after = await withPageStyle(BRIEF, () => metrics(card));
    expect(after).to.deep.equal(before);
    expect(before.title[1]).to.be.above(0);
  });

  it('leaves card metrics unchanged under a page setting every inherited property', async () => {
    const container = await fixture<HTMLDivElement>(html`<div style="width: 640px"></div>`);
    const feed = await mountStaticFeed();
    container.append(feed);
    const card = await openAbstract(feed);

    const before = metrics(card);
    const after = await withPageStyle(HOSTILE, () => metrics(card));
    expect(after).to.deep.equal(before);
  });

  it('really is hostile: the same stylesheet changes plain text on the page', async () => {
    // Guards the guard: if the page CSS above stopped doing anything, the tests would pass
    // for the wrong reason.
    const plain = await fixture<HTMLDivElement>(
      html`<div style="width: 640px"><p style="margin: 0">Is Dimensionality a Barrier?</p></div>`,
    );
    const p = plain.querySelector('p')!;
    const before = p.getBoundingClientRect().height;
    const after = await withPageStyle(BRIEF, () => p.getBoundingClientRect().height);
    expect(after).to.not.equal(before);
  });
});

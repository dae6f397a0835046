/**
 * Figures: the thumbnail's space is reserved before it loads, the "full image" link works as a
 * link and opens an accessible dialog on a plain click, and a thumbnail that fails leaves a
 * tidy card.
 */
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define.js';
import type { Figure, Paper } from '../../src/contract/types.js';
import type { PaperCard } from '../../src/paper-card/paper-card.js';
import { part, settle } from '../support/helpers.js';
import { deepActiveElement } from '../a11y/support.js';

const FIGURE: Figure = {
  thumbnail: '/demo/figures/bangachev-2026-5b7750-thumb.svg',
  full: '/demo/figures/bangachev-2026-5b7750-full.svg',
  alt: 'Bar chart of margins by dimension',
  width: 240,
  height: 150,
};
const paper = (figure: Figure): Paper => ({ id: 'f', title: 'A figure', authors: ['A'], figure });

async function card(figure: Figure, width = 640) {
  const el = await fixture<PaperCard>(
    html`<paper-card style=${`width: ${width}px`} .paper=${paper(figure)}></paper-card>`,
  );
  await settle(el);
  return el;
}

const dialogOf = (el: PaperCard) => el.shadowRoot!.querySelector('dialog');

describe('paper-card figure', () => {
  it('reserves the thumbnail box from width and height, before the image arrives', async () => {
    // A URL that never answers: the box must hold its size anyway.
    const el = await card({ ...FIGURE, thumbnail: '/mock/hang?delay=0' });
    const img = part(el, 'thumbnail') as HTMLImageElement;
    expect(img.getAttribute('loading')).to.equal('lazy');
    expect(img.getAttribute('alt')).to.equal(FIGURE.alt);
    expect(img.complete).to.equal(false);
    const box = img.getBoundingClientRect();
    expect(box.width).to.be.above(100);
    expect(box.width / box.height).to.be.closeTo(240 / 150, 0.05);
  });

  it('reserves a default box when the size is unknown', async () => {
    const thumbnail = '/mock/hang?delay=0';
    const el = await card({ ...FIGURE, width: undefined, height: undefined, thumbnail });
    const box = part(el, 'thumbnail')!.getBoundingClientRect();
    expect(box.width).to.be.above(100);
    expect(box.width / box.height).to.be.closeTo(8 / 5, 0.05);
  });

  it('keeps the full-image link but hides the thumbnail when it fails to load', async () => {
    const el = await card({ ...FIGURE, thumbnail: '/no/such/thumbnail.png' });
    await waitUntil(() => !part(el, 'thumbnail'), 'broken thumbnail removed', { timeout: 5000 });
    const link = part(el, 'full-image')!;
    expect(link.textContent).to.equal('full image');
    // No empty box where the thumbnail was: the figure is only as wide as its link.
    expect(part(el, 'figure')!.getBoundingClientRect().width).to.be.below(120);
  });

  it('hides a figure whose thumbnail fails and that has no usable full image', async () => {
    const broken = { thumbnail: '/no/such/thumb.png', full: 'javascript:alert(1)' };
    const el = await card({ ...FIGURE, ...broken });
    await waitUntil(() => !part(el, 'figure'), 'figure removed', { timeout: 5000 });
  });

  it('opens the full image in a modal dialog; Escape closes it, back on the link', async () => {
    const el = await card(FIGURE);
    const link = part(el, 'full-image') as HTMLAnchorElement;
    expect(link.getAttribute('href')).to.equal(FIGURE.full);
    link.focus();
    link.click();
    await waitUntil(() => dialogOf(el)?.open, 'dialog open');

    const dialog = dialogOf(el)!;
    expect(dialog.matches(':modal')).to.equal(true);
    const heading = el.shadowRoot!.getElementById(dialog.getAttribute('aria-labelledby')!)!;
    expect(heading.textContent.replace(/\s+/g, ' ').trim()).to.equal('Figure: A figure');
    const full = dialog.querySelector('img')!;
    expect(full.getAttribute('src')).to.equal(FIGURE.full);
    expect(full.getAttribute('alt')).to.equal(FIGURE.alt);
    const close = dialog.querySelector('button')!;
    expect(close.textContent.trim()).to.equal('Close');
    expect(deepActiveElement()).to.equal(close);

    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !dialogOf(el), 'dialog closed');
    expect(deepActiveElement()).to.equal(link);
  });

  it('closes with its Close button', async () => {
    const el = await card(FIGURE);
    (part(el, 'full-image') as HTMLAnchorElement).click();
    await waitUntil(() => dialogOf(el)?.open, 'dialog open');
    dialogOf(el)!.querySelector('button')!.click();
    await waitUntil(() => !dialogOf(el), 'dialog closed');
  });

  it('leaves a click with a modifier key to the browser (new tab, download)', async () => {
    const el = await card(FIGURE);
    const link = part(el, 'full-image') as HTMLAnchorElement;
    // Records whether the card took the click over, then stops the navigation itself.
    const seen = new Promise<boolean>((resolve) => {
      el.shadowRoot!.addEventListener(
        'click',
        (event) => {
          resolve(event.defaultPrevented);
          event.preventDefault();
        },
        { once: true },
      );
    });
    const init = { bubbles: true, composed: true, cancelable: true, ctrlKey: true };
    link.dispatchEvent(new MouseEvent('click', init));
    expect(await seen).to.equal(false);
    await settle(el);
    expect(dialogOf(el)).to.equal(null);
  });

  it('fires no navigation for a plain click, so the page stays', async () => {
    const el = await card(FIGURE);
    const link = part(el, 'full-image') as HTMLAnchorElement;
    setTimeout(() => link.click());
    const event = await oneEvent(link, 'click');
    expect(event.defaultPrevented).to.equal(true);
    await waitUntil(() => dialogOf(el)?.open, 'dialog open');
    dialogOf(el)!.close();
  });
});

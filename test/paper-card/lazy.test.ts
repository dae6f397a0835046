/**
 * The Cite dialog and the figure viewer are chunks of their own: nothing of them loads before a
 * reader reaches for them (a press, or for Cite a pointer over it or the focus on it), the
 * control that asked stays a focusable control and says it is busy while the chunk loads, and a
 * chunk that cannot be loaded is said in the card and reported.
 *
 * This file must not import the BibTeX code or either dialog statically: the first tests prove
 * that the page has not loaded them before the press.
 */
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define.js';
import type { Figure, Paper } from '../../src/contract/types.js';
import type { PaperCard } from '../../src/paper-card/paper-card.js';
import { chunks } from '../../src/paper-card/lazy.js';
import { part, settle } from '../support/helpers.js';
import { deepActiveElement } from '../a11y/support.js';

// Absence from the resource timeline proves nothing once the buffer has dropped entries.
const BUFFER = 1000;
performance.setResourceTimingBufferSize(BUFFER);

const FIGURE: Figure = {
  thumbnail: '/demo/figures/bangachev-2026-5b7750-thumb.svg',
  full: '/demo/figures/bangachev-2026-5b7750-full.svg',
  alt: 'Bar chart of margins by dimension',
  width: 240,
  height: 150,
};

const PAPER: Paper = {
  id: 'lazy-1',
  title: 'Plain title for a lazy card',
  authors: ['Ada Lovelace'],
  date: '2026-05-20',
  figure: FIGURE,
};

/** True when the page has requested a module whose path starts with `path`. */
function requested(path: string): boolean {
  const entries = performance.getEntriesByType('resource');
  expect(entries.length, 'resource timeline not full').to.be.below(BUFFER);
  return entries.some((entry) => new URL(entry.name).pathname.startsWith(path));
}

type Chunks = typeof chunks;

/** Holds back one chunk until `release()`, so a test can see the card while it loads. */
function hold<K extends keyof Chunks>(name: K) {
  const real = chunks[name];
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  chunks[name] = (async () => {
    await released;
    return real();
  }) as Chunks[K];
  return { release, restore: () => (chunks[name] = real) };
}

/** Makes one chunk fail to load until `restore()`. */
function breakChunk<K extends keyof Chunks>(name: K) {
  const real = chunks[name];
  const failure = () =>
    Promise.reject(new TypeError('Failed to fetch a dynamically imported module'));
  chunks[name] = failure;
  return () => (chunks[name] = real);
}

/** Replaces the clipboard for one test; `undefined` removes it. */
function stubClipboard(clipboard: unknown) {
  Object.defineProperty(navigator, 'clipboard', { value: clipboard, configurable: true });
  return () => delete (navigator as { clipboard?: unknown }).clipboard;
}

async function mount(paper: Paper = PAPER) {
  const card = await fixture<PaperCard>(
    html`<paper-card style="width: 640px" .paper=${paper}></paper-card>`,
  );
  await settle(card);
  return card;
}

const dialogOf = (card: PaperCard) => card.shadowRoot!.querySelector('dialog');

describe('paper-card lazy dialogs', () => {
  // Runs first: no test before it may open a BibTeX dialog.
  it('loads the Cite code on the first press only, then opens the BibTeX dialog', async () => {
    const card = await mount();
    const button = part(card, 'cite') as HTMLButtonElement;
    expect(part(card, 'cite-dialog')).to.equal(null);
    expect(requested('/src/paper-card/citation.'), 'Cite code before the press').to.equal(false);
    expect(requested('/src/shared/bibtex.'), 'BibTeX code before the press').to.equal(false);
    expect(button.getAttribute('aria-label')).to.equal(
      'Cite: copy a BibTeX entry for Plain title for a lazy card',
    );

    const restore = stubClipboard(undefined);
    const held = hold('citation');
    try {
      button.focus();
      await sendKeys({ press: 'Enter' });
      await settle(card);
      expect(button.getAttribute('aria-busy'), 'busy while loading').to.equal('true');
      expect(button.disabled).to.equal(false);
      expect(deepActiveElement(), 'focus stays on the button').to.equal(button);
      expect(dialogOf(card)).to.equal(null);

      held.release();
      await waitUntil(() => dialogOf(card)?.open, 'dialog open');
      expect(requested('/src/paper-card/citation.')).to.equal(true);
      const area = part(card, 'bibtex') as HTMLTextAreaElement;
      const { bibtexEntry } = await import('../../src/shared/bibtex.js');
      expect(area.value).to.equal(bibtexEntry(PAPER));
      expect(deepActiveElement(), 'focus in the dialog').to.equal(area);
      expect(button.hasAttribute('aria-busy')).to.equal(false);
      expect(dialogOf(card)!.matches(':modal')).to.equal(true);

      await sendKeys({ press: 'Escape' });
      await waitUntil(() => !dialogOf(card), 'dialog closed');
      expect(deepActiveElement(), 'focus back on the button').to.equal(button);
    } finally {
      held.restore();
      restore();
    }
  });

  // Runs second: no test before it may open a figure.
  it('loads the figure viewer on the first open only', async () => {
    const card = await mount();
    const link = part(card, 'full-image') as HTMLAnchorElement;
    expect(part(card, 'figure-dialog')).to.equal(null);
    expect(requested('/src/paper-card/figure-viewer.'), 'viewer before the click').to.equal(false);

    const held = hold('figureViewer');
    try {
      link.focus();
      await sendKeys({ press: 'Enter' });
      await settle(card);
      expect(link.getAttribute('aria-busy')).to.equal('true');
      expect(deepActiveElement()).to.equal(link);
      expect(dialogOf(card)).to.equal(null);

      held.release();
      await waitUntil(() => dialogOf(card)?.open, 'dialog open');
      expect(requested('/src/paper-card/figure-viewer.')).to.equal(true);
      expect(part(card, 'full-figure')!.getAttribute('src')).to.equal(FIGURE.full);
      expect(deepActiveElement()).to.equal(part(card, 'close'));
      expect(link.hasAttribute('aria-busy')).to.equal(false);

      await sendKeys({ press: 'Escape' });
      await waitUntil(() => !dialogOf(card), 'dialog closed');
      expect(deepActiveElement()).to.equal(link);
    } finally {
      held.restore();
    }
  });

  it('opens the BibTeX dialog with Space too', async () => {
    const restore = stubClipboard(undefined);
    try {
      const card = await mount();
      const button = part(card, 'cite') as HTMLButtonElement;
      button.focus();
      await sendKeys({ press: ' ' });
      await waitUntil(() => dialogOf(card)?.open, 'dialog open');
      expect(deepActiveElement()).to.equal(part(card, 'bibtex'));
      dialogOf(card)!.close();
    } finally {
      restore();
    }
  });

  it('says so and fires pith-error when the Cite code cannot be loaded, and tries again', async () => {
    const restore = stubClipboard(undefined);
    const repair = breakChunk('citation');
    try {
      const card = await mount();
      const button = part(card, 'cite') as HTMLButtonElement;
      setTimeout(() => button.click());
      const event: HTMLElementEventMap['pith-error'] = await oneEvent(card, 'pith-error');
      expect(event.detail.kind).to.equal('network');
      expect(event.detail.message).to.contain('dynamically imported module');
      await settle(card);

      const status = part(card, 'tools')!.querySelector('[part="status"]')!;
      expect(status.getAttribute('role')).to.equal('alert');
      expect(status.textContent).to.equal(
        'This could not be loaded. Check the connection and try again.',
      );
      expect(button.hasAttribute('aria-busy')).to.equal(false);
      expect(dialogOf(card)).to.equal(null);

      repair();
      button.click();
      await waitUntil(() => dialogOf(card)?.open, 'dialog open on the second press');
      expect(part(card, 'status')).to.equal(null);
      dialogOf(card)!.close();
    } finally {
      repair();
      restore();
    }
  });

  it('says so when the viewer cannot be loaded, and the link then works as a link', async () => {
    const repair = breakChunk('figureViewer');
    try {
      const card = await mount();
      const link = part(card, 'full-image') as HTMLAnchorElement;
      const textWidth = () => part(card, 'title')!.getBoundingClientRect().width;
      const widthBefore = textWidth();
      setTimeout(() => link.click());
      const first = await oneEvent(link, 'click');
      expect(first.defaultPrevented, 'the first click waits for the viewer').to.equal(true);
      const event: HTMLElementEventMap['pith-error'] = await oneEvent(card, 'pith-error');
      expect(event.detail.kind).to.equal('network');
      await settle(card);
      const status = part(card, 'figure')!.querySelector('[part="status"]')!;
      expect(status.getAttribute('role')).to.equal('alert');
      expect(status.textContent).to.contain('could not be loaded');
      expect(textWidth(), 'the message wraps inside the figure').to.equal(widthBefore);

      // Records whether the card took the next click over, then stops the navigation itself.
      const seen = new Promise<boolean>((resolve) => {
        card.shadowRoot!.addEventListener(
          'click',
          (click) => {
            resolve(click.defaultPrevented);
            click.preventDefault();
          },
          { once: true },
        );
      });
      link.click();
      expect(await seen, 'the next click follows the link').to.equal(false);
      await settle(card);
      expect(dialogOf(card)).to.equal(null);
      expect(part(card, 'figure')!.querySelector('[part="status"]'), 'message answered').to.equal(
        null,
      );

      // Once the link has been followed, a later click asks for the viewer again.
      repair();
      link.click();
      await waitUntil(() => dialogOf(card)?.open, 'dialog open after the retry');
      dialogOf(card)!.close();
    } finally {
      repair();
    }
  });

  it('starts loading the Cite code when the focus reaches the button, without pressing it', async () => {
    const real = chunks.citation;
    let asked = 0;
    chunks.citation = () => {
      asked += 1;
      return real();
    };
    try {
      const card = await mount();
      expect(asked).to.equal(0);
      (part(card, 'cite') as HTMLButtonElement).focus();
      expect(asked, 'asked on focus').to.equal(1);
      await settle(card);
      expect(dialogOf(card)).to.equal(null);
      expect(part(card, 'cite-status')!.textContent).to.equal('');
      expect(part(card, 'cite')!.hasAttribute('aria-busy'), 'quiet, not busy').to.equal(false);
    } finally {
      chunks.citation = real;
    }
  });
});

/**
 * Cite after a failed download. The button's accessible name waits for the TeX decoder: when a
 * later load of it succeeds, whichever card asked for it, every card still naming its button
 * with the title as written gets the decoded name. The BibTeX code, asked for again after a
 * failed download, is requested under a new URL, as Firefox needs.
 *
 * Firefox keeps a module URL that failed to download failed for the page's life. The test
 * server's /mock/<path>/sticky.js does the same in every browser: it fails until asked with
 * `?retry=`, then re-exports /<path>.
 *
 * This file runs in its own page: no card may have loaded the decoder before its first test.
 */
import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import type { Paper } from '../../src/contract/types.js';
import type { PaperCard } from '../../src/paper-card/paper-card.js';
import type { Citation } from '../../src/paper-card/citation.js';
import { chunks } from '../../src/paper-card/lazy.js';
import { chunkImport } from '../../src/shared/chunk-import.js';
import { part, settle } from '../support/helpers.js';

const STICKY_DECODE = '/mock/src/tex/decode.ts/sticky.js';
const STICKY_CITATION = '/mock/src/paper-card/citation.ts/sticky.js';

type Decoder = Awaited<ReturnType<typeof chunks.decoder>>;
type CitationModule = { Citation: typeof Citation };

const paper = (id: string, title: string): Paper => ({
  id,
  title,
  authors: ['Ada Lovelace'],
  date: '2026-05-20',
});

async function mount(title: string, id = `cite-${Math.random()}`) {
  const card = await fixture<PaperCard>(html`<paper-card .paper=${paper(id, title)}></paper-card>`);
  await settle(card);
  return card;
}

const label = (card: PaperCard) => part(card, 'cite')!.getAttribute('aria-label');
const named = (card: PaperCard, title: string) =>
  waitUntil(() => label(card) === `Cite: copy a BibTeX entry for ${title}`, `not named ${title}`, {
    timeout: 9000,
  });

describe('Cite after a failed download', () => {
  // Runs first: the decoder must not have been loaded before.
  it("names a card's button decoded once another card's load of the decoder succeeds", async () => {
    const real = chunks.decoder;
    const tries: Promise<unknown>[] = [];
    // A URL that stays failed; the retry by URL goes around this loader.
    chunks.decoder = chunkImport(() => {
      const attempt = import(STICKY_DECODE) as Promise<Decoder>;
      tries.push(attempt.catch(() => undefined));
      return attempt;
    }, 'texToPlainText');
    try {
      const first = await mount("Fr\\'echet means");
      await waitUntil(() => tries.length === 1, 'the decoder never asked for');
      await tries[0];
      await aTimeout(0);
      await settle(first);
      expect(label(first)).to.equal("Cite: copy a BibTeX entry for Fr\\'echet means");

      const second = await mount("G\\'abor frames");
      await named(second, 'Gábor frames');
      await named(first, 'Fréchet means');
      expect(tries).to.have.length(1);
    } finally {
      chunks.decoder = real;
    }
  });

  it('asks for the BibTeX code under a new URL when its failed URL stays failed', async () => {
    const real = chunks.citation;
    chunks.citation = chunkImport(
      () => import(STICKY_CITATION) as Promise<CitationModule>,
      'Citation',
    );
    Object.defineProperty(navigator, 'clipboard', { value: undefined, configurable: true });
    try {
      const card = await mount('A plain title');
      const button = part(card, 'cite') as HTMLButtonElement;
      setTimeout(() => button.click());
      await oneEvent(card, 'pith-error');
      await settle(card);
      expect(part(card, 'tools')!.querySelector('[part="status"]')?.textContent).to.contain(
        'could not be loaded',
      );

      button.click();
      const dialog = () => card.shadowRoot!.querySelector('dialog');
      await waitUntil(() => dialog()?.open, 'dialog open on the second press', { timeout: 9000 });
      dialog()!.close();
    } finally {
      chunks.citation = real;
      delete (navigator as { clipboard?: unknown }).clipboard;
    }
  });
});

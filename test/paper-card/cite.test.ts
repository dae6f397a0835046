/**
 * The Cite button copies a BibTeX entry built from the paper, says "Copied" in a live region,
 * and falls back to a dialog with the entry selected when the clipboard is unavailable.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import type { Paper } from '../../src/contract/types.js';
import type { PaperCard } from '../../src/paper-card/paper-card.js';
import { bibtexEntry, bibtexKey, escapeBibtex, escapeTexField } from '../../src/shared/bibtex.js';
import { part, settle } from '../support/helpers.js';
import { deepActiveElement } from '../a11y/support.js';

const PAPER: Paper = {
  id: 'p-one',
  title: "Sparse $k$-means & friends in Fr\\'echet spaces",
  authors: ['Émilie du Châtelet', 'Ada Lovelace', 'ATLAS Collaboration'],
  authorsTotal: 7,
  primaryCategory: 'cs.LG',
  date: '2026-05-20',
  arxivId: '2605.01234v2',
  doi: '10.1000/xyz123',
  links: { abs: 'https://arxiv.org/abs/2605.01234v2', pdf: 'https://arxiv.org/pdf/2605.01234v2' },
};

/** Replaces the clipboard for one test; `undefined` removes it. */
function stubClipboard(clipboard: unknown) {
  Object.defineProperty(navigator, 'clipboard', { value: clipboard, configurable: true });
  return () => delete (navigator as { clipboard?: unknown }).clipboard;
}

/** The fields of an entry, read back. */
function fields(entry: string): Record<string, string> {
  const found: Record<string, string> = {};
  for (const match of entry.matchAll(/^ {2}(\w+) = \{(.*)\},$/gm)) found[match[1]] = match[2];
  return found;
}

describe('Cite', () => {
  it('copies a @misc entry whose fields match the paper and says "Copied"', async () => {
    const copied: string[] = [];
    const restore = stubClipboard({
      writeText: (text: string) => {
        copied.push(text);
        return Promise.resolve();
      },
    });
    try {
      const card = await fixture<PaperCard>(html`<paper-card .paper=${PAPER}></paper-card>`);
      const button = part(card, 'cite') as HTMLButtonElement;
      expect(button.textContent).to.equal('Cite');
      // The name of a title with TeX in its prose is decoded once the TeX decoder, which the
      // title's own rendering needs, has loaded.
      const label = 'Cite: copy a BibTeX entry for Sparse $k$-means & friends in Fréchet spaces';
      await waitUntil(() => button.getAttribute('aria-label') === label, 'name decoded');
      // The title's formula, once typeset and in its fonts, changes the title's height; the
      // button is measured after that. Laid out first, the title has asked for its fonts.
      await waitUntil(() => part(card, 'title')!.querySelector('.katex'), 'title typeset');
      part(card, 'title')!.getBoundingClientRect();
      await document.fonts.ready;
      const status = part(card, 'cite-status')!;
      expect(status.getAttribute('role')).to.equal('status');
      expect(status.textContent).to.equal('');

      const where = button.getBoundingClientRect();
      button.click();
      await waitUntil(() => status.textContent === 'Copied', '"Copied" shown');
      const after = button.getBoundingClientRect();
      expect([after.x, after.y], 'the button stays under the pointer').to.deep.equal([
        where.x,
        where.y,
      ]);
      expect(copied).to.have.length(1);
      const entry = copied[0];
      expect(entry.startsWith('@misc{chatelet2026sparse,\n')).to.equal(true);
      expect(entry.endsWith('\n}\n')).to.equal(true);
      expect(fields(entry)).to.deep.equal({
        title: "{Sparse $k$-means \\& friends in Fr\\'echet spaces}",
        author: 'Émilie du Châtelet and Ada Lovelace and {ATLAS Collaboration} and others',
        year: '2026',
        eprint: '2605.01234',
        archivePrefix: 'arXiv',
        primaryClass: 'cs.LG',
        doi: '10.1000/xyz123',
        url: 'https://arxiv.org/abs/2605.01234v2',
      });
    } finally {
      restore();
    }
  });

  it('shows the entry selected in a dialog when there is no clipboard', async () => {
    const restore = stubClipboard(undefined);
    try {
      const card = await fixture<PaperCard>(html`<paper-card .paper=${PAPER}></paper-card>`);
      const button = part(card, 'cite') as HTMLButtonElement;
      button.focus();
      button.click();
      await waitUntil(() => card.shadowRoot!.querySelector('dialog[open]'), 'dialog open');
      const dialog = card.shadowRoot!.querySelector('dialog')!;
      const area = dialog.querySelector('textarea')!;
      expect(area.value).to.equal(bibtexEntry(PAPER));
      expect(deepActiveElement()).to.equal(area);
      expect([area.selectionStart, area.selectionEnd]).to.deep.equal([0, area.value.length]);
      expect(dialog.getAttribute('aria-labelledby')).to.equal('cite-heading');
      expect(card.shadowRoot!.getElementById('cite-heading')!.textContent).to.equal('BibTeX entry');
      expect(part(card, 'cite-status')!.textContent).to.equal('');

      (dialog.querySelector('button.close') as HTMLButtonElement).click();
      await waitUntil(() => !card.shadowRoot!.querySelector('dialog'), 'dialog closed');
      expect(deepActiveElement()).to.equal(button);
    } finally {
      restore();
    }
  });

  it('falls back to the dialog when the clipboard refuses', async () => {
    const refuse = () => Promise.reject(new DOMException('no', 'NotAllowedError'));
    const restore = stubClipboard({ writeText: refuse });
    try {
      const card = await fixture<PaperCard>(html`<paper-card .paper=${PAPER}></paper-card>`);
      (part(card, 'cite') as HTMLButtonElement).click();
      await waitUntil(() => card.shadowRoot!.querySelector('dialog[open] textarea'), 'dialog open');
      card.shadowRoot!.querySelector('dialog')!.close();
    } finally {
      restore();
    }
  });

  it('shows abs and PDF links only when the paper has them', async () => {
    const card = await fixture<PaperCard>(html`<paper-card .paper=${PAPER}></paper-card>`);
    expect(part(card, 'abs-link')!.getAttribute('href')).to.equal(PAPER.links!.abs);
    expect(part(card, 'abs-link')!.textContent).to.equal('abs');
    expect(part(card, 'pdf-link')!.getAttribute('href')).to.equal(PAPER.links!.pdf);
    expect(part(card, 'pdf-link')!.textContent).to.equal('PDF');

    const bare = await fixture<PaperCard>(
      html`<paper-card .paper=${{ ...PAPER, links: { pdf: 'javascript:alert(1)' } }}></paper-card>`,
    );
    await settle(bare);
    expect(part(bare, 'abs-link')).to.equal(null);
    expect(part(bare, 'pdf-link')).to.equal(null);
    expect(part(bare, 'cite')).to.exist;
  });
});

describe('BibTeX', () => {
  it('builds the key from surname, year and first title word, in plain ASCII', () => {
    const key = (paper: Partial<Paper>) => bibtexKey({ id: 'x', title: '', authors: [], ...paper });
    expect(bibtexKey(PAPER)).to.equal('chatelet2026sparse');
    expect(key({ title: 'Is It?', authors: ['Kiril Bangachev'], date: '2026-05-25' })).to.equal(
      'bangachev2026is',
    );
    const atlas = { title: 'Higgs', authors: ['ATLAS Collaboration'], arxivId: '1207.7214' };
    expect(key(atlas)).to.equal('atlas2012higgs');
    expect(key({ title: '$k$-Means', authors: ['Sjøberg, Łukasz'] })).to.equal('sjobergmeans');
    expect(key({ title: 'Untitled work' })).to.equal('anonymousuntitled');
  });

  it('escapes every special character in plain text', () => {
    expect(escapeBibtex('A & B 100% #1 $5 x_y {z} ~ ^ \\')).to.equal(
      'A \\& B 100\\% \\#1 \\$5 x\\_y \\textbraceleft{}z\\textbraceright{} ' +
        '\\textasciitilde{} \\textasciicircum{} \\textbackslash{}',
    );
    expect(escapeBibtex('line\nbreak\ttab')).to.equal('line break tab');
  });

  it("keeps a title's formulas and known text commands, and escapes the rest", () => {
    expect(escapeTexField('Bounds on $\\{0,1\\}^n$ & more_things')).to.equal(
      'Bounds on $\\{0,1\\}^n$ \\& more\\_things',
    );
    expect(escapeTexField('Already \\& escaped')).to.equal('Already \\& escaped');
    expect(escapeTexField('Costs \\$5 and 10%')).to.equal('Costs \\$5 and 10\\%');
    expect(escapeTexField('Unknown \\foo{bar} command')).to.equal(
      'Unknown \\textbackslash{}foo{bar} command',
    );
  });

  it('cites a hostile title as plain text, never as code', () => {
    for (const title of [
      'Nice $\\input{/etc/passwd}$ title',
      'Closing } early',
      'Sneaky $x^^5cinput$ title',
      'Trailing backslash \\',
      'Prose \\write18{rm -rf} here',
    ]) {
      const entry = bibtexEntry({ id: 'x', title, authors: ['A B'] });
      const field = fields(entry).title;
      expect(field, title).to.not.match(/\\(input|write)\b/);
      let depth = 0;
      for (const ch of entry) depth += ch === '{' ? 1 : ch === '}' ? -1 : 0;
      expect(depth, `braces balance for ${title}`).to.equal(0);
    }
  });

  it('leaves out fields the paper does not have, and unsafe URLs', () => {
    const entry = bibtexEntry({
      id: 'x',
      title: 'T',
      authors: ['A B'],
      links: { abs: 'javascript:alert(1)' },
      doi: '10.1/with space',
    });
    expect(Object.keys(fields(entry))).to.deep.equal(['title', 'author']);
  });
});

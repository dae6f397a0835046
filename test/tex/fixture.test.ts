// The 32 real cs.LG abstracts the demo serves (demo/data/listing-cs.LG.json), TeX as submitted.
import { expect } from '@open-wc/testing';
import { splitTex } from '../../src/tex/split.js';
import { realListing, renderTex, visibleText, type ListingItem } from './helpers.js';

const LEFTOVER_MACRO = /\\[a-zA-Z]+/;

describe('real abstracts', () => {
  let items: ListingItem[];

  before(async () => {
    items = await realListing();
  });

  const abstractWith = (needle: string) => {
    const item = items.find((it) => it.abstract?.includes(needle));
    if (!item?.abstract) throw new Error(`no abstract contains ${needle}`);
    return item.abstract;
  };

  it('has the listing the tests are about', () => {
    expect(items).to.have.length(32);
    expect(items[0].abstract).to.include('\\binom{n}{k}').and.include('\\mathsf{m}');
  });

  it('typesets the first card’s abstract with no TeX left in view', async () => {
    const root = await renderTex(items[0].abstract!);
    expect(root.querySelectorAll('.katex').length).to.be.at.least(10);
    expect(root.querySelectorAll('.tex-error')).to.have.length(0);

    const text = visibleText(root);
    expect(text).not.to.include('$');
    expect(text).not.to.match(LEFTOVER_MACRO);
    expect(text).to.include('communication complexity [PS86]');
  });

  it('typesets \\widetilde{O}(d\\sqrt{T})', async () => {
    const root = await renderTex(abstractWith('\\widetilde{O}(d\\sqrt{T})'));
    const text = visibleText(root);
    expect(text).not.to.match(LEFTOVER_MACRO);
    expect(text).not.to.include('$');
    expect(root.querySelector('.katex .accent, .katex .svg-align')).to.exist;
    expect(root.querySelector('.katex .sqrt')).to.exist;
  });

  it('typesets \\(…\\) delimiters', async () => {
    const root = await renderTex(abstractWith('\\(\\ell_2\\)'));
    const text = visibleText(root);
    expect(text).to.include('squared ℓ');
    expect(text).not.to.include('\\(');
    expect(text).not.to.include('\\ell');
  });

  it('decodes Fr\\’echet to Fréchet in running text', async () => {
    const root = await renderTex(abstractWith("Fr\\'echet"));
    const text = visibleText(root);
    expect(text).to.include('Fréchet differentiability').and.include('Fréchet derivatives');
    expect(text).not.to.include("\\'");
  });

  it('emphasises \\emph{ergodic coverage}', async () => {
    const root = await renderTex(abstractWith('\\emph{ergodic coverage}'));
    const emphasised = [...root.querySelectorAll('em')].map((el) => el.textContent);
    expect(emphasised).to.include('ergodic coverage');
    expect(visibleText(root)).not.to.include('\\emph');
  });

  it('typesets every formula of all 32 abstracts without an error', async () => {
    let formulas = 0;
    let typeset = 0;
    const failures: string[] = [];
    for (const item of items) {
      const expected = splitTex(item.abstract ?? '').filter((s) => s.kind === 'math').length;
      const root = await renderTex(item.abstract ?? '');
      formulas += expected;
      typeset += root.querySelectorAll('.katex').length;
      for (const error of root.querySelectorAll<HTMLElement>('.tex-error')) {
        failures.push(`${item.id}: ${error.textContent} (${error.title})`);
      }
      expect(visibleText(root), item.id).not.to.include('$');
    }
    expect(failures).to.deep.equal([]);
    expect(formulas).to.be.greaterThan(80);
    expect(typeset).to.equal(formulas);
  });
});

import { expect, html, waitUntil } from '@open-wc/testing';
import { render } from 'lit';
import { tex } from '../../src/tex/directive.js';
import { loadKatex } from '../../src/tex/katex-loader.js';
import { renderTex, visibleText, type TexTestHost } from './helpers.js';

const sheetText = (sheet: CSSStyleSheet) =>
  [...sheet.cssRules].map((rule) => rule.cssText).join('\n');

// The default buffer holds 250 entries; a long test page fills it, and the
// font requests checked below would then go unrecorded.
performance.setResourceTimingBufferSize(5000);

describe('tex directive', () => {
  it('typesets formulas and shows decoded prose around them', async () => {
    const root = await renderTex(
      "Fr\\'echet maps $f\\colon X \\to Y$ with \\emph{small} $\\epsilon$.",
    );
    expect(root.querySelectorAll('.katex')).to.have.length(2);
    expect(root.querySelector('em')?.textContent).to.equal('small');
    const text = visibleText(root);
    expect(text).to.match(/^Fréchet maps f\s*:\s*X\s*→\s*Y with small ϵ\.$/);
  });

  it('shows < and > from formulas as text and creates no element from them', async () => {
    const root = await renderTex('$a<b$ and $c>d$ and $x<y>z$');
    expect(root.querySelectorAll('.katex')).to.have.length(3);
    expect(visibleText(root)).to.equal('a<b and c>d and x<y>z');
    const tags = new Set([...root.querySelectorAll('*')].map((el) => el.localName));
    expect([...tags].filter((tag) => tag.length === 1 && 'bcdyz'.includes(tag))).to.deep.equal([]);
  });

  it('keeps prices as text next to a typeset formula', async () => {
    const root = await renderTex('costs $5 and $10 per hour; we use $k$-NN');
    expect(root.querySelectorAll('.katex')).to.have.length(1);
    expect(visibleText(root)).to.equal('costs $5 and $10 per hour; we use k-NN');
  });

  it('shows a broken formula as its source and still typesets the others', async () => {
    const broken = ['$x^{2$', '$\\sun$', '$\\mbox$', '$\\SI{3}{GeV}$'];
    const root = await renderTex(`ok $a$ ${broken.join(' mid ')} end $b^2$`);

    const errors = [...root.querySelectorAll<HTMLElement>('.tex-error')];
    expect(errors.map((el) => el.textContent)).to.deep.equal(broken);
    for (const error of errors) {
      expect(error.getAttribute('part')).to.equal('tex-error');
      expect(error.title).to.match(/KaTeX parse error/);
    }
    expect(root.querySelectorAll('.katex')).to.have.length(2);
  });

  it('puts display math in its own sideways-scrolling box', async () => {
    const wide = Array.from({ length: 80 }, (_, i) => `x_{${i}}`).join(' + ');
    const root = await renderTex(`Sum: $$${wide}$$ and \\[y\\] done.`);
    const boxes = [...root.querySelectorAll<HTMLElement>('.tex-display')];
    expect(boxes).to.have.length(2);
    expect(getComputedStyle(boxes[0]).overflowX).to.equal('auto');
    expect(getComputedStyle(boxes[0]).display).to.equal('block');
    expect(boxes[0].querySelector('.katex-display')).to.exist;
    expect(boxes[0].scrollWidth).to.be.greaterThan(boxes[0].clientWidth);
  });

  it('adopts KaTeX’s stylesheet, without @font-face, into the shadow root', async () => {
    const root = await renderTex('$x$');
    const katexSheet = root.adoptedStyleSheets.find((sheet) => sheetText(sheet).includes('.katex'));
    expect(katexSheet, 'KaTeX sheet adopted').to.exist;
    expect(sheetText(katexSheet!)).not.to.include('@font-face');
    const family = getComputedStyle(root.querySelector('.katex')!).fontFamily;
    expect(family).to.include('KaTeX_Main');
  });

  it('loads KaTeX’s fonts at document level from absolute URLs', async () => {
    await renderTex('$x + \\mathbb{R}$');
    const mainFaces = () => [...document.fonts].filter((face) => face.family === 'KaTeX_Main');
    await waitUntil(() => mainFaces().some((face) => face.status === 'loaded'), 'no KaTeX_Main', {
      timeout: 10000,
    });
    const errors = [...document.fonts].filter((face) => face.status === 'error');
    expect(errors.map((face) => face.family)).to.deep.equal([]);
    const fetched = performance.getEntriesByType('resource').map((entry) => entry.name);
    const recorded = fetched.some((url) => url.endsWith('/fonts/KaTeX_Main-Regular.woff2'));
    // Firefox records no resource entry for a font it serves from its memory cache (loaded by
    // an earlier test file in the same browser); the face's `loaded` status above still holds.
    if (!navigator.userAgent.includes('Firefox')) expect(recorded).to.equal(true);
  });

  it('registers the fonts once however many roots show math', async () => {
    await renderTex('$a$');
    await renderTex('$b$');
    const main = [...document.fonts].filter(
      (face) => face.family === 'KaTeX_Main' && face.weight === '400' && face.style === 'normal',
    );
    expect(main).to.have.length(1);
  });

  it('renders MathML alone when asked', async () => {
    const root = await renderTex('$x^2$', 'mathml');
    expect(root.querySelector('math')).to.exist;
    expect(root.querySelector('.katex-html')).to.equal(null);
  });

  it('accepts the output as a plain string and renders into any shadow root', async () => {
    await loadKatex();
    // A plain element, not fixture(): fixture waits for an animation frame, and a test page
    // running in the background gets none.
    const holder = document.body.appendChild(document.createElement('div'));
    const shadow = holder.attachShadow({ mode: 'open' });
    try {
      render(html`<span>${tex('$y$ in $\\mathbb{R}$', 'mathml')}</span>`, shadow);
      expect(shadow.querySelectorAll('math')).to.have.length(2);
      await waitUntil(() => shadow.adoptedStyleSheets.length > 0, 'no sheet adopted');
    } finally {
      holder.remove();
    }
  });

  it('adopts the stylesheets into the document when rendered in light DOM', async () => {
    await loadKatex();
    const adopted = [...document.adoptedStyleSheets];
    const holder = document.body.appendChild(document.createElement('div'));
    try {
      render(html`${tex('$z$')}`, holder);
      await waitUntil(() => document.adoptedStyleSheets.length > adopted.length, 'not adopted');
      const added = document.adoptedStyleSheets.filter((sheet) => !adopted.includes(sheet));
      expect(added.some((sheet) => sheetText(sheet).includes('.katex'))).to.equal(true);
      expect(getComputedStyle(holder.querySelector('.katex')!).fontFamily).to.include('KaTeX_Main');
    } finally {
      holder.remove();
      document.adoptedStyleSheets = adopted;
    }
  });

  it('keeps typeset formulas when the host re-renders with the same text', async () => {
    const root = await renderTex('$x$');
    const host = root.host as TexTestHost;
    const before = root.querySelector('.katex');
    host.requestUpdate();
    await host.updateComplete;
    expect(root.querySelector('.katex')).to.equal(before);

    host.text = '$y$ and $z$';
    await host.updateComplete;
    expect(root.querySelectorAll('.katex')).to.have.length(2);
  });
});

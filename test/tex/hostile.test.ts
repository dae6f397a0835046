// Endpoint text is untrusted: TeX written to hang the page, blow up the layout or run script.
// Each case must finish within BOUND_MS (generous, for a slow shared machine) and stay inert.
import { aTimeout, expect } from '@open-wc/testing';
import { loadKatex, type Katex } from '../../src/tex/katex-loader.js';
import {
  MAX_FORMULA_DEPTH,
  MAX_FORMULA_LENGTH,
  MAX_FORMULAS,
  MAX_MATH_LENGTH,
  MAX_OUTPUT_DEPTH,
  MAX_TEXT_LENGTH,
} from '../../src/tex/limits.js';
import { splitTex, type MathSegment } from '../../src/tex/split.js';
import { typesetFormula } from '../../src/tex/typeset.js';
import { renderTex, visibleText } from './helpers.js';

const BOUND_MS = 8000;

async function timed(text: string) {
  const start = performance.now();
  const root = await renderTex(text);
  return { root, ms: performance.now() - start };
}

describe('hostile TeX', function () {
  this.timeout(60000);

  before(async () => {
    // Loading KaTeX is not what is being timed.
    await loadKatex();
  });

  it('refuses every macro definition, showing that formula as source', async () => {
    const definitions = [
      '\\def\\a{\\b\\b}\\def\\b{\\c\\c}\\def\\c{\\d\\d}\\def\\d{\\e\\e}\\def\\e{xx}\\a\\a\\a',
      '\\edef\\a{x}',
      '\\gdef\\a{x}',
      '\\xdef\\a{x}',
      '\\let\\a=\\b',
      '\\futurelet\\a\\b\\c',
      '\\global\\def\\a{x}',
      '\\newcommand{\\a}{x}',
      '\\renewcommand{\\sqrt}{x}',
      '\\providecommand{\\a}{x}',
      '\\DeclareMathOperator{\\a}{x}',
    ];
    const formulas = definitions.map((d) => `$${d}$`).join(' ');
    const { root, ms } = await timed(`${formulas} then $\\sqrt{x}$`);
    const errors = [...root.querySelectorAll<HTMLElement>('.tex-error')];
    expect(errors.map((el) => el.textContent)).to.deep.equal(definitions.map((d) => `$${d}$`));
    expect(errors.every((el) => el.title === 'Macro definitions are not allowed')).to.equal(true);
    expect(root.querySelectorAll('.katex')).to.have.length(1);
    expect(root.querySelector('.katex .sqrt')).to.exist;
    expect(ms).to.be.below(BOUND_MS);
  });

  it('does not mistake a line break before letters for a definition', async () => {
    const { root } = await timed('$\\begin{matrix}a\\\\def\\end{matrix}$');
    expect(root.querySelector('.tex-error')).to.equal(null);
  });

  it('caps huge sizes', async () => {
    const { root, ms } = await timed('big $\\rule{10000em}{10000em}$ box');
    const box = root.querySelector('.katex')!.getBoundingClientRect();
    expect(box.width).to.be.below(2000);
    expect(box.height).to.be.below(2000);
    expect(ms).to.be.below(BOUND_MS);
  });

  it('shows a formula of 10,000 nested braces as source', async () => {
    const formula = `$${'{'.repeat(10000)}x${'}'.repeat(10000)}$`;
    expect(formula.length).to.be.above(MAX_FORMULA_LENGTH).and.at.most(MAX_TEXT_LENGTH);
    const { root, ms } = await timed(`deep ${formula} end $y$`);
    expect(root.querySelector('.tex-error')?.textContent).to.equal(formula);
    expect(root.querySelectorAll('.katex')).to.have.length(1);
    expect(ms).to.be.below(BOUND_MS);
  });

  it('shows deeply nested formulas as source, without crashing the page', async () => {
    const nest = (open: string, close: string, n: number) => `${open.repeat(n)}x${close.repeat(n)}`;
    const deep = [
      nest('\\sqrt{', '}', 280),
      nest('x^{', '}', 300),
      nest('\\left(', '\\right)', 150),
      nest('{', '}', 990),
    ];
    const text = Array.from({ length: 6 }, () => deep.map((f) => `$${f}$`).join(' ')).join(' ');
    const { root, ms } = await timed(`${text} and $${nest('\\sqrt{', '}', MAX_FORMULA_DEPTH)}$`);
    const errors = [...root.querySelectorAll<HTMLElement>('.tex-error')];
    expect(errors).to.have.length(24);
    expect(errors.every((el) => el.title.includes(`${MAX_FORMULA_DEPTH} groups deep`))).to.equal(
      true,
    );
    expect(root.querySelectorAll('.katex')).to.have.length(1);
    expect(ms).to.be.below(BOUND_MS);
  });

  it('keeps KaTeX output that nests too deep out of the page', () => {
    // A stand-in for KaTeX that builds output deeper than any real formula: the guard must not
    // depend on knowing which TeX construct nests.
    const deepKatex = {
      render(_tex: string, target: HTMLElement) {
        let node: HTMLElement = target;
        for (let i = 0; i < MAX_OUTPUT_DEPTH + 10; i++) {
          node = node.appendChild(document.createElement('span'));
        }
      },
    } as unknown as Katex;
    const [segment] = splitTex('$x$') as MathSegment[];
    const shown = typesetFormula(deepKatex, segment);
    expect(shown.className).to.equal('tex-error');
    expect(shown.textContent).to.equal('$x$');
    expect(shown.children).to.have.length(0);
  });

  it(`typesets at most ${MAX_MATH_LENGTH} characters of math in one text`, async () => {
    const long = `$${'x+'.repeat(900)}y$`;
    const { root, ms } = await timed(Array.from({ length: 8 }, () => long).join(' '));
    const typeset = Math.floor(MAX_MATH_LENGTH / (long.length - 2));
    expect(root.querySelectorAll('.katex')).to.have.length(typeset);
    const skipped = root.querySelectorAll<HTMLElement>('.tex-error');
    expect(skipped).to.have.length(8 - typeset);
    expect(skipped[0].title).to.include('characters of math');
    expect(ms).to.be.below(BOUND_MS);
  });

  it(`typesets at most ${MAX_FORMULAS} of 5,000 formulas in one text`, async () => {
    const text = Array.from({ length: 5000 }, (_, i) => `$x_{${i % 10}}$`).join(' ');
    expect(text.length).to.be.at.most(MAX_TEXT_LENGTH);
    const { root, ms } = await timed(text);
    expect(root.querySelectorAll('.katex')).to.have.length(MAX_FORMULAS);
    const skipped = root.querySelectorAll<HTMLElement>('.tex-error');
    expect(skipped).to.have.length(5000 - MAX_FORMULAS);
    expect(skipped[0].title).to.include(`more than ${MAX_FORMULAS}`);
    expect(ms).to.be.below(BOUND_MS);
  });

  it('cuts a 5 MB abstract to the text cap', async () => {
    const text = 'word $x$ '.repeat(600_000);
    expect(text.length).to.be.above(5_000_000);
    const { root, ms } = await timed(text);
    const shown = visibleText(root);
    expect(shown.endsWith('…')).to.equal(true);
    expect(shown.length).to.be.below(MAX_TEXT_LENGTH);
    expect(ms).to.be.below(BOUND_MS);
  });

  it('creates no link, image or script and runs nothing', async () => {
    const trap = window as unknown as { __pwned?: unknown };
    delete trap.__pwned;
    const payload = [
      '$\\href{javascript:window.__pwned=1}{x}$',
      '$\\url{javascript:window.__pwned=1}$',
      '$\\htmlData{foo=bar}{y}$',
      '$\\htmlClass{evil}{z}$',
      '$\\htmlStyle{background:url(javascript:window.__pwned=1)}{w}$',
      '$\\includegraphics[height=1em]{javascript:window.__pwned=1}$',
      '$\\text{<img src=x onerror="window.__pwned=1">}$',
      '\\url{javascript:window.__pwned=1}',
      '\\href{javascript:window.__pwned=1}{click}',
      '<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>',
    ].join(' ');
    const { root } = await timed(payload);
    await aTimeout(200);

    const dangerous = root.querySelectorAll(
      'a, img, script, iframe, object, embed, [href], [src], [onerror], [data-foo], .evil',
    );
    expect([...dangerous].map((el) => el.outerHTML)).to.deep.equal([]);
    expect(trap.__pwned).to.equal(undefined);
    expect(visibleText(root)).to.include('<img src=x onerror="window.__pwned=1">');
  });
});

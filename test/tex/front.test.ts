// The front the elements use, with its real loader. This file runs in its own page and imports
// nothing of the TeX module itself, so the first test sees a page where nothing has loaded it.
import { aTimeout, expect, waitUntil } from '@open-wc/testing';
import { tex } from '../../src/tex/front.js';
import { defineFrontHost, frontHost, markup, paragraph } from './front-host.js';
import { katexRequests, realListing, texModuleRequests, visibleText } from './reading.js';

performance.setResourceTimingBufferSize(5000);
defineFrontHost('tex-front-host', tex);

const settled = (host: Element) =>
  waitUntil(
    () => !host.shadowRoot!.querySelector('.tex-loading, .tex-pending'),
    'text never typeset',
    { timeout: 20000 },
  );

describe('tex front', () => {
  let box: HTMLElement;

  beforeEach(() => {
    box = document.createElement('div');
    document.body.append(box);
  });

  afterEach(() => box.remove());

  it('shows text without TeX as it is, at once, and loads no TeX module', async () => {
    const items = await realListing();
    const texts = [
      ...items.flatMap((item) => [item.title, item.headline ?? '', ...(item.authors ?? [])]),
      "Don't stop - it's fine: x^2, a_b, 100% & #1, `code`",
      'Gonçalo Vinícius e\u0301 \u0627\u0644\u0639\u0631\u0628\u064a\u0629',
      '',
    ];
    for (const text of texts) {
      const host = await frontHost('tex-front-host', text, box);
      const p = paragraph(host);
      expect(p.textContent).to.equal(text);
      expect(p.children).to.have.length(0);
    }
    await aTimeout(300);

    expect(texModuleRequests()).to.deep.equal([]);
    expect(katexRequests()).to.deep.equal([]);
  });

  it('shows TeX as its source, unseen at first, then as the TeX module renders it', async () => {
    const text = "Fr\\'echet bounds $O(\\sqrt{T})$ -- \\emph{tight}";
    const host = await frontHost('tex-front-host', text, box);
    const source = host.shadowRoot!.querySelector<HTMLElement>('.tex-loading')!;
    expect(source.textContent).to.equal(text);
    expect(getComputedStyle(source).opacity).to.equal('0');

    await settled(host);
    expect(texModuleRequests()).not.to.deep.equal([]);
    expect(host.shadowRoot!.querySelectorAll('.katex')).to.have.length(1);
    expect(host.shadowRoot!.querySelector('em')?.textContent).to.equal('tight');
    expect(visibleText(paragraph(host))).to.match(/^Fréchet bounds O\(.+\) – tight$/);
  });

  it('decodes accents in names', async () => {
    const host = await frontHost('tex-front-host', "G\\'abor Lugosi and Paul Erd\\H{o}s", box);
    await settled(host);
    expect(paragraph(host).textContent).to.equal('Gábor Lugosi and Paul Erdős');
    expect(paragraph(host).children).to.have.length(0);
  });

  it('renders exactly what the TeX module’s directive renders', async () => {
    const { renderTex } = await import('./helpers.js');
    const [first] = await realListing();
    const texts = [
      first.abstract!,
      'Sum: $$x_1 + x_2$$ and \\[y\\] and \\(z\\) done.',
      'broken $x^{2$ and $\\def\\a{b}\\a$ and $\\sun$ then $a$',
      '{\\em declared} \\textbf{bold \\textsc{caps}} \\url{https://example.org/a_b} 50\\%~off',
      "``quoted'' --- dashed -- ranged \\unknown{arg} O(m^{-2} log n)",
      'costs $5 and $10 per hour; we use $k$-NN',
      `${'word '.repeat(10_001)}$x$`,
    ];
    for (const text of texts) {
      const host = await frontHost('tex-front-host', text, box);
      await settled(host);
      const reference = await renderTex(text);
      expect(markup(host)).to.equal(
        reference.querySelector('p')!.innerHTML.replace(/<!--[\s\S]*?-->/g, ''),
      );
    }
  });

  it('adopts the TeX stylesheets into the shadow root it renders into', async () => {
    const host = await frontHost('tex-front-host', 'we use $k$-NN', box);
    await settled(host);
    const { texStyles } = await import('../../src/tex/styles.js');
    const { loadedKatex } = await import('../../src/tex/katex-loader.js');
    const sheets = host.shadowRoot!.adoptedStyleSheets;
    expect(sheets).to.include(texStyles.styleSheet);
    expect(sheets).to.include(loadedKatex()!.sheet);
  });

  it('typesets at once when the TeX module and KaTeX are already loaded', async () => {
    const host = await frontHost('tex-front-host', '$x^2$', box);
    expect(host.shadowRoot!.querySelector('.katex')).to.exist;
    expect(host.shadowRoot!.querySelector('.tex-loading, .tex-pending')).to.equal(null);
  });
});

// KaTeX is loaded on demand. This file runs in its own page, so the first test sees a page where
// nothing has asked for KaTeX yet.
import { aTimeout, expect, fixture, html, waitUntil } from '@open-wc/testing';
import { isKatexLoaded } from '../../src/tex/katex-loader.js';
import { katexRequests, visibleText, type TexTestHost } from './helpers.js';

performance.setResourceTimingBufferSize(2000);

describe('loading KaTeX on demand', () => {
  it('never loads KaTeX for prose, even prose with TeX and dollars', async () => {
    for (const text of [
      'Plain prose.',
      "Fr\\'echet and \\emph{ergodic coverage}, 100\\% -- done",
      'costs $5 and $10 per hour',
      'unclosed $x and \\(y',
    ]) {
      const host = await fixture<TexTestHost>(html`<tex-test-host .text=${text}></tex-test-host>`);
      expect(visibleText(host)).not.to.equal('');
    }
    await aTimeout(300);

    expect(isKatexLoaded()).to.equal(false);
    expect(katexRequests()).to.deep.equal([]);
  });

  it('shows the source quietly, then typesets when KaTeX arrives', async () => {
    const host = await fixture<TexTestHost>(
      html`<tex-test-host .text=${'we use $k$-NN'}></tex-test-host>`,
    );
    const root = host.shadowRoot!;
    expect(root.querySelector('.tex-pending')?.textContent).to.equal('$k$');

    await waitUntil(() => root.querySelector('.katex'), 'KaTeX never typeset', { timeout: 20000 });
    expect(root.querySelector('.tex-pending')).to.equal(null);
    expect(isKatexLoaded()).to.equal(true);
    expect(katexRequests().some((url) => url.includes('/node_modules/katex/'))).to.equal(true);
  });

  it('typesets synchronously once KaTeX is loaded', async () => {
    const host = await fixture<TexTestHost>(html`<tex-test-host .text=${'$x^2$'}></tex-test-host>`);
    expect(host.shadowRoot!.querySelector('.katex')).to.exist;
    expect(host.shadowRoot!.querySelector('.tex-pending')).to.equal(null);
  });
});

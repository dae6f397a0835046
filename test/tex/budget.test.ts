/**
 * Many texts with math on one page (a hostile listing whose every title is
 * full of formulas) are typeset a slice at a time, so no task runs long.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { render } from 'lit';
import { tex } from '../../src/tex/directive.js';
import { loadKatex } from '../../src/tex/katex-loader.js';
import { TYPESET_SLICE_MS } from '../../src/tex/budget.js';
import './helpers.js';

describe('typesetting budget', () => {
  before(() => loadKatex());

  it('typesets 300 texts of 40 formulas each in slices, every formula in the end', async function () {
    this.timeout(60000);
    const texts = Array.from({ length: 300 }, (_, i) => `$x_{${i}}^2$ `.repeat(40));
    const container = await fixture<HTMLDivElement>(html`<div></div>`);

    const start = performance.now();
    render(html`${texts.map((text) => html`<p>${tex(text)}</p>`)}`, container);
    const firstTask = performance.now() - start;

    // One text may overrun the slice by its own formulas, never by the others'.
    expect(firstTask, 'time spent in the rendering task').to.be.below(TYPESET_SLICE_MS + 400);
    expect(container.querySelectorAll('.tex-pending').length, 'some texts wait').to.be.above(0);

    await waitUntil(() => !container.querySelector('.tex-pending'), 'all typeset', {
      timeout: 50000,
    });
    expect(container.querySelectorAll('.katex').length).to.equal(300 * 40);
  });
});

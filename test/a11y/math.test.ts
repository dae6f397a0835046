/**
 * Math a screen reader can read: KaTeX's HTML with hidden MathML by default, MathML alone with
 * `math-output="mathml"` on the feed, which reaches every card, its title and its abstract.
 */
import { expect, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import { cardsOf, part } from '../support/helpers.js';
import { inCard, mountStaticFeed } from './support.js';

async function openAbstract(card: Element) {
  const toggle = inCard(card, 'abstract-toggle');
  toggle.shadowRoot!.querySelector('button')!.click();
  const typeset = () => toggle.shadowRoot!.querySelector('math');
  await waitUntil(typeset, 'math typeset', { timeout: 20000 });
  return toggle.shadowRoot!.querySelector('[part="abstract"]')!;
}

describe('math for screen readers', function () {
  this.timeout(30000);

  it("pairs KaTeX's visual output with hidden MathML by default", async () => {
    const feed = await mountStaticFeed();
    const abstract = await openAbstract(cardsOf(feed)[0]);
    const katex = abstract.querySelector('.katex')!;
    expect(katex.querySelector('.katex-mathml math')).to.exist;
    expect(katex.querySelector('.katex-html')!.getAttribute('aria-hidden')).to.equal('true');
  });

  it('renders MathML alone everywhere in the feed with math-output="mathml"', async () => {
    const feed = await mountStaticFeed({ 'math-output': 'mathml' });
    const card = cardsOf(feed)[0];
    const toggle = inCard(card, 'abstract-toggle');
    expect((toggle as unknown as { mathOutput: string }).mathOutput).to.equal('mathml');

    const abstract = await openAbstract(card);
    expect(abstract.querySelectorAll('math').length).to.be.at.least(2);
    expect(abstract.querySelector('.katex-html')).to.equal(null);

    const title = part(card, 'title')!;
    await waitUntil(() => title.querySelector('math'), 'title math', { timeout: 20000 });
    expect(title.querySelector('.katex-html')).to.equal(null);
  });
});

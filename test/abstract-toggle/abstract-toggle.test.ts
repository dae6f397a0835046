// Runs in its own page: the first test sees a page where nothing has asked for KaTeX yet.
import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import { AbstractToggle } from '../../src/abstract-toggle/abstract-toggle.js';
import { isKatexLoaded } from '../../src/tex/katex-loader.js';
import { katexRequests, realListing, texModuleRequests, visibleText } from '../tex/reading.js';

if (!customElements.get('abstract-toggle')) {
  customElements.define('abstract-toggle', AbstractToggle);
}

performance.setResourceTimingBufferSize(2000);

const ABSTRACT =
  "We bound $\\widetilde{O}(d\\sqrt{T})$ regret for Fr\\'echet \\emph{smooth} losses.";

async function toggle(abstract = ABSTRACT) {
  const el = await fixture<AbstractToggle>(
    html`<abstract-toggle .abstract=${abstract}></abstract-toggle>`,
  );
  const root = el.shadowRoot!;
  return {
    el,
    button: root.querySelector<HTMLButtonElement>('button[part="button"]')!,
    region: root.querySelector<HTMLElement>('[part="abstract"]')!,
  };
}

const typeset = (region: HTMLElement) =>
  waitUntil(() => region.querySelector('.katex'), 'abstract never typeset', { timeout: 20000 });

describe('abstract-toggle', () => {
  it('shows an abstract without TeX at once when opened, loading no TeX module', async () => {
    const plain = 'We bound the regret of Fréchet-smooth losses; it’s tight.';
    const { el, button, region } = await toggle(plain);
    button.click();
    await el.updateComplete;
    expect(visibleText(region)).to.equal(plain);
    expect(region.children).to.have.length(0);
    await aTimeout(300);
    expect(texModuleRequests()).to.deep.equal([]);
    expect(katexRequests()).to.deep.equal([]);
  });

  it('loads no KaTeX until first opened, then typesets the abstract', async () => {
    const { el, button, region } = await toggle();
    expect(region.hidden).to.equal(true);
    expect(visibleText(region)).to.equal('');
    expect(isKatexLoaded()).to.equal(false);
    expect(katexRequests()).to.deep.equal([]);

    button.click();
    await el.updateComplete;
    await typeset(region);
    expect(texModuleRequests()).not.to.deep.equal([]);
    expect(katexRequests().some((url) => url.includes('/node_modules/katex/'))).to.equal(true);
    expect(visibleText(region)).to.match(/^We bound .+ regret for Fréchet smooth losses\.$/);
    expect(visibleText(region)).not.to.match(/[$\\]/);
    expect(region.querySelector('em')?.textContent).to.equal('smooth');
  });

  it('is collapsed by default, with a real button that controls the abstract', async () => {
    const { el, button, region } = await toggle();
    expect(el.open).to.equal(false);
    expect(el.hasAttribute('open')).to.equal(false);
    expect(button.localName).to.equal('button');
    expect(button.type).to.equal('button');
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    expect(button.getAttribute('aria-controls')).to.equal(region.id);
    expect(el.shadowRoot!.getElementById(button.getAttribute('aria-controls')!)).to.equal(region);
    expect(button.textContent.trim()).to.equal('Show abstract');
    expect(getComputedStyle(region).display).to.equal('none');
    await expect(el).to.be.accessible();
  });

  it('opens and closes on click, firing pith-toggle with the new state', async () => {
    const { el, button, region } = await toggle();
    const opened = oneEvent(el, 'pith-toggle');
    button.click();
    const event = await opened;
    expect(event.detail).to.deep.equal({ open: true });
    expect(event.bubbles).to.equal(true);
    expect(event.composed).to.equal(true);
    await el.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    expect(el.hasAttribute('open')).to.equal(true);
    expect(button.textContent.trim()).to.equal('Hide abstract');
    expect(getComputedStyle(region).display).not.to.equal('none');
    await typeset(region);
    await expect(el).to.be.accessible();

    const closed = oneEvent(el, 'pith-toggle');
    button.click();
    expect((await closed).detail).to.deep.equal({ open: false });
    await el.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    expect(region.hidden).to.equal(true);
  });

  it('toggles with Enter and with Space', async () => {
    const { el, button } = await toggle();
    button.focus();
    expect(el.shadowRoot!.activeElement).to.equal(button);

    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('true');

    // ' ' rather than 'Space': Firefox's WebDriver BiDi knows the key only by its value.
    await sendKeys({ press: ' ' });
    await el.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('false');
  });

  it('shows a focus ring on the button when focused from the keyboard', async () => {
    const { el, button } = await toggle();
    const before = document.createElement('button');
    before.textContent = 'before';
    el.before(before);
    before.focus();
    await sendKeys({ press: 'Tab' });
    expect(button.matches(':focus-visible')).to.equal(true);
    expect(getComputedStyle(button).outlineStyle).to.equal('solid');
    before.remove();
  });

  it('fires no event when opened from code', async () => {
    const { el, button } = await toggle();
    let fired = 0;
    el.addEventListener('pith-toggle', () => (fired += 1));
    el.open = true;
    await el.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    expect(fired).to.equal(0);
  });

  it('takes its button labels from properties', async () => {
    const el = await fixture<AbstractToggle>(html`
      <abstract-toggle
        .abstract=${ABSTRACT}
        show-label="Résumé"
        hide-label="Masquer"
      ></abstract-toggle>
    `);
    const button = el.shadowRoot!.querySelector('button')!;
    expect(button.textContent.trim()).to.equal('Résumé');
    button.click();
    await el.updateComplete;
    expect(button.textContent.trim()).to.equal('Masquer');
  });

  it('renders MathML alone when math-output is mathml', async () => {
    const el = await fixture<AbstractToggle>(html`
      <abstract-toggle open math-output="mathml" .abstract=${ABSTRACT}></abstract-toggle>
    `);
    const region = el.shadowRoot!.querySelector<HTMLElement>('[part="abstract"]')!;
    await waitUntil(() => region.querySelector('math'), 'no MathML', { timeout: 20000 });
    expect(region.querySelector('.katex-html')).to.equal(null);
  });

  it('exposes its parts', async () => {
    const { el } = await toggle();
    const parts = [...el.shadowRoot!.querySelectorAll('[part]')].map((n) => n.getAttribute('part'));
    expect(parts).to.include.members(['base', 'button', 'abstract']);
  });

  it('typesets the first real abstract when opened', async () => {
    const [first] = await realListing();
    const { el, button, region } = await toggle(first.abstract);
    button.click();
    await el.updateComplete;
    await typeset(region);
    expect(region.querySelectorAll('.katex').length).to.be.at.least(10);
    expect(region.querySelectorAll('.tex-error')).to.have.length(0);
    expect(visibleText(region)).not.to.match(/\$|\\[a-zA-Z]+/);
  });

  it('animates only when the reader has not asked for reduced motion', async () => {
    const { el } = await toggle();
    const rules = el.shadowRoot!.adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules]);
    const moving = (rule: CSSRule) =>
      rule instanceof CSSStyleRule && /\b(transition|animation)/.test(rule.style.cssText);
    const motion = rules.filter(
      (rule): rule is CSSMediaRule =>
        rule instanceof CSSMediaRule && rule.conditionText.includes('prefers-reduced-motion'),
    );
    expect(rules.filter(moving).map((rule) => rule.cssText)).to.deep.equal([]);
    expect(motion.map((rule) => rule.conditionText)).to.deep.equal([
      '(prefers-reduced-motion: no-preference)',
    ]);
    expect([...motion[0].cssRules].filter(moving)).to.have.length(2);

    // Chromium can also emulate the preference; Firefox's WebDriver BiDi cannot yet.
    if (navigator.userAgent.includes('Firefox')) return;
    const chevron = el.shadowRoot!.querySelector('.chevron')!;
    try {
      await emulateMedia({ reducedMotion: 'no-preference' });
      expect(getComputedStyle(chevron).transitionDuration).not.to.equal('0s');
      await emulateMedia({ reducedMotion: 'reduce' });
      expect(getComputedStyle(chevron).transitionDuration).to.equal('0s');
    } finally {
      await emulateMedia({ reducedMotion: 'no-preference' });
    }
  });
});

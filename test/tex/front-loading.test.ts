// The front with loaders the tests control: one that waits for the test, one that fails, one
// that never settles. Each test makes its own front, so each starts with nothing loaded.
import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { lazyTex, type TexModule } from '../../src/tex/front.js';
import type { PithErrorDetail } from '../../src/events.js';
import { defineFrontHost, frontHost, paragraph, type FrontHost } from './front-host.js';
import { visibleText } from './reading.js';

const texModule = () => import('../../src/tex/directive.js');

let fronts = 0;

/** A host tag rendering through a new front that loads with `load`; counts the loads. */
function withLoader(load: () => Promise<TexModule>) {
  const tag = `tex-front-${(fronts += 1)}`;
  const loads = { count: 0 };
  defineFrontHost(
    tag,
    lazyTex(() => {
      loads.count += 1;
      return load();
    }),
  );
  return { tag, loads };
}

/** A loader that waits until the test opens it. */
function gated() {
  let open!: () => void;
  const gate = new Promise<void>((resolve) => (open = resolve));
  return { ...withLoader(() => gate.then(texModule)), open };
}

const loading = (host: Element) => host.shadowRoot!.querySelector<HTMLElement>('.tex-loading');
const typeset = (host: Element) =>
  waitUntil(() => host.shadowRoot!.querySelector('.katex'), 'never typeset', { timeout: 20000 });
// Long enough for a load that was opened to have settled and been acted on.
const settle = () => new Promise((resolve) => setTimeout(resolve, 50));

describe('tex front while its module loads', () => {
  let box: HTMLElement;

  beforeEach(() => {
    box = document.createElement('div');
    document.body.append(box);
  });

  afterEach(() => box.remove());

  it('never loads for text without TeX', async () => {
    const { tag, loads } = withLoader(texModule);
    for (const text of ['plain', "it's a-b", 'x^2 & 100%']) {
      expect(paragraph(await frontHost(tag, text, box)).textContent).to.equal(text);
    }
    expect(loads.count).to.equal(0);
  });

  it('loads once for many texts, and shows each as its source meanwhile', async () => {
    const { tag, loads, open } = gated();
    const texts = ['$a$ one', "G\\'abor two", 'three -- four'];
    const hosts: FrontHost[] = [];
    for (const text of texts) hosts.push(await frontHost(tag, text, box));
    expect(hosts.map((host) => loading(host)?.textContent)).to.deep.equal(texts);
    expect(loads.count).to.equal(1);

    open();
    const waiting = (host: Element) => host.shadowRoot!.querySelector('.tex-loading, .tex-pending');
    await waitUntil(() => !hosts.some(waiting), 'still loading', { timeout: 20000 });
    expect(hosts.map((host) => visibleText(paragraph(host)))).to.deep.equal([
      'a one',
      'Gábor two',
      'three – four',
    ]);
  });

  it('shows the source muted when the module is slow', async () => {
    const { tag } = withLoader(() => new Promise<TexModule>(() => {}));
    const host = await frontHost(tag, '$x$ waits', box);
    const source = loading(host)!;
    expect(getComputedStyle(source).opacity).to.equal('0');
    await waitUntil(() => getComputedStyle(source).opacity === '0.7', 'source never shown', {
      timeout: 5000,
    });
    expect(source.textContent).to.equal('$x$ waits');
  });

  it('follows texts that change or go while the module loads', async () => {
    const { tag, loads, open } = gated();
    const changed = await frontHost(tag, '$a$ first', box);
    const toPlain = await frontHost(tag, '$b$ first', box);
    const toNothing = await frontHost(tag, '$c$ first', box);
    const detached = await frontHost(tag, "Fr\\'echet $d$", box);
    changed.text = '$e$ second';
    toPlain.text = 'plain second';
    toNothing.shown = false;
    await Promise.all([changed.updateComplete, toPlain.updateComplete, toNothing.updateComplete]);
    expect(loading(changed)?.textContent).to.equal('$e$ second');
    expect(paragraph(toPlain).textContent).to.equal('plain second');
    detached.remove();

    open();
    await typeset(changed);
    await settle();
    expect(visibleText(paragraph(changed))).to.equal('e second');
    expect(paragraph(toPlain).textContent).to.equal('plain second');
    expect(paragraph(toPlain).children).to.have.length(0);
    expect(paragraph(toNothing).textContent).to.equal('');
    expect(loads.count).to.equal(1);

    box.append(detached);
    await typeset(detached);
    expect(visibleText(paragraph(detached))).to.equal('Fréchet d');
  });
});

describe('tex front when its module cannot load', () => {
  let box: HTMLElement;

  beforeEach(() => {
    box = document.createElement('div');
    document.body.append(box);
  });

  afterEach(() => box.remove());

  const missing = '/src/tex/no-such-module.js';

  it('shows each text as its source, marked with the reason, and tells the page once', async () => {
    const { tag } = withLoader(() => import(missing) as Promise<TexModule>);
    const errors: CustomEvent<PithErrorDetail>[] = [];
    box.addEventListener('pith-error', (event) => errors.push(event));

    const texts = ['Bounds $O(\\sqrt{T})$ hold.', "Fr\\'echet"];
    const hosts = [await frontHost(tag, texts[0], box), await frontHost(tag, texts[1], box)];
    await waitUntil(() =>
      hosts.every((host) => host.shadowRoot!.querySelector('.tex-unavailable')),
    );

    hosts.forEach((host, i) => {
      const error = host.shadowRoot!.querySelector<HTMLElement>('.tex-unavailable')!;
      expect(error.textContent).to.equal(texts[i]);
      expect(error.getAttribute('part')).to.equal('tex-error');
      expect(error.title).to.match(/^TeX support could not be loaded: .*no-such-module/);
      expect(getComputedStyle(error).opacity).to.equal('1');
    });
    await settle();
    expect(errors).to.have.length(1);
    expect(errors[0].composed).to.equal(true);
    expect(errors[0].detail.kind).to.equal('network');
    expect(errors[0].detail.message).to.equal(hosts[0].shadowRoot!.querySelector('span')!.title);
  });

  it('keeps the reason in view, and tries again when the text is rendered again', async () => {
    let fail = true;
    const { tag, loads } = withLoader(() =>
      fail ? Promise.reject(new TypeError('offline')) : texModule(),
    );
    const host = await frontHost(tag, '$x$ once', box);
    await waitUntil(() => host.shadowRoot!.querySelector('.tex-unavailable'));
    const shown = host.shadowRoot!.querySelector('.tex-unavailable')!;
    expect(shown.getAttribute('title')).to.equal(
      'TeX support could not be loaded: TypeError: offline',
    );
    expect(getComputedStyle(shown).color).to.equal(getComputedStyle(paragraph(host)).color);

    // Still offline: a render tries again, fails again, and says so again.
    const again = oneEvent(box, 'pith-error');
    host.requestUpdate();
    await again;
    expect(loads.count).to.equal(2);
    expect(host.shadowRoot!.querySelector('.tex-unavailable')?.textContent).to.equal('$x$ once');

    fail = false;
    host.requestUpdate();
    await typeset(host);
    expect(loads.count).to.equal(3);
    expect(visibleText(paragraph(host))).to.equal('x once');
  });
});

// The tex front after a failed load: when a later load succeeds, whichever text asked for it,
// every text still showing its source switches to the module's rendering without being rendered
// again. Each test makes its own front, so each starts with nothing loaded.
import { expect, waitUntil } from '@open-wc/testing';
import { chunkImport } from '../../src/shared/chunk-import.js';
import { lazyTex, type TexModule } from '../../src/tex/front.js';
import { defineFrontHost, frontHost, paragraph, type FrontHost } from './front-host.js';
import { visibleText } from './reading.js';

// Fails until asked with `?retry=`, as Firefox keeps a module URL that failed (see
// test/support/mock-endpoint.mjs).
const STICKY_TEX = '/mock/src/tex/directive.ts/sticky.js';

let fronts = 0;

/** A host tag rendering through a new front that loads with `load`. */
function withLoader(load: () => Promise<TexModule>) {
  const tag = `tex-recovery-${(fronts += 1)}`;
  defineFrontHost(tag, lazyTex(load));
  return tag;
}

/** Counts the updates `host` is asked for from now on. */
function countUpdates(host: FrontHost) {
  const asked = { count: 0 };
  const requestUpdate = host.requestUpdate.bind(host);
  host.requestUpdate = (...args: Parameters<FrontHost['requestUpdate']>) => {
    asked.count += 1;
    requestUpdate(...args);
  };
  return asked;
}

const unavailable = (host: FrontHost) => host.shadowRoot!.querySelector('.tex-unavailable');
const waitUnavailable = (host: FrontHost) =>
  waitUntil(() => unavailable(host), 'the load never failed', { timeout: 9000 });
const waitTypeset = (host: FrontHost, text: string) =>
  waitUntil(() => visibleText(paragraph(host)) === text, `never showed ${text}`, {
    timeout: 9000,
  });

describe('tex front after a failed load', () => {
  let box: HTMLElement;

  beforeEach(() => {
    box = document.createElement('div');
    document.body.append(box);
  });

  afterEach(() => box.remove());

  it("switches a text whose load failed when another text's load succeeds", async () => {
    let fail = true;
    const tag = withLoader(() =>
      fail ? Promise.reject(new TypeError('offline')) : import('../../src/tex/directive.js'),
    );
    const first = await frontHost(tag, "Fr\\'echet $x$", box);
    const second = await frontHost(tag, 'Bounds -- again', box);
    await waitUnavailable(first);
    await waitUnavailable(second);
    const updates = [countUpdates(first), countUpdates(second)];

    fail = false;
    const third = await frontHost(tag, "G\\'abor", box);
    await waitTypeset(third, 'Gábor');
    await waitTypeset(first, 'Fréchet x');
    await waitTypeset(second, 'Bounds – again');
    expect(first.shadowRoot!.querySelector('.katex')).to.exist;
    expect(updates.map((asked) => asked.count)).to.deep.equal([0, 0]);
    expect(unavailable(first)).to.equal(null);
  });

  it('leaves a text that changed since its load failed to its own rendering', async () => {
    let fail = true;
    const tag = withLoader(() =>
      fail ? Promise.reject(new TypeError('offline')) : import('../../src/tex/directive.js'),
    );
    const changed = await frontHost(tag, '$a$ before', box);
    await waitUnavailable(changed);

    fail = false;
    changed.text = '$b$ after';
    await waitTypeset(changed, 'b after');
    const other = await frontHost(tag, '$c$ other', box);
    await waitTypeset(other, 'c other');
    expect(visibleText(paragraph(changed))).to.equal('b after');
  });

  it('recovers where the browser keeps the failed module URL failed', async () => {
    const tag = withLoader(chunkImport(() => import(STICKY_TEX) as Promise<TexModule>, 'tex'));
    const first = await frontHost(tag, '$x$ first', box);
    await waitUnavailable(first);
    const updates = countUpdates(first);

    const second = await frontHost(tag, '$y$ second', box);
    await waitTypeset(second, 'y second');
    await waitTypeset(first, 'x first');
    expect(updates.count).to.equal(0);
  });
});

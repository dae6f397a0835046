// chunkImport, which every chunk loaded on first use goes through (the TeX module, KaTeX, Cite,
// the figure viewer, the feed's way out). Its source is src/shared/chunk-import.ts; the test sits
// with the TeX tests, whose module it was written for first.
//
// Firefox keeps a module URL that failed to download failed for the page's life. The test
// server's /mock/<path>/sticky.js does the same in every browser: it fails until asked with
// `?retry=`, then re-exports /<path>.
import { expect } from '@open-wc/testing';
import { chunkImport } from '../../src/shared/chunk-import.js';
import type { TexModule } from '../../src/tex/front.js';

const STICKY_TEX = '/mock/src/tex/directive.ts/sticky.js';
const STICKY_DECODE = '/mock/src/tex/decode.ts/sticky.js';

/** `load`, counting its calls. */
function counted<T>(load: () => Promise<T>) {
  const calls = { count: 0 };
  return {
    calls,
    load: () => {
      calls.count += 1;
      return load();
    },
  };
}

/** The error `promise` rejects with; fails the test if it resolves. */
async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected a failure');
}

/** Paths with their queries the page has requested that start with `path`. */
const requests = (path: string) =>
  performance
    .getEntriesByType('resource')
    .map((entry) => new URL(entry.name))
    .filter((url) => url.pathname.startsWith(path))
    .map((url) => url.pathname + url.search);

describe('chunkImport', () => {
  it('asks for a chunk whose URL stays failed again under a new URL, and gets it', async () => {
    const { load, calls } = counted(() => import(STICKY_TEX) as Promise<TexModule>);
    const texModule = chunkImport(load, 'tex');

    const error = await rejection(texModule());
    expect(String(error)).to.contain(`${location.origin}${STICKY_TEX}`);

    const module = await texModule();
    expect(typeof module.tex).to.equal('function');
    expect(calls.count, 'the retry does not go through the loader').to.equal(1);
    expect(requests(STICKY_TEX).some((path) => /\?retry=\d+$/.test(path))).to.equal(true);
  });

  it('shares one attempt among callers, and keeps the module once it has it', async () => {
    const { load, calls } = counted(() => import('../../src/tex/directive.js'));
    const texModule = chunkImport(load, 'tex');

    const [first, second, third] = await Promise.all([texModule(), texModule(), texModule()]);
    expect(calls.count).to.equal(1);
    expect(second).to.equal(first);
    expect(third).to.equal(first);
    expect(await texModule()).to.equal(first);
    expect(calls.count).to.equal(1);
  });

  it('shares a failed attempt too, and the next call tries again', async () => {
    let fail = true;
    const { load, calls } = counted(() =>
      fail ? Promise.reject(new TypeError('offline')) : import('../../src/tex/directive.js'),
    );
    const texModule = chunkImport(load, 'tex');

    const errors = await Promise.all([rejection(texModule()), rejection(texModule())]);
    expect(calls.count).to.equal(1);
    expect(errors[1]).to.equal(errors[0]);

    fail = false;
    expect((await texModule()).tex).to.be.a('function');
    expect(calls.count).to.equal(2);
  });

  it('runs the loader again when the failure names no script of this origin', async () => {
    const failures = [
      new TypeError('Importing a module script failed.'),
      new TypeError('Failed to fetch dynamically imported module: https://cdn.invalid/x.js'),
      new TypeError(`error loading dynamically imported module: ${location.origin}/x.ts`),
      new TypeError(`error loading dynamically imported module: ${location.origin}/x.jsx`),
      new TypeError(
        `Failed to fetch dynamically imported module: ${location.origin}@x.invalid/x.js`,
      ),
    ];
    const waiting = [...failures];
    const { load, calls } = counted(() => {
      const failure = waiting.shift();
      return failure ? Promise.reject(failure) : import('../../src/tex/directive.js');
    });
    const texModule = chunkImport(load, 'tex');

    for (const failure of failures) expect(await rejection(texModule())).to.equal(failure);
    expect((await texModule()).tex).to.be.a('function');
    expect(calls.count).to.equal(failures.length + 1);
  });

  // Firefox names the failed dependency of a chunk rather than the chunk; its retried URL loads
  // that dependency, which must not pass for the chunk.
  it('fails with the earlier error when the URL named is not the module asked for', async () => {
    const named = new TypeError(
      `error loading dynamically imported module: ${location.origin}${STICKY_DECODE}`,
    );
    const texModule = chunkImport<TexModule>(() => Promise.reject(named), 'tex');

    expect(await rejection(texModule())).to.equal(named);
    expect(await rejection(texModule())).to.equal(named);
    expect(requests(STICKY_DECODE).some((path) => /\?retry=\d+$/.test(path))).to.equal(true);
  });
});

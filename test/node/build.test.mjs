// The build's choices that decide what ships: Lit's production code, and how scripts/size.mjs
// tells the core (loaded before anything renders) from the lazy chunks.
// Run with `node --test test/node/`.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { rollup } from 'rollup';
import { plugins } from '../../rollup.config.mjs';
import { splitChunks } from '../../scripts/lib/chunks.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const isKatex = (source) => source === 'katex' || /katex-css(\.js)?$/.test(source);

describe('the production plugins', () => {
  it("resolve Lit's production modules even under NODE_ENV=development", async () => {
    const previous = process.env.NODE_ENV;
    process.env.NODE_ENV = 'development';
    let bundle;
    try {
      const input = join(root, 'src/define.ts');
      bundle = await rollup({ input, external: isKatex, plugins: plugins('fonts'), onwarn() {} });
    } finally {
      if (previous === undefined) delete process.env.NODE_ENV;
      else process.env.NODE_ENV = previous;
    }
    const ids = bundle.watchFiles;
    await bundle.close();
    const lit = ids.filter((id) => /\/node_modules\/(?:lit|lit-html|lit-element|@lit\/)/.test(id));
    assert.ok(lit.length > 5, 'Lit is in the bundle');
    assert.deepEqual(
      lit.filter((id) => /\/(?:development|node)\//.test(id)),
      [],
    );
  });
});

/** A stand-in for rollup's output chunk. */
const chunk = (fileName, imports = [], isEntry = false) => ({ fileName, imports, isEntry });

describe('splitChunks', () => {
  it('puts the entry and its static imports, transitively, in the core', () => {
    const chunks = [
      chunk('lazy-a.js', ['entry.js', 'shared-lazy.js']),
      chunk('entry.js', ['katex', 'lit.js', 'events.js'], true),
      chunk('lit.js', ['util.js']),
      chunk('events.js'),
      chunk('util.js'),
      chunk('shared-lazy.js', ['util.js']),
      chunk('lazy-b.js', ['shared-lazy.js']),
    ];
    const { entry, core, lazy } = splitChunks(chunks);
    assert.equal(entry.fileName, 'entry.js');
    const names = ['entry.js', 'events.js', 'lit.js', 'util.js'];
    assert.deepEqual(core.map((c) => c.fileName).sort(), names);
    assert.deepEqual(lazy.map((c) => c.fileName).sort(), [
      'lazy-a.js',
      'lazy-b.js',
      'shared-lazy.js',
    ]);
  });

  it('refuses a build without exactly one entry', () => {
    assert.throws(() => splitChunks([chunk('a.js', [], true), chunk('b.js', [], true)]), /one/);
    assert.throws(() => splitChunks([chunk('a.js')]), /one/);
  });
});

describe('scripts/size.mjs --json', () => {
  it('reports the core, each lazy chunk and their total', async () => {
    const script = join(root, 'scripts/size.mjs');
    const run = promisify(execFile)(process.execPath, [script, '--json'], { cwd: root });
    // Over budget it still prints its figures, and exits 1.
    const { stdout } = await run.catch((error) => error);
    const { core, lazy, total, modules } = JSON.parse(stdout);

    assert.ok(core.files >= 1 && core.gzip > 1024 && core.gzip < core.min && core.brotli > 0);
    for (const c of lazy) {
      assert.ok(c.name && c.fileName && c.groups.length && c.gzip > 0, JSON.stringify(c));
    }
    const sum = (key) => core[key] + lazy.reduce((n, c) => n + c[key], 0);
    assert.deepEqual(total, { files: core.files + lazy.length, ...pick(sum) });
    assert.ok(modules.some((m) => m.module === 'node_modules/lit-html/lit-html.js'));
    const inLazy = new Set(lazy.map((c) => c.fileName));
    assert.ok(
      modules.every((m) => !inLazy.has(m.chunk)),
      'the breakdown is of the core',
    );
  });
});

const pick = (sum) => ({ min: sum('min'), gzip: sum('gzip'), brotli: sum('brotli') });

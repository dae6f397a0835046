// Build steps and byte counts that run in Node: the production bundle, the bench's helper
// bundle, and the core bundle's size after minification and gzip.

import { spawn } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { brotliCompressSync, gzipSync, constants as zlib } from 'node:zlib';

/**
 * Runs rollup with the project's config: the bundle the elements ship as. Only rollup runs, not
 * the declaration step of `npm run build`, which a benchmark does not need.
 * @returns {Promise<void>}
 */
export function buildBundle(root, timeoutMs) {
  return new Promise((done, fail) => {
    const child = spawn(join(root, 'node_modules', '.bin', 'rollup'), ['-c', '--silent'], {
      cwd: root,
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('error', (error) => {
      clearTimeout(timer);
      fail(error);
    });
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      if (code === 0) done();
      else fail(new Error(`rollup failed (${signal ?? `exit ${code}`}):\n${stderr.trim()}`));
    });
  });
}

/** The bench's tex helpers (bench/tex-helpers.js), bundled from src/ as one ES module. */
export async function bundleTexHelpers(root) {
  const esbuild = await import('esbuild');
  const result = await esbuild.build({
    entryPoints: [join(root, 'bench', 'tex-helpers.js')],
    bundle: true,
    format: 'esm',
    target: 'es2022',
    write: false,
    logLevel: 'silent',
    tsconfig: join(root, 'tsconfig.json'),
  });
  return result.outputFiles[0].text;
}

// Static imports in minified ES modules: `import{a as b}from"./x.js"` and `import"./x.js"`.
// Dynamic `import("…")` is left out on purpose: that is how the KaTeX chunks load.
const STATIC_IMPORT = /\bimport\s*(?:[\w$*{}\s,]+from\s*)?["'](\.{1,2}\/[^"']+)["']/g;

/**
 * Sizes of an entry and every module it imports statically, minified (as built), gzipped at
 * level 9 and brotli-compressed at quality 11.
 * @param {string} entry absolute path of the entry file
 */
export async function staticClosureBytes(entry) {
  const seen = new Map();
  const queue = [resolve(entry)];
  while (queue.length) {
    const file = queue.shift();
    if (seen.has(file)) continue;
    const code = await readFile(file);
    seen.set(file, code);
    for (const match of code.toString('utf8').matchAll(STATIC_IMPORT)) {
      queue.push(resolve(dirname(file), match[1]));
    }
  }

  const files = [...seen].map(([file, code]) => ({
    file: relative(dirname(entry), file),
    min: code.length,
    gzip: gzipSync(code, { level: 9 }).length,
    brotli: brotliCompressSync(code, {
      params: { [zlib.BROTLI_PARAM_QUALITY]: 11 },
    }).length,
  }));
  const sum = (key) => files.reduce((total, f) => total + f[key], 0);
  return { files, min: sum('min'), gzip: sum('gzip'), brotli: sum('brotli') };
}

/** Size of one file, minified as built and gzipped at level 9. */
export async function fileBytes(file) {
  const code = await readFile(file);
  return { min: code.length, gzip: gzipSync(code, { level: 9 }).length };
}

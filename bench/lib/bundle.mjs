// Build steps and byte counts that run in Node: the production bundle, the bench's helper
// bundle, and the core bundle's size after minification and gzip.

import { spawn } from 'node:child_process';
import { readFile, rm } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { brotliCompressSync, gzipSync, constants as zlib } from 'node:zlib';
import { parseSourceMap } from './sourcemap.mjs';

/**
 * Runs rollup with the project's config, into `outDir` rather than dist/: the bundle the elements
 * ship as, of the sources as they are now, which a build started by someone else in dist/
 * cannot change halfway through a run. The declaration step of `npm run build` is not needed.
 * @returns {Promise<void>}
 */
export async function buildBundle(root, outDir, timeoutMs) {
  await rm(outDir, { recursive: true, force: true });
  return new Promise((done, fail) => {
    const args = ['-c', '--silent', '--dir', outDir];
    const child = spawn(join(root, 'node_modules', '.bin', 'rollup'), args, {
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
  // Each file is its own request, compressed on its own; the figure that counts is the sum. One
  // stream of them all shows what merging the chunks would save.
  const together = gzipSync(Buffer.concat([...seen.values()]), { level: 9 }).length;
  return { files, min: sum('min'), gzip: sum('gzip'), brotli: sum('brotli'), gzipAsOne: together };
}

/** Size of one file, minified as built and gzipped at level 9. */
export async function fileBytes(file) {
  const code = await readFile(file);
  return { min: code.length, gzip: gzipSync(code, { level: 9 }).length };
}

/**
 * The share of minified code each original source takes, read from the files' source maps and
 * grouped as `src/<folder>` for the library and by package for node_modules; largest first.
 * @param {string[]} files absolute paths of built files, each with a `.map` beside it
 * @param {string} root the repository root, for readable paths
 */
export async function composition(files, root) {
  const groups = new Map();
  let total = 0;
  let mapped = 0;
  for (const file of files) {
    const code = await readFile(file, 'utf8');
    total += code.length;
    const map = JSON.parse(await readFile(`${file}.map`, 'utf8').catch(() => '{"mappings":""}'));
    for (const [source, bytes] of parseSourceMap(map).bytesBySource(code)) {
      const path = relative(root, resolve(dirname(file), map.sourceRoot ?? '', source));
      const match = /^node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path) ?? /^(src\/[^/]+)/.exec(path);
      const group = match ? match[1] : path;
      groups.set(group, (groups.get(group) ?? 0) + bytes);
      mapped += bytes;
    }
  }
  // terser keeps multi-line template literals as they are, without mappings: the CSS.
  groups.set('(unmapped: css`` template text)', total - mapped);
  return [...groups]
    .sort((a, b) => b[1] - a[1])
    .map(([group, bytes]) => ({ group, min: bytes, percent: round1((bytes / total) * 100) }));
}

const round1 = (value) => Math.round(value * 10) / 10;

#!/usr/bin/env node
// The size of the core: what a page loads from `import 'pith-elements/define'` before anything
// renders, KaTeX excluded (a dynamic import, loaded when the first formula shows). src/define.ts
// is built in memory with the production plugins and split into chunks as rollup splits it for
// an app or for dist/cdn/: the core is the entry chunk and every chunk it imports statically,
// transitively; the other chunks are lazy, reached only through dynamic imports, and are listed
// apart. Sizes are minified, then gzip -9 and brotli -11, each file on its own as a browser
// fetches it.
//
//   npm run size              report; exit 1 over package.json's "size-budget" (for the core)
//   npm run size -- --json    the same figures as JSON
//   npm run size -- --entries also each pith-elements/<tag> entry's core alone
//
// The breakdown minifies and compresses each module on its own; a module's share of the core
// is its share of that sum, since gzip cannot be split exactly between modules.
import { readFile, readdir } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, gzipSync, constants as zlib } from 'node:zlib';
import { rollup } from 'rollup';
import { transform } from 'esbuild';
import { plugins } from '../rollup.config.mjs';
import { splitChunks } from './lib/chunks.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const KB = 1024;

const gzip = (code) => gzipSync(code, { level: 9 }).length;
const brotli = (code) =>
  brotliCompressSync(code, { params: { [zlib.BROTLI_PARAM_QUALITY]: 11 } }).length;
const kb = (bytes) => `${(bytes / KB).toFixed(1)} KB`;

/** min, gzip and brotli sizes of some files' code, each file compressed alone, summed. */
function sizes(codes) {
  const sum = (measure) => codes.reduce((total, code) => total + measure(code), 0);
  return {
    files: codes.length,
    min: sum((code) => Buffer.byteLength(code)),
    gzip: sum(gzip),
    brotli: sum(brotli),
  };
}

// KaTeX and its stylesheet stay out of every figure: they load with the first formula.
const isKatex = (source) => source === 'katex' || /katex-css(\.js)?$/.test(source);

// The build's own warnings (a stylesheet left unminified) are worth seeing here too.
function onwarn(warning, warn) {
  if (warning.code === 'UNRESOLVED_IMPORT' || warning.plugin === 'lit-css-minify') warn(warning);
}

/** Builds `entry` in memory into its chunks, split into the core and the lazy chunks. */
async function build(entry = 'src/define.ts') {
  const bundle = await rollup({
    input: join(root, entry),
    // As an app's bundler and the CDN build do: lazy chunks import shared code from the entry,
    // which gains exports for them, rather than from one more chunk.
    preserveEntrySignatures: 'allow-extension',
    external: isKatex,
    plugins: plugins('fonts'),
    onwarn,
  });
  const { output } = await bundle.generate({ format: 'es' });
  await bundle.close();
  return splitChunks(output.filter((file) => file.type === 'chunk'));
}

// node_modules/<package>, or src/<folder> for the library's own code.
function groupOf(id) {
  const path = relative(root, id);
  const match = /^node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path) ?? /^(src\/[^/]+)/.exec(path);
  return match ? match[1] : path;
}

const groupsOf = (chunk) => [...new Set(chunk.moduleIds.map(groupOf))].sort();

/** Each module of `chunks` minified and gzipped alone, with its share of `totalGzip`. */
async function breakdown(chunks, totalGzip) {
  const modules = [];
  for (const chunk of chunks) {
    for (const [id, module] of Object.entries(chunk.modules)) {
      if (!module.code) continue;
      const options = { minify: true, loader: 'js', target: 'es2022' };
      const { code } = await transform(module.code, options);
      const entry = { module: relative(root, id), group: groupOf(id), chunk: chunk.fileName };
      modules.push({ ...entry, min: code.length, gzip: gzip(code) });
    }
  }
  const sum = modules.reduce((total, m) => total + m.gzip, 0);
  for (const m of modules) m.share = m.gzip / sum;
  for (const m of modules) m.estimatedGzip = Math.round(m.share * totalGzip);
  return modules.sort((a, b) => b.gzip - a.gzip);
}

function byGroup(modules) {
  const groups = new Map();
  for (const m of modules) {
    const group = groups.get(m.group) ?? { group: m.group, min: 0, estimatedGzip: 0, share: 0 };
    group.min += m.min;
    group.estimatedGzip += m.estimatedGzip;
    group.share += m.share;
    groups.set(m.group, group);
  }
  return [...groups.values()].sort((a, b) => b.share - a.share);
}

/** Each per-element registering entry (`pith-elements/<tag>`): its core alone. */
async function perEntry() {
  const entries = {};
  for (const name of (await readdir(join(root, 'src/register'))).sort()) {
    if (name === 'define-tags.ts') continue;
    const { core } = await build(`src/register/${name}`);
    entries[name.replace(/\.ts$/, '')] = sizes(core.map((chunk) => chunk.code));
  }
  return entries;
}

/** The files a browser fetches for dist/define.js before any formula: its static imports. */
async function distClosure() {
  const entry = join(root, 'dist/define.js');
  const seen = new Map();
  const queue = [entry];
  const STATIC_IMPORT = /\bimport\s*(?:[\w$*{}\s,]+from\s*)?["'](\.{1,2}\/[^"']+)["']/g;
  while (queue.length) {
    const file = queue.shift();
    if (seen.has(file)) continue;
    const code = await readFile(file).catch(() => null);
    if (!code) return null;
    seen.set(file, code);
    for (const [, path] of code.toString('utf8').matchAll(STATIC_IMPORT)) {
      queue.push(resolve(dirname(file), path));
    }
  }
  const files = [...seen.values()];
  return { files: files.length, gzip: files.reduce((total, code) => total + gzip(code), 0) };
}

// KaTeX's chunks in dist/cdn/: named after their modules, `katex` and `katex-css`, plus
// rollup's eight-character hash.
const KATEX_CHUNK = /^katex(?:-css)?-[\w-]{8}\.js$/;

/** dist/cdn/pith-elements.js, and it with the lazy chunks beside it (KaTeX's aside). */
async function cdnBundle() {
  const dir = join(root, 'dist/cdn');
  const names = await readdir(dir).catch(() => []);
  if (!names.includes('pith-elements.js')) return null;
  const lazyNames = names.filter(
    (name) => name.endsWith('.js') && name !== 'pith-elements.js' && !KATEX_CHUNK.test(name),
  );
  const read = (name) => readFile(join(dir, name));
  const [entry, ...lazy] = await Promise.all(['pith-elements.js', ...lazyNames].map(read));
  return { entry: sizes([entry]), lazy: sizes(lazy), total: sizes([entry, ...lazy]) };
}

function parseKB(value, name) {
  const match = /^\s*(\d+(?:\.\d+)?)\s*KB\s*$/i.exec(String(value ?? ''));
  if (!match) throw new Error(`package.json "size-budget".${name} must look like "25 KB"`);
  return Number(match[1]) * KB;
}

const triple = (s) => `${kb(s.min)} min, ${kb(s.gzip)} gzip, ${kb(s.brotli)} brotli`;
const files = (n) => (n === 1 ? '1 file' : `${n} files`);

function reportChunks({ core, lazy, total, budget, target }) {
  const lines = [
    `core (src/define.ts and its static imports, ${files(core.files)}, KaTeX excluded): ` +
      `${triple(core)}; budget ${kb(budget)} gzip, target ${kb(target)}`,
  ];
  if (lazy.length) {
    lines.push(`  lazy chunks (dynamic imports, KaTeX excluded):`);
    for (const chunk of lazy) {
      const where = chunk.groups.join(', ');
      lines.push(`    ${chunk.name.padEnd(24)} ${triple(chunk)}  (${where})`);
    }
  }
  lines.push(`  core + all lazy chunks: ${triple(total)}, ${files(total.files)}`);
  return lines;
}

function report(result) {
  const { modules, closure, cdn } = result;
  const lines = reportChunks(result);
  if (closure) {
    const gz = kb(closure.gzip);
    lines.push(
      `  as built: dist/define.js + ${closure.files - 1} chunks, ${gz} gzip summed per file`,
    );
  }
  if (cdn) {
    lines.push(`  dist/cdn/pith-elements.js: ${triple(cdn.entry)}`);
    const lazy = `${files(cdn.lazy.files)} of lazy chunks (KaTeX's aside)`;
    lines.push(`    with its ${lazy}: ${triple(cdn.total)}`);
  }
  lines.push('  core by package / folder (share of gzip):');
  for (const g of byGroup(modules)) {
    const share = `${(g.share * 100).toFixed(1)}%`.padStart(6);
    lines.push(`    ${g.group.padEnd(28)} ${kb(g.estimatedGzip).padStart(8)} ${share}`);
  }
  for (const [name, size] of Object.entries(result.entries ?? {})) {
    lines.push(`  pith-elements/${name} core alone: ${kb(size.min)} min, ${kb(size.gzip)} gzip`);
  }
  lines.push('  largest modules in the core:');
  for (const m of modules.slice(0, 12)) {
    lines.push(`    ${m.module.padEnd(56)} ${kb(m.estimatedGzip).padStart(8)}`);
  }
  return lines.join('\n');
}

async function main() {
  const pkg = JSON.parse(await readFile(join(root, 'package.json'), 'utf8'));
  const budget = parseKB(pkg['size-budget']?.core, 'core');
  const target = parseKB(pkg['size-budget']?.target ?? pkg['size-budget']?.core, 'target');

  const chunks = await build();
  const core = {
    ...sizes(chunks.core.map((chunk) => chunk.code)),
    chunks: chunks.core.map((chunk) => chunk.fileName),
  };
  const lazy = chunks.lazy.map((chunk) => ({
    name: chunk.name,
    fileName: chunk.fileName,
    groups: groupsOf(chunk),
    ...sizes([chunk.code]),
  }));
  const total = sizes([...chunks.core, ...chunks.lazy].map((chunk) => chunk.code));
  const modules = await breakdown(chunks.core, core.gzip);
  const [closure, cdn] = [await distClosure(), await cdnBundle()];
  const result = { core, lazy, total, modules, closure, cdn, budget, target };
  if (process.argv.includes('--entries')) result.entries = await perEntry();

  if (process.argv.includes('--json')) process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
  else process.stdout.write(`${report(result)}\n`);

  if (core.gzip > budget) {
    const over = `the core is ${kb(core.gzip)} gzip, over its budget of ${kb(budget)}`;
    process.stderr.write(`size: ${over} (package.json "size-budget")\n`);
    process.exitCode = 1;
  }
}

await main();

#!/usr/bin/env node
// The size of the core: all five elements with Lit, the client and the contract, without KaTeX
// (a dynamic import, loaded when the first formula shows). It is what `import
// 'pith-elements/define'` puts in an app, measured as one bundle the way an app's bundler or
// dist/cdn/pith-elements.js ships it: minified, then gzip -9 and brotli -11.
//
//   npm run size              report; exit 1 over package.json's "size-budget"
//   npm run size -- --json    the same figures as JSON
//   npm run size -- --entries also each pith-elements/<tag> entry alone
//
// The breakdown minifies and compresses each module on its own; a module's share of the
// total is its share of that sum, since gzip cannot be split exactly between modules.
import { readFile, readdir } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, gzipSync, constants as zlib } from 'node:zlib';
import { rollup } from 'rollup';
import { transform } from 'esbuild';
import { plugins } from '../rollup.config.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const KB = 1024;

const gzip = (code) => gzipSync(code, { level: 9 }).length;
const brotli = (code) =>
  brotliCompressSync(code, { params: { [zlib.BROTLI_PARAM_QUALITY]: 11 } }).length;
const kb = (bytes) => `${(bytes / KB).toFixed(1)} KB`;

/** Builds `entry` into one chunk in memory, KaTeX left out as the dynamic import it is. */
async function buildOne(entry = 'src/define.ts') {
  const bundle = await rollup({
    input: join(root, entry),
    external: (source) => source === 'katex' || /katex-css(\.js)?$/.test(source),
    plugins: plugins('fonts'),
    onwarn: (warning, warn) => (warning.code === 'UNRESOLVED_IMPORT' ? warn(warning) : undefined),
  });
  const { output } = await bundle.generate({ format: 'es' });
  await bundle.close();
  const chunks = output.filter((file) => file.type === 'chunk');
  if (chunks.length !== 1) throw new Error(`expected one chunk, got ${chunks.length}`);
  return chunks[0];
}

// node_modules/<package>, or src/<folder> for the library's own code.
function groupOf(id) {
  const path = relative(root, id);
  const match = /^node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path) ?? /^(src\/[^/]+)/.exec(path);
  return match ? match[1] : path;
}

/** Each module minified and gzipped alone, with its share of the bundle's real gzip size. */
async function breakdown(chunk, totalGzip) {
  const modules = [];
  for (const [id, module] of Object.entries(chunk.modules)) {
    if (!module.code) continue;
    const { code } = await transform(module.code, { minify: true, loader: 'js', target: 'es2022' });
    const entry = { module: relative(root, id), group: groupOf(id) };
    modules.push({ ...entry, min: code.length, gzip: gzip(code) });
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

/** Each per-element registering entry (`pith-elements/<tag>`) alone, as one bundle. */
async function perEntry() {
  const entries = {};
  for (const name of (await readdir(join(root, 'src/register'))).sort()) {
    if (name === 'define-tags.ts') continue;
    const { code } = await buildOne(`src/register/${name}`);
    entries[name.replace(/\.ts$/, '')] = { min: code.length, gzip: gzip(code) };
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

async function cdnBundle() {
  const dir = join(root, 'dist/cdn');
  const names = await readdir(dir).catch(() => []);
  if (!names.includes('pith-elements.js')) return null;
  const code = await readFile(join(dir, 'pith-elements.js'));
  return { min: code.length, gzip: gzip(code), brotli: brotli(code) };
}

function parseKB(value, name) {
  const match = /^\s*(\d+(?:\.\d+)?)\s*KB\s*$/i.exec(String(value ?? ''));
  if (!match) throw new Error(`package.json "size-budget".${name} must look like "25 KB"`);
  return Number(match[1]) * KB;
}

function report(result) {
  const { core, modules, closure, cdn, budget, target } = result;
  const lines = [
    `core (src/define.ts as one bundle, KaTeX excluded): ${kb(core.min)} min, ` +
      `${kb(core.gzip)} gzip, ${kb(core.brotli)} brotli; budget ${kb(budget)} gzip, ` +
      `target ${kb(target)}`,
  ];
  if (closure) {
    const chunks = closure.files - 1;
    const gz = kb(closure.gzip);
    lines.push(`  as built: dist/define.js + ${chunks} chunks, ${gz} gzip summed per file`);
  }
  if (cdn) {
    const sizes = `${kb(cdn.min)} min, ${kb(cdn.gzip)} gzip, ${kb(cdn.brotli)} brotli`;
    lines.push(`  dist/cdn/pith-elements.js: ${sizes}`);
  }
  lines.push('  by package / folder (share of gzip):');
  for (const g of byGroup(modules)) {
    const share = `${(g.share * 100).toFixed(1)}%`.padStart(6);
    lines.push(`    ${g.group.padEnd(28)} ${kb(g.estimatedGzip).padStart(8)} ${share}`);
  }
  for (const [name, size] of Object.entries(result.entries ?? {})) {
    lines.push(`  pith-elements/${name} alone: ${kb(size.min)} min, ${kb(size.gzip)} gzip`);
  }
  lines.push('  largest modules:');
  for (const m of modules.slice(0, 12)) {
    lines.push(`    ${m.module.padEnd(56)} ${kb(m.estimatedGzip).padStart(8)}`);
  }
  return lines.join('\n');
}

async function main() {
  const pkg = JSON.parse(await readFile(join(root, 'package.json'), 'utf8'));
  const budget = parseKB(pkg['size-budget']?.core, 'core');
  const target = parseKB(pkg['size-budget']?.target ?? pkg['size-budget']?.core, 'target');

  const chunk = await buildOne();
  const core = { min: chunk.code.length, gzip: gzip(chunk.code), brotli: brotli(chunk.code) };
  const modules = await breakdown(chunk, core.gzip);
  const [closure, cdn] = [await distClosure(), await cdnBundle()];
  const result = { core, modules, closure, cdn, budget, target };
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

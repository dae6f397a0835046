#!/usr/bin/env node
// Checks the package as npm would publish it, after `npm run build`:
//
// 1. packs it (`npm pack`) and reads the file list: every `exports` target (with its `types`),
//    `main`, `module`, `types`, `unpkg`, `bin` and `sideEffects` entry is in the tarball;
//    nothing outside dist/, bin/, schema/, docs/ and the usual top-level files is; every
//    script under dist/ is reached from an entry (a stale chunk of an old build is not);
// 2. installs the tarball into a temporary project and resolves every runtime export with
//    Node's own resolver, imports the entries that need no DOM, and runs the command line;
// 3. type-checks a consumer written against the installed package: a React 19 `.tsx` file
//    compiled with `--jsx react-jsx` and a Vue 3 file, under `bundler` and `nodenext`
//    resolution, where each `@ts-expect-error` must meet its error.
//
//   npm run pack-check
import { execFileSync } from 'node:child_process';
import { mkdtemp, mkdir, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, posix, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const pkg = JSON.parse(await readFile(join(root, 'package.json'), 'utf8'));
const problems = [];
const fail = (message) => problems.push(message);

// What may ship besides dist/: the command line, the schema and the contract's docs.
const ALLOWED =
  /^(?:package\.json|README\.md|LICENSE(?:\.\w+)?|(?:dist|bin|schema)\/.+|docs\/[\w-]+\.md)$/;
const JUNK_DIRS = /(?:^|\/)(?:test|tests|demo|stories|bench|src|node_modules|\.storybook)\//;
const JUNK_FILES = /\.test\.|\.tsbuildinfo$|\.DS_Store$/;

/** Every file path a package.json field points at (export conditions flattened). */
function declaredTargets() {
  const targets = [];
  const walk = (value, where) => {
    if (typeof value === 'string') targets.push({ where, path: value });
    else if (value && typeof value === 'object') {
      for (const [key, inner] of Object.entries(value)) walk(inner, `${where} ${key}`);
    }
  };
  walk(pkg.exports, 'exports');
  for (const field of ['main', 'module', 'types', 'unpkg', 'jsdelivr']) walk(pkg[field], field);
  walk(pkg.bin, 'bin');
  walk(pkg.sideEffects, 'sideEffects');
  return targets.map(({ where, path }) => ({ where, path: posix.normalize(path) }));
}

// Relative specifiers in built scripts: static and dynamic imports, and asset URLs made
// with `new URL("…", import.meta.url)` (the KaTeX fonts).
const REFERENCE = new RegExp(
  String.raw`(?:\bimport\s*(?:[\w$*{}\s,]+from\s*)?|\bimport\(\s*|new URL\(\s*)` +
    String.raw`["']((?:\.{1,2}\/)?[\w./-]+\.(?:js|woff2))["']`,
  'g',
);

/** Files under dist/ that no entry reaches: left over from an older build. */
async function unreachable(files, dir) {
  const entries = declaredTargets()
    .map((target) => target.path)
    .filter((path) => path.startsWith('dist/') && path.endsWith('.js'));
  const seen = new Set();
  const queue = [...entries];
  while (queue.length) {
    const file = queue.pop();
    if (seen.has(file) || !files.has(file)) continue;
    seen.add(file);
    const code = await readFile(join(dir, file), 'utf8');
    for (const [, spec] of code.matchAll(REFERENCE)) {
      queue.push(posix.join(posix.dirname(file), spec));
    }
  }
  return [...files].filter((f) => /^dist\/.*\.(?:js|woff2)$/.test(f) && !seen.has(f));
}

function npm(args, cwd) {
  return execFileSync('npm', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

/** Packs the package into `dir` and unpacks it into `dir/node_modules/pith-elements`. */
async function packAndInstall(dir) {
  const [info] = JSON.parse(npm(['pack', '--json', '--pack-destination', dir], root));
  const installed = join(dir, 'node_modules', pkg.name);
  await mkdir(installed, { recursive: true });
  execFileSync('tar', ['-xzf', join(dir, info.filename), '-C', installed, '--strip-components=1']);
  return { info, installed };
}

// The consumer's other dependencies (React's and Vue's types, Lit, KaTeX) are the repository's
// own, linked in one by one so the package under test is the unpacked tarball alone.
async function linkDependencies(dir) {
  const modules = join(root, 'node_modules');
  for (const name of await readdir(modules)) {
    if (name.startsWith('.') || name === pkg.name) continue;
    await symlink(join(modules, name), join(dir, 'node_modules', name), 'dir');
  }
}

async function checkFiles(info, installed) {
  const files = new Set(info.files.map((file) => file.path));
  for (const { where, path } of declaredTargets()) {
    if (!files.has(path)) fail(`${where}: ${path} is not in the tarball`);
  }
  for (const file of files) {
    const junk = JUNK_DIRS.test(file) || JUNK_FILES.test(file);
    if (!ALLOWED.test(file) || junk) fail(`unexpected file in the tarball: ${file}`);
  }
  for (const file of await unreachable(files, installed)) {
    fail(`${file} is reached from no entry (a leftover of an older build?)`);
  }
}

/** Resolves each runtime export through Node, imports the DOM-free ones, runs the CLI. */
async function checkNode(dir, installed) {
  const runtime = Object.entries(pkg.exports).filter(
    ([, target]) => typeof target === 'string' || target.default,
  );
  const specifiers = runtime.map(([key]) => posix.join(pkg.name, key));
  const probe = join(dir, 'probe.mjs');
  await writeFile(
    probe,
    `const specifiers = ${JSON.stringify(specifiers)};
const resolved = Object.fromEntries(specifiers.map((s) => [s, import.meta.resolve(s)]));
const adapters = await import('${pkg.name}/adapters');
const manifest = await import('${pkg.name}/package.json', { with: { type: 'json' } });
console.log(JSON.stringify({
  resolved,
  adapters: Object.keys(adapters).sort(),
  version: manifest.default.version,
}));
`,
  );
  let result;
  try {
    result = JSON.parse(execFileSync(process.execPath, [probe], { cwd: dir, encoding: 'utf8' }));
  } catch (error) {
    return fail(`resolving the exports in Node failed:\n${error.stderr || error.message}`);
  }
  for (const [specifier, url] of Object.entries(result.resolved)) {
    const path = fileURLToPath(url);
    if (!path.startsWith(installed)) fail(`${specifier} resolved outside the package: ${path}`);
  }
  if (!result.adapters.includes('arxivAtomAdapter')) fail('adapters lacks arxivAtomAdapter');
  if (result.version !== pkg.version) fail('pith-elements/package.json is not this package.json');

  const bin = join(installed, Object.values(pkg.bin)[0]);
  try {
    const help = execFileSync(process.execPath, [bin, '--help'], { encoding: 'utf8' });
    if (!/arxiv/.test(help)) fail('the command line printed no usage');
  } catch (error) {
    fail(`the installed command line failed: ${error.stderr || error.message}`);
  }
}

/** Type-checks the consumer files against the installed package's declarations. */
async function checkTypes(dir) {
  for (const [name, text] of Object.entries(consumerFiles)) await writeFile(join(dir, name), text);
  const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc');
  for (const config of ['tsconfig.bundler.json', 'tsconfig.nodenext.json']) {
    try {
      execFileSync(process.execPath, [tsc, '-p', config], { cwd: dir, encoding: 'utf8' });
    } catch (error) {
      fail(`consumer type-check (${config}) failed:\n${error.stdout || error.message}`);
    }
  }
}

// A small app written against the package as published. Every `@ts-expect-error` must meet an
// error, so typings that accept a wrong prop, or lose an element, fail the check.
const consumerFiles = {
  'package.json': '{ "type": "module", "private": true }\n',
  'tsconfig.base.json': JSON.stringify({
    compilerOptions: {
      strict: true,
      noEmit: true,
      target: 'es2022',
      lib: ['es2022', 'dom', 'dom.iterable'],
      jsx: 'react-jsx',
      types: [],
      skipLibCheck: false,
    },
    files: ['app.tsx', 'vue-app.ts'],
  }),
  'tsconfig.bundler.json': JSON.stringify({
    extends: './tsconfig.base.json',
    compilerOptions: { module: 'esnext', moduleResolution: 'bundler' },
  }),
  'tsconfig.nodenext.json': JSON.stringify({
    extends: './tsconfig.base.json',
    compilerOptions: { module: 'nodenext', moduleResolution: 'nodenext' },
  }),
  'app.tsx': `import 'pith-elements';
import { setPithDefaults, type Paper, type PithLoadDetail } from 'pith-elements';
import { PaperCard } from 'pith-elements/elements/paper-card';
import { PaperCard as RegisteredCard } from 'pith-elements/paper-card';
import { arxivAtomAdapter } from 'pith-elements/adapters';
import type {} from 'pith-elements/jsx';

setPithDefaults({ listingEndpoint: '/api/v1/categories/{category}.json' });
const paper: Paper = { id: '1', title: 'A title', authors: ['A. Author'] };
const same: typeof PaperCard = RegisteredCard;
const card: PaperCard | null = document.querySelector('paper-card');
card?.addEventListener('pith-toggle', (event) => event.detail.open);
const loads: PithLoadDetail[] = [];

export const app = (
  <main className="papers">
    <pith-feed
      category="cs.LG"
      limit={3}
      adapter={arxivAtomAdapter}
      onpith-load={(e) => loads.push(e.detail)}
    >
      <a href="/list/cs.LG">Browse the listing</a>
    </pith-feed>
    <category-feed items={[paper]} group-by="year" />
    <paper-card paper={paper} ref={(el) => void el?.paper} onpith-toggle={(e) => e.detail.open} />
    <author-list authors={['A', 'B']} max={1} />
    <abstract-toggle abstract="$x$" open />
  </main>
);

// @ts-expect-error limit is a number
export const wrongLimit = <pith-feed limit="3" />;
// @ts-expect-error paper is a Paper object
export const wrongPaper = <paper-card paper="paper.json" />;
// @ts-expect-error the toggle's detail has no count
export const wrongEvent = <abstract-toggle onpith-toggle={(e) => e.detail.count} />;
export { same };
`,
  'vue-app.ts': `import type {} from 'pith-elements/vue';
import type { GlobalComponents } from 'vue';

type Props<T extends keyof GlobalComponents> = InstanceType<GlobalComponents[T]>['$props'];
export const feed: Props<'pith-feed'> = { category: 'cs.LG', onPithLoad: (e) => e.detail.count };
// @ts-expect-error items is an array of papers
export const list: Props<'category-feed'> = { items: 'none' };
`,
};

const dir = await mkdtemp(join(tmpdir(), 'pith-pack-'));
try {
  const { info, installed } = await packAndInstall(dir);
  await linkDependencies(dir);
  await checkFiles(info, installed);
  await checkNode(dir, installed);
  await checkTypes(dir);

  const kb = (bytes) => `${(bytes / 1024).toFixed(0)} KB`;
  const sizes = `${kb(info.size)} packed, ${kb(info.unpackedSize)} unpacked`;
  const summary = `${info.entryCount} files, ${sizes}`;
  if (problems.length) {
    process.stderr.write(`pack-check: ${problems.length} problem(s)\n- ${problems.join('\n- ')}\n`);
    process.exitCode = 1;
  } else {
    process.stdout.write(`pack-check: ${info.filename} is complete (${summary})\n`);
  }
} finally {
  await rm(dir, { recursive: true, force: true });
}

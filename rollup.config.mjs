// Production build, two outputs under dist/:
//
// - ES modules for bundlers and import maps: one entry per element class (registers nothing),
//   one registering entry per element, the all-elements entries (`index`, `define`) and the
//   adapters; code they share sits in dist/chunks/.
// - dist/cdn/pith-elements.js: one file with everything a plain HTML page needs to render;
//   features loaded on first use are chunks beside it.
//
// In both, KaTeX and its stylesheet are chunks of their own, loaded by a dynamic import the
// first time a formula is shown; the fonts are copied beside them and found from the chunk's
// own URL, so the build works from any path or origin.
import { nodeResolve } from '@rollup/plugin-node-resolve';
import esbuild from 'rollup-plugin-esbuild';
import terser from '@rollup/plugin-terser';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { litCssMinify } from './scripts/lib/css-literals.mjs';

const ELEMENTS = ['pith-feed', 'category-feed', 'paper-card', 'author-list', 'abstract-toggle'];
const LIT = /\/node_modules\/(?:lit|lit-html|lit-element|@lit\/reactive-element)\//;
const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));

// src/tex/katex-css.ts imports KaTeX's stylesheet as a string, in the KaTeX chunk. Its woff2
// fonts are copied to `fontDir` and their URLs in the string become absolute at run time,
// relative to the chunk; the woff and ttf fallbacks are dropped.
function katexCss(fontDir) {
  return {
    name: 'katex-css',
    load(id) {
      if (!id.endsWith('/katex/dist/katex.min.css')) return null;
      const fallbacks = /,url\(fonts\/[^)]+\) format\("(?:woff|truetype)"\)/g;
      const css = readFileSync(id, 'utf8').replace(fallbacks, '');
      const parts = css.split(/url\(fonts\/([^)]+\.woff2)\)/).map((part, i) => {
        if (i % 2 === 0) return JSON.stringify(part);
        const source = readFileSync(join(dirname(id), 'fonts', part));
        const ref = this.emitFile({ type: 'asset', fileName: `${fontDir}/${part}`, source });
        return `"url(" + import.meta.ROLLUP_FILE_URL_${ref} + ")"`;
      });
      return `export default ${parts.join(' + ')};`;
    },
  };
}

// Modules whose own code registers elements: src/define.ts and src/register/<tag>.ts.
function registers(id) {
  return /\/src\/(?:define|register\/(?!define-tags)[\w-]+)\.ts$/.test(id);
}

// Output files that register elements when imported, from both builds; compared with
// package.json's `sideEffects` once the last build is written.
const registeringFiles = new Set();

/**
 * Fails the build unless registering code sits only in entry files, and the files that
 * register (themselves or through their static imports) are exactly
 * package.json's `sideEffects`. A bundler trusts that list: a registration in a shared chunk
 * it believes pure would be dropped from apps.
 */
function registrationOnlyInSideEffects({ last = false } = {}) {
  return {
    name: 'registration-only-in-side-effects',
    // node-resolve applies package.json's `sideEffects` to src/ too, where it names nothing:
    // without this, `import '../define.js'` in src/register/pith-feed.ts would be dropped.
    transform(code, id) {
      return registers(id) ? { code, map: null, moduleSideEffects: true } : null;
    },
    generateBundle(_options, bundle) {
      const chunks = new Map(
        Object.values(bundle)
          .filter((file) => file.type === 'chunk')
          .map((chunk) => [chunk.fileName, chunk]),
      );
      const ownCode = (chunk) =>
        Object.entries(chunk.modules).some(([id, m]) => registers(id) && m.renderedLength > 0);
      const registering = (chunk) =>
        ownCode(chunk) || chunk.imports.some((file) => registering(chunks.get(file)));

      // Chunks only dynamic imports reach (lazy CDN chunks, which import the entry) load after
      // the file that registered, and a bundler never drops a dynamic import, whatever
      // `sideEffects` says: only entries and their static imports need be listed there.
      const upFront = new Set();
      const loadUpFront = (chunk) => {
        if (!chunk || upFront.has(chunk)) return;
        upFront.add(chunk);
        chunk.imports.forEach((file) => loadUpFront(chunks.get(file)));
      };
      [...chunks.values()].filter((chunk) => chunk.isEntry).forEach(loadUpFront);

      for (const chunk of chunks.values()) {
        if (ownCode(chunk) && !chunk.isEntry) {
          this.error(`registering code ended up in the shared chunk ${chunk.fileName}`);
        }
        if (upFront.has(chunk) && registering(chunk)) {
          registeringFiles.add(`./dist/${chunk.fileName}`);
        }
      }
    },
    writeBundle() {
      if (!last) return;
      const declared = [...pkg.sideEffects].sort().join(', ');
      const actual = [...registeringFiles].sort().join(', ');
      if (declared !== actual) {
        this.error(`package.json sideEffects is [${declared}]; the registering files: [${actual}]`);
      }
    },
  };
}

/**
 * Drops the source map of a chunk made only of KaTeX: a megabyte of KaTeX's own source in the
 * package, for a file nobody steps through.
 */
function noKatexSourceMap() {
  return {
    name: 'no-katex-source-map',
    generateBundle(_options, bundle) {
      for (const chunk of Object.values(bundle)) {
        const katexOnly = (id) => id.includes('/node_modules/katex/');
        if (chunk.type !== 'chunk' || !chunk.moduleIds.length || !chunk.moduleIds.every(katexOnly))
          continue;
        delete bundle[`${chunk.fileName}.map`];
        chunk.code = chunk.code.replace(/\n\/\/# sourceMappingURL=\S+\s*$/, '\n');
      }
    },
  };
}

/**
 * Fails the build unless the entry imports nothing statically: a page fetches one file before
 * anything renders. Chunks reached by dynamic imports (KaTeX, features loaded on first use) may
 * import the entry and each other.
 */
function singleFile() {
  return {
    name: 'single-file',
    generateBundle(_options, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type === 'chunk' && chunk.isEntry && chunk.imports.length) {
          this.error(`${chunk.fileName} imports ${chunk.imports.join(', ')} statically`);
        }
      }
    },
  };
}

// Licences (as terser's 'some' keeps them), and the comments that tell an app's bundler to leave
// a run-time import alone (src/shared/chunk-import.ts).
function keptComments(_node, comment) {
  return /@license|@preserve|^!|webpackIgnore|@vite-ignore/.test(comment.value);
}

/** The plugins both builds share; scripts/size.mjs builds the core with them too. */
export const plugins = (fontDir) => [
  // Lit's production code whatever NODE_ENV says: the plugin would pick Lit's development
  // build, with its warnings and checks, under NODE_ENV=development.
  nodeResolve({ exportConditions: ['browser', 'production'] }),
  katexCss(fontDir),
  esbuild({ target: 'es2022', tsconfig: 'tsconfig.json' }),
  // After esbuild: it reads JavaScript.
  litCssMinify(),
  // License comments (`@license`, `/*!`) stay: Lit's license asks for them. A second compress
  // pass finds what the first one's inlining exposed (about 0.1 KB gzip of the core).
  terser({ compress: { passes: 2 }, format: { comments: keptComments } }),
];

const input = {
  index: 'src/index.ts',
  define: 'src/define.ts',
  adapters: 'src/contract/adapters/index.ts',
  ...Object.fromEntries(ELEMENTS.map((tag) => [tag, `src/register/${tag}.ts`])),
  ...Object.fromEntries(ELEMENTS.map((tag) => [`elements/${tag}`, `src/elements/${tag}.ts`])),
};

export default [
  {
    input,
    // Each entry exports what its source exports and nothing else; shared code goes to chunks.
    preserveEntrySignatures: 'strict',
    output: {
      dir: 'dist',
      format: 'es',
      entryFileNames: '[name].js',
      chunkFileNames: 'chunks/[name]-[hash].js',
      // Lit in one chunk of its own, named so: every element needs it.
      manualChunks: (id) => (LIT.test(id) ? 'lit' : undefined),
      // No bare `import './chunks/x.js'` for what an entry's imports import in turn: a bundler
      // drops such an import of a file `sideEffects` calls pure, and esbuild warns about each.
      hoistTransitiveImports: false,
      sourcemap: true,
    },
    plugins: [...plugins('fonts'), noKatexSourceMap(), registrationOnlyInSideEffects()],
  },
  {
    input: { 'cdn/pith-elements': 'src/index.ts' },
    // Lazy chunks import what they share with the core from the entry file itself, which
    // therefore gains a few exports; under 'strict' that code would move to a chunk the entry
    // imports statically, a second round trip before anything renders.
    preserveEntrySignatures: 'allow-extension',
    output: {
      dir: 'dist',
      format: 'es',
      entryFileNames: '[name].js',
      chunkFileNames: 'cdn/[name]-[hash].js',
    },
    plugins: [...plugins('cdn/fonts'), singleFile(), registrationOnlyInSideEffects({ last: true })],
  },
];

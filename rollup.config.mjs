// Production build: ESM in dist/, with KaTeX split into its own chunk that
// loads only when the first formula is shown.
import { nodeResolve } from '@rollup/plugin-node-resolve';
import esbuild from 'rollup-plugin-esbuild';
import terser from '@rollup/plugin-terser';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

// src/tex/katex-css.ts imports KaTeX's stylesheet as a string, in the KaTeX chunk. Its woff2
// fonts are copied to dist/fonts/ and their URLs in the string become absolute at run time,
// relative to the chunk; the woff and ttf fallbacks are dropped.
function katexCss() {
  return {
    name: 'katex-css',
    load(id) {
      if (!id.endsWith('/katex/dist/katex.min.css')) return null;
      const fallbacks = /,url\(fonts\/[^)]+\) format\("(?:woff|truetype)"\)/g;
      const css = readFileSync(id, 'utf8').replace(fallbacks, '');
      const parts = css.split(/url\(fonts\/([^)]+\.woff2)\)/).map((part, i) => {
        if (i % 2 === 0) return JSON.stringify(part);
        const source = readFileSync(join(dirname(id), 'fonts', part));
        const ref = this.emitFile({ type: 'asset', fileName: `fonts/${part}`, source });
        return `"url(" + import.meta.ROLLUP_FILE_URL_${ref} + ")"`;
      });
      return `export default ${parts.join(' + ')};`;
    },
  };
}

export default {
  input: {
    index: 'src/index.ts',
    define: 'src/define.ts',
    adapters: 'src/contract/adapters/index.ts',
  },
  output: {
    dir: 'dist',
    format: 'es',
    entryFileNames: '[name].js',
    chunkFileNames: 'chunks/[name]-[hash].js',
    sourcemap: true,
  },
  plugins: [
    nodeResolve(),
    katexCss(),
    esbuild({ target: 'es2022', tsconfig: 'tsconfig.json' }),
    terser({ format: { comments: false } }),
  ],
};

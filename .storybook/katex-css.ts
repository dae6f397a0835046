import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Plugin } from 'vite';

const STYLESHEET = 'katex/dist/katex.min.css';
const VIRTUAL_ID = '\0pith-katex-css';

/**
 * src/tex/katex-css.ts imports KaTeX's stylesheet as a string whose font URLs are absolute at
 * run time (rollup.config.mjs and web-test-runner.config.mjs do the same for the build and the
 * tests). Here each woff2 font becomes a Vite `?url` import, so the build copies the file into
 * its assets and the string carries the copied file's URL; the woff and ttf fallbacks go.
 * Vite's own CSS handling would turn the import into injected page styles instead.
 */
export function katexCss(): Plugin {
  const require = createRequire(import.meta.url);
  return {
    name: 'pith-katex-css',
    enforce: 'pre',
    resolveId(source) {
      return source === STYLESHEET ? VIRTUAL_ID : null;
    },
    load(id) {
      if (id !== VIRTUAL_ID) return null;
      const fallbacks = /,url\(fonts\/[^)]+\) format\("(?:woff|truetype)"\)/g;
      const css = readFileSync(require.resolve(STYLESHEET), 'utf8').replace(fallbacks, '');
      const imports: string[] = [];
      const parts = css.split(/url\(fonts\/([^)]+\.woff2)\)/).map((part, i) => {
        if (i % 2 === 0) return JSON.stringify(part);
        const name = `font${imports.length}`;
        imports.push(`import ${name} from 'katex/dist/fonts/${part}?url';`);
        return `'url(' + ${name} + ')'`;
      });
      return `${imports.join('\n')}\nexport default ${parts.join(' + ')};\n`;
    },
  };
}

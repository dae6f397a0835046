// dist/ as an app's bundler meets it: the npm entries bundled by esbuild with code splitting, as
// an app importing `pith-elements/define` would be. Run after `npm run build`:
//   node --test test/bundle/
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('../../', import.meta.url));
const unbuilt = !existsSync(join(root, 'dist', 'define.js')) && 'run npm run build first';

/** Bundles `entry` (a dist/ file) with splitting, in memory; the output files and warnings. */
async function bundle(entry) {
  const result = await build({
    stdin: { contents: `import './${entry}';`, resolveDir: join(root, 'dist'), loader: 'js' },
    bundle: true,
    splitting: true,
    format: 'esm',
    outdir: 'out',
    write: false,
    logLevel: 'silent',
  });
  return { files: result.outputFiles, warnings: result.warnings };
}

describe('the npm build in an app bundler', { skip: unbuilt }, () => {
  for (const entry of ['define.js', 'paper-card.js']) {
    it(`bundles dist/${entry} without a warning`, async () => {
      const { warnings } = await bundle(entry);
      assert.deepEqual(
        warnings.map((w) => `${w.location?.file}: ${w.text}`),
        [],
      );
    });
  }

  it('tells the bundler to leave the run-time retry import alone', async () => {
    const { files } = await bundle('define.js');
    const code = files.map((file) => file.text).join('\n');
    // The lazy chunks become chunks of the app; the retry imports a URL known only at run time.
    assert.match(code, /import\(\s*\/\* webpackIgnore: true \*\/\s*\/\* @vite-ignore \*\//);
  });
});

// A test-server plugin for the framework tests: React ships CommonJS only and Vue's browser
// builds need build-time flags, so the few modules that re-export them
// (test/interop/*-runtime.ts) are served bundled by esbuild, once per run.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));

const BUNDLE_OPTIONS = {
  bundle: true,
  format: 'esm',
  platform: 'browser',
  target: 'es2022',
  write: false,
  logLevel: 'silent',
  absWorkingDir: root,
  // The development builds: their warnings (an unknown element, a bad prop) reach the tests.
  define: {
    'process.env.NODE_ENV': '"development"',
    __VUE_OPTIONS_API__: 'true',
    __VUE_PROD_DEVTOOLS__: 'false',
    __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false',
  },
  // Vue's full build, whose compiler turns the tests' templates into render functions.
  alias: { vue: 'vue/dist/vue.esm-bundler.js' },
};

/** Serves each of `files` (paths from the repository root) as one bundled ES module. */
export function bundledRuntimes(files) {
  const bundles = new Map();
  return {
    name: 'bundled-runtimes',
    async serve(context) {
      const file = files.find((path) => context.path === `/${path}`);
      if (!file) return undefined;
      if (!bundles.has(file)) {
        const entryPoints = [fileURLToPath(new URL(file, `file://${root}`))];
        const bundled = build({ ...BUNDLE_OPTIONS, entryPoints });
        bundles.set(
          file,
          bundled.then((result) => result.outputFiles[0].text),
        );
      }
      return { body: await bundles.get(file), type: 'js' };
    },
  };
}

// Tests run in the system's headless Chromium and Firefox ESR: nothing here
// downloads a browser. CHROME_PATH and FIREFOX_PATH override the binaries;
// BROWSERS=chromium (or firefox) runs one engine only.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { puppeteerLauncher } from '@web/test-runner-puppeteer';
import { testEndpoint } from './test/support/endpoint-plugin.mjs';
import { mockEndpoint } from './test/support/mock-endpoint.mjs';
import { bundledRuntimes } from './test/interop/runtime-plugin.mjs';
import { CHROME_FLAGS } from './scripts/lib/chromium.mjs';

const chromePath = process.env.CHROME_PATH || '/usr/bin/chromium';
const firefoxPath = process.env.FIREFOX_PATH || '/usr/bin/firefox-esr';
const wanted = (process.env.BROWSERS || 'chromium,firefox').split(',');

const chromium = chromeLauncher({
  launchOptions: {
    executablePath: chromePath,
    headless: true,
    args: CHROME_FLAGS,
  },
});

// src/tex/katex-css.ts imports KaTeX's stylesheet as a string. Served as a module, the font URLs
// become absolute against the stylesheet's own URL, so they reach node_modules/katex/dist/fonts.
const katexCss = {
  name: 'katex-css',
  resolveMimeType: ({ path }) => (path.endsWith('/katex/dist/katex.min.css') ? 'js' : undefined),
  transform({ path, body }) {
    if (!path.endsWith('/katex/dist/katex.min.css')) return undefined;
    const woff2Only = body.replace(/,url\(fonts\/[^)]+\) format\("(?:woff|truetype)"\)/g, '');
    const parts = woff2Only.split('url(fonts/').map((part) => JSON.stringify(part));
    const code = parts.join(' + "url(" + fonts + ');
    const fonts = `const fonts = new URL('fonts/', import.meta.url).href;`;
    return { body: `${fonts}\nexport default ${code};\n` };
  },
};

const firefox = puppeteerLauncher({
  launchOptions: { browser: 'firefox', executablePath: firefoxPath, headless: true },
});

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  rootDir: '.',
  // One test page at a time per browser: a second page sits in a background
  // tab, where animation frames stop and fixtures that wait for one time out.
  concurrency: 1,
  testFramework: { config: { timeout: 10000 } },
  // Lit runs its development build here, for its warnings about misuse; only its notice that
  // it is in development mode, printed for every test file, is silenced.
  testRunnerHtml: (testFramework) => `<!DOCTYPE html>
    <html>
      <body>
        <script>window.litIssuedWarnings = new Set(['dev-mode']);</script>
        <script type="module" src="${testFramework}"></script>
      </body>
    </html>`,
  testsFinishTimeout: 240000,
  browsers: [
    ...(wanted.includes('chromium') ? [chromium] : []),
    ...(wanted.includes('firefox') ? [firefox] : []),
  ],
  middleware: [testEndpoint(), mockEndpoint()],
  plugins: [
    // React and Vue for test/interop/, bundled: React has no ES module build.
    bundledRuntimes(['test/interop/react-runtime.ts', 'test/interop/vue-runtime.ts']),
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' }),
    katexCss,
  ],
};

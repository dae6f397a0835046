// Tests run in the system's headless Chromium and Firefox ESR: nothing here
// downloads a browser. CHROME_PATH and FIREFOX_PATH override the binaries;
// BROWSERS=chromium (or firefox) runs one engine only.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { puppeteerLauncher } from '@web/test-runner-puppeteer';
import { testEndpoint } from './test/support/endpoint-plugin.mjs';
import { mockEndpoint } from './test/support/mock-endpoint.mjs';

const chromePath = process.env.CHROME_PATH || '/usr/bin/chromium';
const firefoxPath = process.env.FIREFOX_PATH || '/usr/bin/firefox-esr';
const wanted = (process.env.BROWSERS || 'chromium,firefox').split(',');

const chromium = chromeLauncher({
  launchOptions: {
    executablePath: chromePath,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  },
});

const firefox = puppeteerLauncher({
  launchOptions: { browser: 'firefox', executablePath: firefoxPath, headless: true },
});

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  rootDir: '.',
  concurrency: 2,
  testFramework: { config: { timeout: 10000 } },
  testsFinishTimeout: 240000,
  browsers: [
    ...(wanted.includes('chromium') ? [chromium] : []),
    ...(wanted.includes('firefox') ? [firefox] : []),
  ],
  middleware: [testEndpoint(), mockEndpoint()],
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' })],
};

import type { StorybookConfig } from '@storybook/web-components-vite';
import type { Plugin } from 'vite';
import { katexCss } from './katex-css.js';

/**
 * package.json's `sideEffects` lists built files under dist/ only, so the bundler takes every
 * source module for free of side effects and drops `import '../src/define.js'`, the import that
 * registers the elements. Here that source counts as what it builds to (dist/define.js).
 */
function defineHasSideEffects(): Plugin {
  return {
    name: 'pith-define-side-effects',
    transform(code, id) {
      return id.endsWith('/src/define.ts') ? { code, moduleSideEffects: true } : null;
    },
  };
}

// Nothing here may reach the network: telemetry and update checks are off, and every story gets
// its data from demo/data through a fetch that never leaves the page.
process.env.STORYBOOK_DISABLE_TELEMETRY = '1';

const config: StorybookConfig = {
  framework: { name: '@storybook/web-components-vite', options: {} },
  stories: ['../stories/**/*.stories.ts'],
  // The listing's figures point at /demo/figures/…, as on the demo page.
  staticDirs: [{ from: '../demo/figures', to: '/demo/figures' }],
  core: {
    disableTelemetry: true,
    disableWhatsNewNotifications: true,
    enableCrashReports: false,
  },
  viteFinal(vite) {
    return {
      ...vite,
      plugins: [...(vite.plugins ?? []), katexCss(), defineHasSideEffects()],
      optimizeDeps: {
        ...vite.optimizeDeps,
        // Storybook's renderer imports this Lit module itself; pre-bundling it with ours keeps
        // one copy of Lit in dev.
        include: [...(vite.optimizeDeps?.include ?? []), 'lit/directive-helpers.js'],
      },
    };
  },
};

export default config;

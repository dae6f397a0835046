import type { StorybookConfig } from '@storybook/web-components-vite';
import { katexCss } from './katex-css.js';

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
  async viteFinal(vite) {
    return {
      ...vite,
      plugins: [...(vite.plugins ?? []), katexCss()],
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

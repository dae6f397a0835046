import { defaultClient } from '../client/client.js';
import type { PithConfig } from './config.js';
import { pageDefaults } from './defaults.js';

/**
 * The configuration an element uses when no `<pith-feed>` provides one:
 * the page-wide defaults and the shared client.
 */
export function standaloneConfig(): PithConfig {
  return { ...pageDefaults(), client: defaultClient };
}

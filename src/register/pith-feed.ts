/**
 * Registers `<pith-feed>`. A feed renders every other element, so this registers all five,
 * exactly as `pith-elements/define` does. Importing this module is its side effect.
 */
import '../define.js';

export { PithFeed } from '../pith-feed/pith-feed.js';
export type { PithErrorDetail, PithEventMap, PithLoadDetail, PithToggleDetail } from '../events.js';

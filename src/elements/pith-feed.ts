/**
 * The `<pith-feed>` class alone: importing this module registers nothing. Define it
 * yourself (under `pith-feed` or another name) or extend it; `pith-elements/pith-feed`
 * registers it instead.
 */
export { PithFeed } from '../pith-feed/pith-feed.js';
export type { PithErrorDetail, PithEventMap, PithLoadDetail, PithToggleDetail } from '../events.js';

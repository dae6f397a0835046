/**
 * The `<pith-feed>` class alone: importing this module registers nothing. Define it under
 * `pith-feed` (or extend it) yourself, or import `pith-elements/pith-feed` to have it registered.
 */
export { PithFeed } from '../pith-feed/pith-feed.js';
export type { PithErrorDetail, PithEventMap, PithLoadDetail, PithToggleDetail } from '../events.js';

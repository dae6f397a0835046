/**
 * The `<category-feed>` class alone: importing this module registers nothing. Define it under
 * `category-feed` (or extend it) yourself, or import `pith-elements/category-feed` to have it registered.
 */
export { CategoryFeed } from '../category-feed/category-feed.js';
export type { PithErrorDetail, PithEventMap, PithLoadDetail, PithToggleDetail } from '../events.js';

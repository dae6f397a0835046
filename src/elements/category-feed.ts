/**
 * The `<category-feed>` class alone: importing this module registers nothing. Define it
 * yourself (under `category-feed` or another name) or extend it; `pith-elements/category-feed`
 * registers it instead.
 */
export { CategoryFeed } from '../category-feed/category-feed.js';
export type { PithErrorDetail, PithEventMap, PithLoadDetail, PithToggleDetail } from '../events.js';

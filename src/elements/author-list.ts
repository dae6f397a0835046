/**
 * The `<author-list>` class alone: importing this module registers nothing. Define it under
 * `author-list` (or extend it) yourself, or import `pith-elements/author-list` to have it registered.
 */
export { AuthorList } from '../author-list/author-list.js';
export type { PithErrorDetail, PithEventMap, PithLoadDetail, PithToggleDetail } from '../events.js';

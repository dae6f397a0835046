/**
 * The `<author-list>` class alone: importing this module registers nothing. Define it
 * yourself (under `author-list` or another name) or extend it; `pith-elements/author-list`
 * registers it instead.
 */
export { AuthorList } from '../author-list/author-list.js';
export type { PithErrorDetail, PithEventMap, PithLoadDetail, PithToggleDetail } from '../events.js';

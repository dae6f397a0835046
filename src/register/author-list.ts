/** Registers `<author-list>`. Importing this module is its side effect. */
import { AuthorList } from '../author-list/author-list.js';
import { defineTags } from './define-tags.js';

defineTags([['author-list', AuthorList]]);

export { AuthorList };
export type { PithEventMap, PithToggleDetail } from '../events.js';

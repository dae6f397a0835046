/**
 * Registers `<category-feed>` and everything a list of cards renders: `<paper-card>`,
 * `<author-list>` and `<abstract-toggle>`. Importing this module is its side effect.
 */
import { AbstractToggle } from '../abstract-toggle/abstract-toggle.js';
import { AuthorList } from '../author-list/author-list.js';
import { CategoryFeed } from '../category-feed/category-feed.js';
import { PaperCard } from '../paper-card/paper-card.js';
import { attachContextRoot, defineTags } from './define-tags.js';

attachContextRoot();
defineTags([
  ['author-list', AuthorList],
  ['abstract-toggle', AbstractToggle],
  ['paper-card', PaperCard],
  ['category-feed', CategoryFeed],
]);

export { CategoryFeed };
export type { PithErrorDetail, PithEventMap, PithLoadDetail, PithToggleDetail } from '../events.js';

/**
 * Registers every element under its tag. Importing this module is its side
 * effect; the classes themselves register nothing.
 */
import { AbstractToggle } from './abstract-toggle/abstract-toggle.js';
import { AuthorList } from './author-list/author-list.js';
import { CategoryFeed } from './category-feed/category-feed.js';
import { PaperCard } from './paper-card/paper-card.js';
import { PithFeed } from './pith-feed/pith-feed.js';
import { attachContextRoot, defineTags } from './register/define-tags.js';

/**
 * Defines each tag that is still free. Tags already taken (by a second copy
 * of this library, or by another element) are left alone with one warning,
 * so a page that loads the library twice keeps working.
 */
export function defineElements(): void {
  defineTags([
    ['pith-feed', PithFeed],
    ['category-feed', CategoryFeed],
    ['paper-card', PaperCard],
    ['author-list', AuthorList],
    ['abstract-toggle', AbstractToggle],
  ]);
}

// A card that upgrades before its <pith-feed> asks for the configuration too
// early; the context root replays such requests once a feed appears.
attachContextRoot();
defineElements();

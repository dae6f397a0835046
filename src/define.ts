/**
 * Registers every element under its tag. Importing this module is the one
 * side effect of the library; the classes themselves register nothing.
 */
import { ContextRoot } from '@lit/context';
import { AbstractToggle } from './abstract-toggle/abstract-toggle.js';
import { AuthorList } from './author-list/author-list.js';
import { CategoryFeed } from './category-feed/category-feed.js';
import { PaperCard } from './paper-card/paper-card.js';
import { PithFeed } from './pith-feed/pith-feed.js';

const TAGS: ReadonlyArray<readonly [string, CustomElementConstructor]> = [
  ['pith-feed', PithFeed],
  ['category-feed', CategoryFeed],
  ['paper-card', PaperCard],
  ['author-list', AuthorList],
  ['abstract-toggle', AbstractToggle],
];

/**
 * Defines each tag that is still free. Tags already taken (by a second copy
 * of this library, or by another element) are left alone with one warning,
 * so a page that loads the library twice keeps working.
 */
export function defineElements(): void {
  const taken: string[] = [];
  for (const [tag, element] of TAGS) {
    const existing = customElements.get(tag);
    if (!existing) customElements.define(tag, element);
    else if (existing !== element) taken.push(tag);
  }

  if (taken.length) {
    const tags = taken.map((tag) => `<${tag}>`).join(', ');
    console.warn(`pith-elements: ${tags} already defined by another script (a second copy of the library?); keeping those definitions.`);
  }
}

// A card that upgrades before its <pith-feed> asks for the configuration
// too early; the context root replays such requests once a feed appears.
// One root per document, shared by every copy of the library.
const ROOT = Symbol.for('pith-elements/context-root');
function attachContextRoot(): void {
  const holder = document as Document & { [ROOT]?: ContextRoot };
  if (holder[ROOT]) return;
  holder[ROOT] = new ContextRoot();
  holder[ROOT].attach(document.documentElement);
}

attachContextRoot();
defineElements();

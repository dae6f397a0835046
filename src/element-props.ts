/**
 * Types shared by the framework typings (`pith-elements/jsx`, `pith-elements/vue`): which
 * properties a page may set on each element, read from the classes themselves so they never
 * drift from them.
 */
import type { LitElement } from 'lit';
import type { AbstractToggle } from './abstract-toggle/abstract-toggle.js';
import type { AuthorList } from './author-list/author-list.js';
import type { CategoryFeed } from './category-feed/category-feed.js';
import type { PaperCard } from './paper-card/paper-card.js';
import type { PithFeed } from './pith-feed/pith-feed.js';
import type { PithEventMap } from './events.js';

/**
 * The public fields an element adds to `LitElement`, all optional: its reactive properties
 * (`category`, `paper`, `items`, …). Methods are left out.
 */
export type PithElementProps<E extends LitElement> = {
  [
    K in Exclude<keyof E, keyof LitElement> as E[K] extends (...args: never[]) => unknown
      ? never
      : K
  ]?: E[K];
};

/** Every tag of the library and its class. */
export interface PithElementTags {
  'pith-feed': PithFeed;
  'category-feed': CategoryFeed;
  'paper-card': PaperCard;
  'author-list': AuthorList;
  'abstract-toggle': AbstractToggle;
}

/** A listener for one of the library's events. */
export type PithListener<K extends keyof PithEventMap> = (event: PithEventMap[K]) => void;

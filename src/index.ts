/**
 * pith-elements: web components for research-paper listings.
 *
 * Importing this entry registers every element (see `define.ts`). Import
 * `pith-elements/elements/<tag>` to get a class without registering it.
 * Source adapters (the arXiv Atom reader) are in `pith-elements/adapters`, so
 * pages that do not use them do not load them.
 */
export { AbstractToggle } from './abstract-toggle/abstract-toggle.js';
export { AuthorList } from './author-list/author-list.js';
export { CategoryFeed } from './category-feed/category-feed.js';
export { PaperCard } from './paper-card/paper-card.js';
export { PithFeed } from './pith-feed/pith-feed.js';
export { defineElements } from './define.js';

export {
  createClient,
  defaultClient,
  CLIENT_DEFAULTS,
  type ClientOptions,
} from './client/client.js';
export { PithError } from './client/types.js';
export type {
  ContractWarning,
  Loaded,
  PithClient,
  PithErrorKind,
  RequestOptions,
  SkippedItem,
} from './client/types.js';
export {
  validateListing,
  validatePaperReply,
  CONTRACT_LIMITS,
  safeUrl,
  type ValidateOptions,
  type Validated,
} from './contract/validate.js';
export type { SourceAdapter, SourceReply } from './contract/adapters/types.js';
export { pithConfigContext, type PithConfig } from './config/config.js';
export { setPithDefaults, fillTemplate, type PithDefaults } from './config/defaults.js';
export { DEFAULT_STRINGS, type PithStrings, type PithStringsInput } from './shared/strings.js';
export { TOKENS } from './shared/tokens.js';
export * from './contract/types.js';
export type { PithErrorDetail, PithLoadDetail, PithToggleDetail, PithEventMap } from './events.js';

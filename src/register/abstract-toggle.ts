/**
 * Registers `<abstract-toggle>`. Importing this module is its side effect; KaTeX still loads
 * only when an abstract with math is first opened.
 */
import { AbstractToggle } from '../abstract-toggle/abstract-toggle.js';
import { defineTags } from './define-tags.js';

defineTags([['abstract-toggle', AbstractToggle]]);

export { AbstractToggle };
export type { PithEventMap, PithToggleDetail } from '../events.js';

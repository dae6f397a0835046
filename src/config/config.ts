import { createContext } from '@lit/context';
import type { PithClient } from '../client/types.js';
import type { PithStringsInput } from '../shared/strings.js';

/** Settings shared by every element inside a `<pith-feed>` (or the page). */
export interface PithConfig {
  /** URL template for a category listing; `{category}` is replaced, URL-encoded. */
  listingEndpoint: string;
  /** URL template for one paper; `{id}` is replaced, URL-encoded. */
  paperEndpoint: string;
  /** BCP 47 language for dates; when absent, the nearest `lang` attribute. */
  locale?: string;
  /** KaTeX output: HTML with hidden MathML (default) or MathML alone. */
  mathOutput: 'htmlAndMathml' | 'mathml';
  /** Replacements for the elements' text, merged over the English defaults. */
  strings?: PithStringsInput;
  /**
   * URL template that turns each author name into a link; `{name}` is replaced, URL-encoded.
   * Only templates that give an http(s) URL are used.
   */
  authorUrl?: string;
  client: PithClient;
}

// Symbol.for, not Symbol: two copies of the library on one page still share
// one context key, so a card from one copy finds a feed from the other.
export const pithConfigContext = createContext<PithConfig>(Symbol.for('pith-elements/config'));

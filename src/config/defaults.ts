import type { PithConfig } from './config.js';

/** The settings a page may give once for every element on it. */
export type PithDefaults = Partial<Omit<PithConfig, 'client'>>;

/** Used when neither an element, its feed, nor the page says otherwise. */
export const BUILTIN_DEFAULTS: Required<
  Pick<PithConfig, 'listingEndpoint' | 'paperEndpoint' | 'mathOutput'>
> = {
  listingEndpoint: '/api/v1/categories/{category}.json',
  paperEndpoint: '/api/v1/papers/{id}.json',
  mathOutput: 'htmlAndMathml',
};

// Kept on globalThis under a registered symbol so that two copies of the
// library on one page read and write the same page-wide defaults.
const STORE = Symbol.for('pith-elements/defaults');
type Store = { [STORE]?: PithDefaults };

/**
 * Sets page-wide defaults, merged over earlier calls. Elements read them when
 * they next resolve their configuration (on connect or attribute change).
 */
export function setPithDefaults(defaults: PithDefaults): void {
  const store = globalThis as Store;
  store[STORE] = { ...store[STORE], ...defaults };
}

/** Page-wide defaults: `setPithDefaults()` over `<meta name="pith-…">` over built-ins. */
export function pageDefaults(): typeof BUILTIN_DEFAULTS & PithDefaults {
  return { ...BUILTIN_DEFAULTS, ...metaDefaults(), ...(globalThis as Store)[STORE] };
}

// The `<meta>` tags are read at most once per task: a feed of a thousand cards without a
// `<pith-feed>` asks for them once per card, in one task.
let metaCache: PithDefaults | undefined;

function metaDefaults(): PithDefaults {
  if (!metaCache) {
    metaCache = readMetaDefaults();
    setTimeout(() => (metaCache = undefined));
  }
  return metaCache;
}

function readMetaDefaults(): PithDefaults {
  if (typeof document === 'undefined') return {};
  const read = (name: string) =>
    document.querySelector<HTMLMetaElement>(`meta[name="${name}"]`)?.content || undefined;
  const found: PithDefaults = {
    listingEndpoint: read('pith-endpoint'),
    paperEndpoint: read('pith-paper-endpoint'),
    locale: read('pith-locale'),
  };
  return Object.fromEntries(Object.entries(found).filter(([, v]) => v !== undefined));
}

/**
 * Fills `{name}` placeholders in a URL template with URL-encoded values.
 * Unknown placeholders are left as they are, so a typo shows in the request.
 */
export function fillTemplate(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(values, name) ? encodeURIComponent(values[name]) : whole,
  );
}

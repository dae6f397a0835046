/**
 * The global design tokens: custom properties a page sets (on `:root`, on a container, or on an
 * element) to restyle every element at once. The library never declares these names itself; it
 * only reads them, so a value set anywhere above an element reaches it through inheritance. Each
 * element resolves them into private `--_…` properties with the defaults below, for the light or
 * the dark theme (see `tokens.styles.ts` and `docs/theming.md`).
 */
import { TOKEN_VALUES, type TokenName } from './token-values.js';

export interface Token {
  /** The public custom property. */
  name: string;
  /** The private property the elements' rules read. */
  local: string;
  light: string;
  /** Dark theme default; the light one when the token does not change with the theme. */
  dark: string;
  /** Compact density default, for spacing tokens. */
  compact?: string;
  description: string;
}

const DESCRIPTIONS: Record<TokenName, string> = {
  'color-text': 'Text.',
  'color-muted': 'Secondary text: meta line, authors, counters.',
  'color-background':
    'Behind the feed: its header, messages and the gaps between cards. `Canvas` is the ' +
    "browser's page colour for the element's scheme, so a light or dark feed stays legible " +
    'on any page; set `transparent` to let the page show through.',
  'color-surface': 'Card and dialog background.',
  'color-border': 'Card, button and thumbnail borders.',
  'color-accent': 'The score and the category id.',
  'color-link': 'Links and link-like buttons.',
  'color-focus': 'Focus ring.',
  'color-badge-background': 'Badge background.',
  'color-badge-text': 'Badge text.',
  'color-error': 'Error border and formulas that failed to typeset.',
  'color-error-background': 'Error message background.',
  'color-skeleton': 'Placeholder cards while loading.',
  'font-family': 'Text font.',
  'font-size': 'Base text size; every size inside is relative to it.',
  'line-height': 'Line height of running text.',
  'space-xs': 'Smallest gap (inside the meta line).',
  'space-s': 'Small gap (between lines of a card).',
  'space-m': 'Medium gap (between cards, sections of a card).',
  'space-l': 'Large gap (card padding).',
  radius: 'Corner radius of cards, buttons and dialogs.',
  'radius-small': 'Corner radius of thumbnails and small controls.',
};

/** Every global token, in the order `docs/theming.md` lists them. */
export const TOKENS: readonly Token[] = TOKEN_VALUES.map(
  ([name, light, dark = light, compact]: readonly [TokenName, string, string?, string?]) => ({
    name: `--pith-${name}`,
    local: `--_${name}`,
    light,
    dark,
    description: DESCRIPTIONS[name],
    compact,
  }),
);

/**
 * The global design tokens: custom properties a page sets (on `:root`, on a container, or on an
 * element) to restyle every element at once. The library never declares these names itself; it
 * only reads them, so a value set anywhere above an element reaches it through inheritance. Each
 * element resolves them into private `--_…` properties with the defaults below, for the light or
 * the dark theme (see `tokens.styles.ts` and `docs/theming.md`).
 */
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

const token = (
  name: string,
  light: string,
  dark: string,
  description: string,
  compact?: string,
): Token => ({ name: `--pith-${name}`, local: `--_${name}`, light, dark, description, compact });

const FONTS = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', sans-serif";

/** Every global token, in the order `docs/theming.md` lists them. */
export const TOKENS: readonly Token[] = [
  token('color-text', '#1f2328', '#e6edf3', 'Text.'),
  token('color-muted', '#59636e', '#9198a1', 'Secondary text: meta line, authors, counters.'),
  token(
    'color-background',
    'Canvas',
    'Canvas',
    'Behind the feed: its header, messages and the gaps between cards. `Canvas` is the ' +
      "browser's page colour for the element's scheme, so a light or dark feed stays legible " +
      'on any page; set `transparent` to let the page show through.',
  ),
  token('color-surface', '#ffffff', '#151b23', 'Card and dialog background.'),
  token('color-border', '#d1d9e0', '#3d444d', 'Card, button and thumbnail borders.'),
  token('color-accent', '#8250df', '#b487f5', 'The score and the category id.'),
  token('color-link', '#1a5fb4', '#6cb6ff', 'Links and link-like buttons.'),
  token('color-focus', '#1a5fb4', '#6cb6ff', 'Focus ring.'),
  token('color-badge-background', '#f1ecfc', '#2e2247', 'Badge background.'),
  token('color-badge-text', '#5e3aa8', '#d6c2fc', 'Badge text.'),
  token('color-error', '#cf222e', '#f47067', 'Error border and formulas that failed to typeset.'),
  token('color-error-background', '#fff5f5', '#2b1719', 'Error message background.'),
  token('color-skeleton', '#eef1f4', '#262c36', 'Placeholder cards while loading.'),
  token('font-family', FONTS, FONTS, 'Text font.'),
  token('font-size', '16px', '16px', 'Base text size; every size inside is relative to it.'),
  token('line-height', '1.5', '1.5', 'Line height of running text.'),
  token('space-xs', '0.25em', '0.25em', 'Smallest gap (inside the meta line).', '0.125em'),
  token('space-s', '0.5em', '0.5em', 'Small gap (between lines of a card).', '0.25em'),
  token('space-m', '0.75em', '0.75em', 'Medium gap (between cards, sections of a card).', '0.5em'),
  token('space-l', '1.25em', '1.25em', 'Large gap (card padding).', '0.75em'),
  token('radius', '8px', '8px', 'Corner radius of cards, buttons and dialogs.'),
  token('radius-small', '4px', '4px', 'Corner radius of thumbnails and small controls.'),
];

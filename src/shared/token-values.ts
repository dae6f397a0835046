/**
 * The defaults of the global tokens, which the elements' styles are built from
 * (`tokens.styles.ts`). Their descriptions live apart, in `tokens.ts`, so that the elements do
 * not carry the documentation. One entry per token, in the order `docs/theming.md` lists them:
 * the name without `--pith-`, the light default, the dark default when it differs, and the
 * compact default of a spacing token.
 */
export type TokenValues = readonly [name: string, light: string, dark?: string, compact?: string];

const FONTS = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', sans-serif";

export const TOKEN_VALUES = [
  ['color-text', '#1f2328', '#e6edf3'],
  ['color-muted', '#59636e', '#9198a1'],
  ['color-background', 'Canvas'],
  ['color-surface', '#ffffff', '#151b23'],
  ['color-border', '#d1d9e0', '#3d444d'],
  ['color-accent', '#8250df', '#b487f5'],
  ['color-link', '#1a5fb4', '#6cb6ff'],
  ['color-focus', '#1a5fb4', '#6cb6ff'],
  ['color-badge-background', '#f1ecfc', '#2e2247'],
  ['color-badge-text', '#5e3aa8', '#d6c2fc'],
  ['color-error', '#cf222e', '#f47067'],
  ['color-error-background', '#fff5f5', '#2b1719'],
  ['color-skeleton', '#eef1f4', '#262c36'],
  ['font-family', FONTS],
  ['font-size', '16px'],
  ['line-height', '1.5'],
  ['space-xs', '0.25em', undefined, '0.125em'],
  ['space-s', '0.5em', undefined, '0.25em'],
  ['space-m', '0.75em', undefined, '0.5em'],
  ['space-l', '1.25em', undefined, '0.75em'],
  ['radius', '8px'],
  ['radius-small', '4px'],
] as const satisfies readonly TokenValues[];

/** A token's name without `--pith-`. */
export type TokenName = (typeof TOKEN_VALUES)[number][0];

/**
 * Surroundings a page may give the elements: a dark page, a right-to-left page, a narrow column.
 * The elements are shown inside them as they are, without any change for the story.
 */
import { html, type TemplateResult } from 'lit';

/**
 * A dark page: `color-scheme: dark`, dark background and light text, and the `data-theme`
 * attribute sites commonly use for their own dark theme.
 */
export function dark(content: unknown): TemplateResult {
  return html`<div
    data-theme="dark"
    style="color-scheme: dark; background: #0d1117; color: #e6edf3; padding: 1rem"
  >
    ${content}
  </div>`;
}

/**
 * A dark page that also sets the elements' `--pith-color-*` tokens, the theming path the
 * elements offer today.
 */
export function darkTokens(content: unknown): TemplateResult {
  const tokens = [
    '--pith-color-text: #e6edf3',
    '--pith-color-muted: #9198a1',
    '--pith-color-surface: #161b22',
    '--pith-color-border: #3d444d',
    '--pith-color-link: #6cb6ff',
    '--pith-color-focus: #6cb6ff',
    '--pith-color-accent: #d2a8ff',
    '--pith-color-badge-background: #2e2147',
    '--pith-color-badge-text: #e2c5ff',
    '--pith-color-skeleton: #262c36',
    '--pith-color-error-border: #f85149',
    '--pith-color-error-background: #25171c',
    '--pith-tex-error-color: #ffa198',
  ];
  return dark(html`<div style=${tokens.join('; ')}>${content}</div>`);
}

/** A page in Arabic, written right to left. */
export function rtl(content: unknown): TemplateResult {
  return html`<div dir="rtl" lang="ar">${content}</div>`;
}

/** A 260 px column, as in a sidebar; the dashed outline shows its edge. */
export function narrow(content: unknown): TemplateResult {
  return html`<div style="inline-size: 260px; outline: 1px dashed #8c959f">${content}</div>`;
}

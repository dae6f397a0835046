import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { PithToggleDetail } from '../events.js';
import { tex, type MathOutput } from '../tex/front.js';
import { resolveStrings, type PithStringsInput } from '../shared/strings.js';
import { common, tokens } from '../shared/tokens.styles.js';
import { styles } from './abstract-toggle.styles.js';

/**
 * The abstract stays collapsed until the reader opens it; only then is its TeX typeset, so
 * KaTeX is not loaded for abstracts nobody reads. The button is a native `<button>`, so Enter
 * and Space work, and it tells assistive technology what it controls and whether it is open.
 *
 * @summary A button that shows and hides a paper's abstract, with its TeX typeset.
 *
 * @tagname abstract-toggle
 *
 * @csspart base - The wrapper around the button and the abstract.
 * @csspart button - The show/hide button.
 * @csspart abstract - The abstract text.
 * @csspart tex-error - A formula shown as its source because it could not be typeset, or the
 *   whole abstract if TeX support could not be loaded; its `title` says why.
 *
 * @cssproperty [--pith-abstract-button-color=var(--pith-color-link)] - Button text (light
 *   `#1a5fb4`, dark `#6cb6ff`).
 * @cssproperty [--pith-abstract-button-font-size=0.875em] - Button text size.
 * @cssproperty [--pith-abstract-font-size=0.95em] - Abstract text size.
 * @cssproperty [--pith-abstract-line-height=1.55] - Abstract line height.
 * @cssproperty [--pith-color-focus=#1a5fb4] - Focus ring colour (dark `#6cb6ff`).
 * @cssproperty [--pith-tex-error-color=var(--pith-color-error)] - Colour of formulas shown as
 *   source (light `#cf222e`, dark `#f47067`).
 *
 * @fires {CustomEvent<PithToggleDetail>} pith-toggle - The reader opened or closed the abstract.
 * @fires {CustomEvent<PithErrorDetail>} pith-error - TeX support could not be loaded for an
 *   abstract that needs it (kind `network`; once per failed load, however many texts wait).
 */
export class AbstractToggle extends LitElement {
  static override styles = [tokens, common, styles];
  static override shadowRootOptions = { ...LitElement.shadowRootOptions, delegatesFocus: true };

  /** The abstract as submitted, TeX included. */
  @property() abstract = '';

  /** Whether the abstract is shown. */
  @property({ type: Boolean, reflect: true }) open = false;

  /** KaTeX output: HTML with hidden MathML (default) or MathML alone. */
  @property({ attribute: 'math-output' }) mathOutput: MathOutput = 'htmlAndMathml';

  /** Text of the button while the abstract is hidden; `strings.showAbstract` when unset. */
  @property({ attribute: 'show-label' }) showLabel?: string;

  /** Text of the button while the abstract is shown; `strings.hideAbstract` when unset. */
  @property({ attribute: 'hide-label' }) hideLabel?: string;

  /** Replacements for the texts (`showAbstract`, `hideAbstract`), merged over the defaults. */
  @property({ attribute: false }) strings?: PithStringsInput;

  /** `light` or `dark` forces a theme; unset follows the reader's preference. */
  @property({ reflect: true }) theme?: 'light' | 'dark';

  /** `compact` tightens spacing. */
  @property({ reflect: true }) density?: 'compact';

  // Once typeset, the abstract stays in the DOM when closed, so reopening costs nothing.
  @state() private typeset = false;

  protected override willUpdate(changed: PropertyValues<this>) {
    if (changed.has('open') && this.open) this.typeset = true;
  }

  override render() {
    if (!String(this.abstract ?? '').trim()) return nothing;
    const strings = resolveStrings(this.strings);
    const label = this.open
      ? (this.hideLabel ?? strings.hideAbstract)
      : (this.showLabel ?? strings.showAbstract);
    return html`
      <div part="base" class="base">
        <button
          part="button"
          type="button"
          aria-expanded=${this.open ? 'true' : 'false'}
          aria-controls="abstract"
          @click=${this.toggle}
        >
          <span class="chevron" aria-hidden="true"></span>
          <span class="label">${label}</span>
        </button>
        <div part="abstract" id="abstract" class="abstract" dir="auto" ?hidden=${!this.open}>
          ${this.typeset ? tex(this.abstract, { output: this.mathOutput }) : nothing}
        </div>
      </div>
    `;
  }

  private toggle() {
    this.open = !this.open;
    const detail: PithToggleDetail = { open: this.open };
    this.dispatchEvent(new CustomEvent('pith-toggle', { detail, bubbles: true, composed: true }));
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'abstract-toggle': AbstractToggle;
  }
}

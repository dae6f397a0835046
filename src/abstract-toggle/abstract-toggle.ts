import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { PithToggleDetail } from '../events.js';
import { tex } from '../tex/directive.js';
import type { MathOutput } from '../tex/typeset.js';
import { styles } from './abstract-toggle.styles.js';

/**
 * @summary A button that shows and hides a paper's abstract, with its TeX typeset.
 *
 * The abstract stays collapsed until the reader opens it; only then is its TeX typeset, so
 * KaTeX is not loaded for abstracts nobody reads. The button is a native `<button>`, so Enter
 * and Space work, and it tells assistive technology what it controls and whether it is open.
 *
 * @csspart base - The wrapper around the button and the abstract.
 * @csspart button - The show/hide button.
 * @csspart abstract - The abstract text.
 * @csspart tex-error - A formula shown as its source because it could not be typeset; its
 *   `title` says why.
 *
 * @cssproperty [--pith-abstract-button-color=var(--pith-color-link, #1a5fb4)] - Button text.
 * @cssproperty [--pith-abstract-button-font-size=0.875em] - Button text size.
 * @cssproperty [--pith-abstract-font-size=0.95em] - Abstract text size.
 * @cssproperty [--pith-abstract-line-height=1.55] - Abstract line height.
 * @cssproperty [--pith-color-focus=#1a5fb4] - Focus ring colour.
 * @cssproperty [--pith-tex-error-color=#a3361f] - Colour of formulas shown as source.
 *
 * @fires pith-toggle - The reader opened or closed the abstract. Detail: `PithToggleDetail`.
 */
export class AbstractToggle extends LitElement {
  static override styles = styles;
  static override shadowRootOptions = { ...LitElement.shadowRootOptions, delegatesFocus: true };

  /** The abstract as submitted, TeX included. */
  @property() abstract = '';

  /** Whether the abstract is shown. */
  @property({ type: Boolean, reflect: true }) open = false;

  /** KaTeX output: HTML with hidden MathML (default) or MathML alone. */
  @property({ attribute: 'math-output' }) mathOutput: MathOutput = 'htmlAndMathml';

  /** Text of the button while the abstract is hidden. */
  @property({ attribute: 'show-label' }) showLabel = 'Show abstract';

  /** Text of the button while the abstract is shown. */
  @property({ attribute: 'hide-label' }) hideLabel = 'Hide abstract';

  // Once typeset, the abstract stays in the DOM when closed, so reopening costs nothing.
  @state() private typeset = false;

  protected override willUpdate(changed: PropertyValues<this>) {
    if (changed.has('open') && this.open) this.typeset = true;
  }

  override render() {
    if (!this.abstract.trim()) return nothing;
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
          <span class="label">${this.open ? this.hideLabel : this.showLabel}</span>
        </button>
        <div part="abstract" id="abstract" class="abstract" ?hidden=${!this.open}>
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

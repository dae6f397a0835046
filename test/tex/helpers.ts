/** Helpers for the tex tests: a host element with a shadow root, and what a reader sees. */
import { LitElement, html } from 'lit';
import { property } from 'lit/decorators.js';
import { fixture, waitUntil } from '@open-wc/testing';
import { tex } from '../../src/tex/directive.js';
import type { MathOutput } from '../../src/tex/typeset.js';

export {
  katexRequests,
  realListing,
  texModuleRequests,
  visibleText,
  type ListingItem,
} from './reading.js';

/** The smallest element that uses the directive, as any element of the library would. */
export class TexTestHost extends LitElement {
  @property() text = '';
  @property() output: MathOutput = 'htmlAndMathml';

  override render() {
    return html`<p>${tex(this.text, { output: this.output })}</p>`;
  }
}
if (!customElements.get('tex-test-host')) customElements.define('tex-test-host', TexTestHost);

declare global {
  interface HTMLElementTagNameMap {
    'tex-test-host': TexTestHost;
  }
}

/** Renders text in a host and waits until no formula is waiting for KaTeX. */
export async function renderTex(text: string, output?: MathOutput): Promise<ShadowRoot> {
  const host = await fixture<TexTestHost>(
    html`<tex-test-host .text=${text} .output=${output ?? 'htmlAndMathml'}></tex-test-host>`,
  );
  const root = host.shadowRoot!;
  await waitUntil(() => !root.querySelector('.tex-pending'), 'formulas still pending', {
    timeout: 20000,
  });
  return root;
}

/** A host element for the tex front, as the library's elements use it. */
import { LitElement, html, nothing } from 'lit';
import type { MathOutput, TexFunction } from '../../src/tex/front.js';

/** The smallest element rendering one text through a given `tex` function. */
export interface FrontHost extends LitElement {
  text: string;
  output: MathOutput;
  /** False renders nothing in place of the text, as a collapsed abstract does. */
  shown: boolean;
}

/** Defines `tag` as a host that renders `<p>${texFunction(text, { output })}</p>`. */
export function defineFrontHost(tag: string, texFunction: TexFunction): void {
  class Host extends LitElement implements FrontHost {
    static override properties = { text: {}, output: {}, shown: { type: Boolean } };
    text = '';
    output: MathOutput = 'htmlAndMathml';
    shown = true;

    override render() {
      return html`<p>${this.shown ? texFunction(this.text, { output: this.output }) : nothing}</p>`;
    }
  }
  if (!customElements.get(tag)) customElements.define(tag, Host);
}

/** Creates a host of `tag` showing `text`, attached to `parent`, after its first render. */
export async function frontHost(tag: string, text: string, parent: Node): Promise<FrontHost> {
  const host = document.createElement(tag) as FrontHost;
  host.text = text;
  parent.appendChild(host);
  await host.updateComplete;
  return host;
}

/** The host's paragraph, where the text renders. */
export const paragraph = (host: Element): HTMLElement => host.shadowRoot!.querySelector('p')!;

/** The paragraph's markup without Lit's comment markers, to compare what two hosts render. */
export const markup = (host: Element): string =>
  paragraph(host).innerHTML.replace(/<!--[\s\S]*?-->/g, '');

/** Helpers for the tex tests: a host element with a shadow root, and what a reader sees. */
import { LitElement, html } from 'lit';
import { property } from 'lit/decorators.js';
import { fixture, waitUntil } from '@open-wc/testing';
import { tex } from '../../src/tex/directive.js';
import type { MathOutput } from '../../src/tex/typeset.js';

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

/**
 * The text a reader sees: text nodes, following shadow roots, without the MathML copy KaTeX
 * hides for screen readers and without its TeX annotation.
 */
export function visibleText(root: Node): string {
  const parts: string[] = [];
  const walk = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) {
      parts.push(node.textContent ?? '');
      return;
    }
    if (node instanceof Element) {
      if (node.matches('.katex-mathml, annotation, style, script')) return;
      if (node.shadowRoot) walk(node.shadowRoot);
    }
    node.childNodes.forEach(walk);
  };
  walk(root);
  return parts.join('').replace(/\s+/g, ' ').trim();
}

/** One item of the committed listing the demo serves. */
export interface ListingItem {
  id: string;
  title: string;
  abstract?: string;
}

/** The committed real listing (32 cs.LG papers), as the test server serves it from the repo. */
export async function realListing(): Promise<ListingItem[]> {
  const reply = await fetch('/demo/data/listing-cs.LG.json');
  if (!reply.ok) throw new Error(`listing: HTTP ${reply.status}`);
  const listing = (await reply.json()) as { items: ListingItem[] };
  return listing.items;
}

/** Resource requests so far whose URL is KaTeX's code or stylesheet module. */
export function katexRequests(): string[] {
  return performance
    .getEntriesByType('resource')
    .map((entry) => entry.name)
    .filter((name) => /\/node_modules\/katex\/|\/src\/tex\/katex-css\./.test(name));
}

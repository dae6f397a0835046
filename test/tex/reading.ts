/**
 * What a reader sees and what a page loaded, for the tex and element tests. It imports nothing
 * of the TeX module, so a test page that uses it alone can tell whether that module was loaded.
 */

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
  headline?: string;
  takeaway?: string;
  abstract?: string;
  authors?: string[];
}

/** The committed real listing (32 cs.LG papers), as the test server serves it from the repo. */
export async function realListing(): Promise<ListingItem[]> {
  const reply = await fetch('/demo/data/listing-cs.LG.json');
  if (!reply.ok) throw new Error(`listing: HTTP ${reply.status}`);
  const listing = (await reply.json()) as { items: ListingItem[] };
  return listing.items;
}

const requested = (pattern: RegExp) =>
  performance
    .getEntriesByType('resource')
    .map((entry) => entry.name)
    .filter((name) => pattern.test(name));

/** Resource requests so far whose URL is KaTeX's code or stylesheet module. */
export function katexRequests(): string[] {
  return requested(/\/node_modules\/katex\/|\/src\/tex\/katex-css\./);
}

/**
 * Resource requests so far for the TeX module behind the core's front: `src/tex/directive.ts`
 * and the typesetter and budget that only it imports.
 */
export function texModuleRequests(): string[] {
  return requested(/\/src\/tex\/(?:directive|typeset|budget)\./);
}

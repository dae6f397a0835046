import { html as litHtml, type TemplateResult } from 'lit';

// Derived template strings, one per literal, so that Lit's own template cache (keyed by the
// strings' identity) still finds each template after its first use.
const compacted = new WeakMap<TemplateStringsArray, TemplateStringsArray>();

/**
 * Lit's `html`, without the white space that only indents the template: runs of white space
 * holding a line break between two tags, or between a tag and an expression in text content.
 * A card template otherwise clones a third of its nodes as empty text. Use it only where such
 * white space renders nothing (block, flex and grid content), never around inline elements.
 */
export function html(strings: TemplateStringsArray, ...values: unknown[]): TemplateResult {
  let compact = compacted.get(strings);
  if (!compact) {
    compact = compactStrings(strings);
    compacted.set(strings, compact);
  }
  return litHtml(compact, ...values);
}

function compactStrings(strings: TemplateStringsArray): TemplateStringsArray {
  let before = '';
  const pieces = strings.map((piece, i) => {
    const inText = i > 0 && before.lastIndexOf('>') > before.lastIndexOf('<');
    let out = piece.replace(/>\s*\n\s*</g, '><').replace(/>\s*\n\s*$/, '>');
    if (inText) out = out.replace(/^\s*\n\s*(?=<|$)/, '');
    before += `${piece}\u0000`;
    return out;
  });
  // Lit accepts only arrays that carry `raw`, as template literals do; these strings come from
  // the literal above them, never from data.
  return Object.freeze(Object.assign(pieces, { raw: pieces }));
}

/**
 * Registration shared by the per-element entries (`pith-elements/paper-card`, …). Calling
 * these is their side effect; this module has none of its own.
 */
import { ContextRoot } from '@lit/context';

/** A tag and the class to register under it. */
export type TagDefinition = readonly [tag: string, element: CustomElementConstructor];

// The same key as define.ts: one context root per document, whichever entry (or copy of the
// library) arrives first.
const ROOT = Symbol.for('pith-elements/context-root');

/**
 * Defines each tag that is still free and leaves a taken one alone, with one warning naming
 * it: a tag held by another copy of the library, or by another element, keeps its definition.
 */
export function defineTags(definitions: readonly TagDefinition[]): void {
  const taken: string[] = [];
  for (const [tag, element] of definitions) {
    const existing = customElements.get(tag);
    if (!existing) customElements.define(tag, element);
    else if (existing !== element) taken.push(tag);
  }

  if (taken.length) {
    const tags = taken.map((tag) => `<${tag}>`).join(', ');
    console.warn(
      `pith-elements: ${tags} already defined by another script ` +
        '(a second copy of the library?); keeping those definitions.',
    );
  }
}

/**
 * Attaches the document's context root, once, so a card that upgrades before its feed still
 * receives the feed's configuration. Only entries that register a context consumer need it.
 */
export function attachContextRoot(): void {
  const holder = document as Document & { [ROOT]?: ContextRoot };
  if (holder[ROOT]) return;
  holder[ROOT] = new ContextRoot();
  holder[ROOT].attach(document.documentElement);
}

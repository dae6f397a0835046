// Control+Home and Control+End of the feed pattern: focus the nearest focusable element before
// or after the feed. Loaded on the first such key press; most readers never press them.

const FOCUSABLE =
  'a[href], area[href], button, input:not([type="hidden"]), select, textarea, iframe, ' +
  'summary, [tabindex], [contenteditable]:not([contenteditable="false"])';

/**
 * Moves focus to the nearest element a reader could Tab to, before `feed` or after it, in the
 * order the page is shown (shadow roots and slots followed). Returns false, leaving focus where
 * it is, when there is none.
 */
export function leaveFeed(feed: Element, where: 'before' | 'after'): boolean {
  const before: HTMLElement[] = [];
  const after: HTMLElement[] = [];
  let inside = false;
  let passed = false;
  const visit = (element: Element) => {
    if (element === feed) {
      inside = true;
      return;
    }
    if (!inside && tabbable(element)) (passed ? after : before).push(element as HTMLElement);
  };
  const leave = (element: Element) => {
    if (element !== feed) return;
    inside = false;
    passed = true;
  };
  walk(feed.ownerDocument.documentElement, visit, leave);

  const target = where === 'before' ? before.at(-1) : after[0];
  target?.focus();
  return target !== undefined;
}

// The flat tree: a shadow host's shadow root stands for its children, and a slot for what is
// assigned to it (or its own content when nothing is).
function walk(element: Element, visit: (e: Element) => void, leave: (e: Element) => void) {
  visit(element);
  for (const child of childrenShown(element)) walk(child, visit, leave);
  leave(element);
}

function childrenShown(element: Element): Element[] {
  if (element.shadowRoot) return [...element.shadowRoot.children];
  if (element instanceof HTMLSlotElement) return element.assignedElements({ flatten: true });
  return [...element.children];
}

function tabbable(element: Element): boolean {
  if (!(element instanceof HTMLElement) || !element.matches(FOCUSABLE)) return false;
  if (element.tabIndex < 0 || element.matches(':disabled') || element.inert) return false;
  return element.getClientRects().length > 0;
}

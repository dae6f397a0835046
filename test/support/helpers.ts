/** Helpers shared by the element tests: reading what a reader would see. */
import { fixture, html, oneEvent } from '@open-wc/testing';
import type { PithFeed } from '../../src/pith-feed/pith-feed.js';
import type { PaperCard } from '../../src/paper-card/paper-card.js';

/**
 * The text a reader sees in an element, following shadow roots and slots,
 * without the hidden MathML copy KaTeX adds for screen readers.
 */
export function visibleText(root: Node): string {
  const parts: string[] = [];
  const walk = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) {
      parts.push(node.textContent ?? '');
      return;
    }
    if (!(
      node instanceof Element ||
      node instanceof ShadowRoot ||
      node instanceof DocumentFragment
    ))
      return;
    if (node instanceof Element) {
      if (node.matches('.katex-mathml, style, script, template, .visually-hidden')) return;
      if (node.shadowRoot) return walk(node.shadowRoot);
    }
    node.childNodes.forEach(walk);
  };
  walk(root);
  return parts.join('').replace(/\s+/g, ' ').trim();
}

/** The cards a feed shows, in order. */
export function cardsOf(feed: PithFeed): PaperCard[] {
  const list = feed.shadowRoot!.querySelector('category-feed');
  return [...(list?.shadowRoot?.querySelectorAll('paper-card') ?? [])];
}

/**
 * Mounts a `<pith-feed>` with the given attributes and waits until its first
 * page has rendered. The listener is attached before the element connects,
 * so a reply served from cache at once is not missed.
 */
export async function mountFeed(attributes: Record<string, string>): Promise<PithFeed> {
  const container = await fixture<HTMLDivElement>(html`<div></div>`);
  const feed = document.createElement('pith-feed');
  for (const [name, value] of Object.entries(attributes)) feed.setAttribute(name, value);
  const arrived = oneEvent(feed, 'pith-load');
  container.append(feed);
  await arrived;
  await settle(feed);
  return feed;
}

/** Waits for a feed's next `pith-load` and for its cards to render. */
export async function loaded(feed: PithFeed): Promise<void> {
  await oneEvent(feed, 'pith-load');
  await settle(feed);
}

/** Waits until an element and every Lit element below it have rendered. */
export async function settle(root: Element): Promise<void> {
  for (let round = 0; round < 5; round++) {
    const pending = [root, ...deepElements(root)]
      .map((el) => (el as Partial<{ updateComplete: Promise<unknown> }>).updateComplete)
      .filter((done) => done !== undefined);
    const changed = await Promise.all(pending);
    if (changed.every((done) => done === true)) return;
  }
}

function deepElements(root: Element): Element[] {
  const found: Element[] = [];
  const visit = (node: Element | ShadowRoot) => {
    for (const child of node.querySelectorAll('*')) {
      found.push(child);
      if (child.shadowRoot) visit(child.shadowRoot);
    }
  };
  if (root.shadowRoot) visit(root.shadowRoot);
  visit(root);
  return found;
}

/** The shadow-root part of `el` named `part`. */
export function part(el: Element, name: string): Element | null {
  return el.shadowRoot!.querySelector(`[part~="${name}"]`);
}

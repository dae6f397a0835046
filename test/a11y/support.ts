/** Helpers for the accessibility, keyboard, theming and i18n tests. */
import type { AxeResults, RunOptions } from 'axe-core';
import { fixture, html, oneEvent } from '@open-wc/testing';
import type { PithFeed } from '../../src/pith-feed/pith-feed.js';
import type { PaperCard } from '../../src/paper-card/paper-card.js';
import { cardsOf, settle } from '../support/helpers.js';

/** A small listing with everything a card can show: links, ids, known authors, figures. */
export const STATIC_LISTING = '/test/a11y/fixtures/listing.json';

type Axe = { run: (context: Element, options: RunOptions) => Promise<AxeResults> };

/**
 * axe-core, loaded once. Its browser build is a script that sets `window.axe`; importing it as
 * a module under the test runner's node resolution runs that script.
 */
export async function loadAxe(): Promise<Axe> {
  const holder = window as unknown as { axe?: Axe };
  if (!holder.axe) await import('axe-core/axe.min.js');
  return holder.axe!;
}

/** Runs axe on an element (shadow roots included) and returns its violations, readable. */
export async function axeViolations(element: Element): Promise<string[]> {
  const axe = await loadAxe();
  const results = await axe.run(element, { resultTypes: ['violations'] });
  return results.violations.map((violation) => {
    const where = violation.nodes.slice(0, 3).map((node) => JSON.stringify(node.target));
    return `${violation.id} (${violation.impact}): ${violation.help} at ${where.join(' ')}`;
  });
}

/** The element that has the focus, looking inside shadow roots. */
export function deepActiveElement(): Element | null {
  let active: Element | null = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** Mounts a feed on the static listing (or another source) and waits for its cards. */
export async function mountStaticFeed(
  attributes: Record<string, string> = {},
  setup?: (feed: PithFeed) => void,
): Promise<PithFeed> {
  const container = await fixture<HTMLDivElement>(html`<div style="max-width: 50em"></div>`);
  const feed = document.createElement('pith-feed');
  feed.setAttribute('src', STATIC_LISTING);
  for (const [name, value] of Object.entries(attributes)) feed.setAttribute(name, value);
  setup?.(feed);
  const arrived = oneEvent(feed, 'pith-load');
  container.append(feed);
  await arrived;
  await settle(feed);
  return feed;
}

/** The first card of a feed. */
export function firstCard(feed: PithFeed): PaperCard {
  return cardsOf(feed)[0];
}

/** An element inside a card's shadow root (or deeper, through `path`). */
export function inCard<T extends Element>(card: Element, selector: string): T {
  const found = card.shadowRoot!.querySelector<T>(selector);
  if (!found) throw new Error(`no ${selector} in ${card.localName}`);
  return found;
}

/** True in Firefox, for the few checks its WebDriver BiDi or engine cannot make. */
export const isFirefox = navigator.userAgent.includes('Firefox');

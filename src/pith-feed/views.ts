/** The parts of `<pith-feed>` around its list: header, placeholders, messages, links. */
import { html, nothing } from 'lit';
import type { ListingReply } from '../contract/types.js';
import { safeUrl } from '../contract/safe-url.js';
import { errorDetail } from '../events.js';
import type { PithStrings } from '../shared/strings.js';

/** How many placeholder cards hold the space while the first page loads. */
const SKELETON_CARDS = 3;

/** The category id (the reply's, else the one asked for), name and description. */
export function headerView(category: ListingReply['category'], asked: string | undefined) {
  const id = category?.id ?? asked;
  if (!id && !category) return nothing;

  return html`<header part="header">
    ${id ? html`<p part="category-id">${id}</p>` : nothing}
    ${category?.name ? html`<h2 part="category-name" dir="auto">${category.name}</h2>` : nothing}
    ${
      category?.description
        ? html`<p part="description" dir="auto">${category.description}</p>`
        : nothing
    }
  </header>`;
}

export function skeletonView(strings: PithStrings) {
  return html`<div class="skeletons" role="status">
    <span class="visually-hidden">${strings.loading}</span>
    ${Array.from({ length: SKELETON_CARDS }, () => html`<div part="skeleton" aria-hidden="true"></div>`)}
  </div>`;
}

export function errorView(error: unknown, strings: PithStrings, retry: () => void) {
  return html`<div part="error" role="alert">
    <p><strong>${strings.loadError}</strong> ${errorDetail(error).message}</p>
    <button part="retry" type="button" @click=${retry}>${strings.retry}</button>
  </div>`;
}

export function misconfiguredView(strings: PithStrings) {
  return html`<p part="error" role="alert">${strings.misconfigured}</p>`;
}

/** The listing's own links, those with an http(s) or relative URL. */
export function linksView(reply: ListingReply | undefined, strings: PithStrings) {
  const links = (reply?.links ?? []).flatMap((link) => {
    const href = safeUrl(link.href);
    return href ? [{ ...link, href }] : [];
  });
  if (!links.length) return nothing;

  return html`<nav part="links" aria-label=${strings.listingLinks}>
    <ul>
      ${links.map(
        (link) =>
          html`<li>
            <a href=${link.href} rel="noopener noreferrer" dir="auto">${link.label}</a>
          </li>`,
      )}
    </ul>
  </nav>`;
}

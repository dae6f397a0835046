import { safeUrl } from '../contract/safe-url.js';

/**
 * The link for one author name from a URL template with `{name}`, or undefined when there is no
 * template or the result is not an http(s) URL (relative URLs resolve against the page). The
 * name is URL-encoded, so no name can change where the link goes beyond its own query value.
 */
export function authorHref(template: string | undefined, name: string): string | undefined {
  if (!template || !template.includes('{name}')) return undefined;
  const filled = template.replaceAll('{name}', encodeURIComponent(name));
  return safeUrl(filled, document.baseURI);
}

/** True when a click should follow the link the usual way (a new tab, a download, …). */
export function isModifiedClick(event: MouseEvent): boolean {
  return event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey;
}

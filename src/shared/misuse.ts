/**
 * Warnings for pages that misuse an element: once per element kind and
 * cause, naming the element, and never on normal paths.
 */

const warned = new Set<string>();

/** Logs `message` once for this tag and cause. */
export function warnOnce(element: Element, cause: string, message: string): void {
  const key = `${element.localName} ${cause}`;
  if (warned.has(key)) return;
  warned.add(key);
  console.warn(`pith-elements <${element.localName}>: ${message}`);
}

/**
 * An attribute value that is really a stringified object (a framework that
 * set an attribute where it meant a property) is treated as unset, with a
 * warning, rather than fetched as `…/[object Object].json`.
 */
export function usableAttribute(
  element: Element,
  name: string,
  value: string | undefined,
): string | undefined {
  if (value === undefined || !/^\[object \w+\]$/.test(value.trim())) return value;
  const advice = 'set the property with an object, or the attribute with a string. Ignoring it.';
  warnOnce(element, `object-attribute:${name}`, `"${name}" was given ${value}; ${advice}`);
  return undefined;
}

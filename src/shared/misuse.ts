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
  value: string | null | undefined,
): string | undefined {
  // A removed attribute leaves null in its property.
  if (value === undefined || value === null) return undefined;
  if (!/^\[object \w+\]$/.test(value.trim())) return value;
  const advice = 'set the property with an object, or the attribute with a string. Ignoring it.';
  warnOnce(element, `object-attribute:${name}`, `"${name}" was given ${value}; ${advice}`);
  return undefined;
}

/**
 * A numeric attribute that did not parse (`limit="abc"` gives NaN) or is out
 * of range is treated as unset, with a warning, rather than emptying the list.
 */
export function usableNumber(
  element: Element,
  name: string,
  value: number | undefined,
  min = -Infinity,
): number | undefined {
  if (value === undefined || value === null || (Number.isFinite(value) && value >= min)) {
    return value ?? undefined;
  }
  warnOnce(
    element,
    `number-attribute:${name}`,
    `"${name}" must be a number of at least ${min}; ignoring ${String(value)}.`,
  );
  return undefined;
}

/** Small formatting helpers shared by the elements. */

/** "1 theorem", "3 theorems". */
export function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

/**
 * Formats a `YYYY-MM-DD` date for people, in the given language. The date is
 * read and printed in UTC so that no reader's time zone moves it a day.
 */
export function formatDate(date: string, locale: string | undefined): string {
  const parsed = new Date(`${date}T00:00:00Z`);
  if (Number.isNaN(parsed.getTime())) return date;
  try {
    return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(parsed);
  } catch {
    // An invalid language tag from the page: fall back to the browser's.
    const fallback = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeZone: 'UTC' });
    return fallback.format(parsed);
  }
}

/** The `lang` of the nearest ancestor that has one, crossing shadow roots. */
export function nearestLang(from: Element): string | undefined {
  let node: Node | null = from;
  while (node) {
    if (node instanceof Element && node.hasAttribute('lang')) {
      return node.getAttribute('lang') || undefined;
    }
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return undefined;
}

/**
 * A field as text, or undefined when it is neither a string nor a finite number. Papers handed
 * to an element directly skip validation, and an object there (one shaped like a Lit template
 * result, say) must cost only its own field, never reach the template as a value.
 */
export function asText(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return undefined;
}

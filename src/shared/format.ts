/** Small formatting helpers shared by the elements. */

/**
 * Formats a `YYYY-MM-DD` date for people, in the given language. The date is
 * read and printed in UTC so that no reader's time zone moves it a day.
 */
export function formatDate(date: string, locale: string | undefined): string {
  const parsed = new Date(`${date}T00:00:00Z`);
  if (Number.isNaN(parsed.getTime())) return date;
  return dateFormatter(locale).format(parsed);
}

// Building a formatter costs about a hundred times more than using one, and a listing formats
// one date per card in the same language.
const formatters = new Map<string, Intl.DateTimeFormat>();

function dateFormatter(locale: string | undefined): Intl.DateTimeFormat {
  const key = locale ?? '';
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = newDateFormatter(locale);
    if (formatters.size >= 32) formatters.clear();
    formatters.set(key, formatter);
  }
  return formatter;
}

function newDateFormatter(locale: string | undefined): Intl.DateTimeFormat {
  const options: Intl.DateTimeFormatOptions = { dateStyle: 'medium', timeZone: 'UTC' };
  try {
    return new Intl.DateTimeFormat(locale, options);
  } catch {
    // An invalid language tag from the page: fall back to the browser's.
    return new Intl.DateTimeFormat(undefined, options);
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

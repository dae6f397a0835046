import { CONTRACT_LIMITS } from './limits.js';

// Browsers strip leading C0 controls and spaces from a URL and delete tabs and
// newlines anywhere in it, so `java\tscript:` runs as `javascript:`. A URL that
// needs any of these characters is refused outright rather than repaired.
// Invisible formatting characters (zero-width, bidi overrides, BOM) are
// refused too: they make a URL read differently from where it goes.
const REFUSED_CHARACTERS =
  // eslint-disable-next-line no-control-regex -- control characters are what it looks for
  /[\s\u0000-\u001f\u007f-\u009f\\\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff]/;

const SCHEME = /^([a-z][a-z\d+.-]*):/i;

// Where relative URLs are resolved when the caller gives no base; the host is
// reserved (RFC 2606), so nothing is ever fetched from it.
const PLACEHOLDER_BASE = 'https://relative.invalid/';

/**
 * Returns `raw` if it is safe to put in an `href` or `src`: an `http:` or
 * `https:` URL, or a relative one. Anything else (another scheme such as
 * `javascript:` or `data:`, control or invisible characters, a backslash,
 * an unparseable or over-long URL) gives `undefined`.
 *
 * With `base`, a relative URL is returned resolved against it, so the result
 * no longer depends on the page that renders it.
 */
export function safeUrl(raw: unknown, base?: string): string | undefined {
  if (base === undefined && typeof raw === 'string' && isPlainUrl(raw)) return raw;
  return checkedUrl(raw, base);
}

// Cards check several URLs each on every render. Most are plain: printable ASCII with no
// backslash, and either `http(s)://` with a host made of letter-digit-hyphen labels, the last
// one starting with a letter (so never read as an IP address), no user info and a port of at
// most four digits, or a root-relative path. The URL parser accepts every such string, so the
// full check would return it unchanged; others take the full check.
const PLAIN_URL =
  /^(?:https?:\/\/(?:(?!xn--)[a-z\d-]+\.)*(?!xn--)[a-z][a-z\d-]*(?::\d{1,4})?(?:[/?#][!-[\]-~]*)?|\/(?![/\\])[!-[\]-~]*)$/i;

/**
 * Whether `raw` takes the fast path of `safeUrl`, where it is accepted as it is; exported for
 * the test that compares it with the full check.
 */
export function isPlainUrl(raw: string): boolean {
  return raw.length <= CONTRACT_LIMITS.url && PLAIN_URL.test(raw);
}

/** `safeUrl` without its fast path: every check, and the URL parser. */
export function checkedUrl(raw: unknown, base?: string): string | undefined {
  if (typeof raw !== 'string' || raw === '' || raw.length > CONTRACT_LIMITS.url) return undefined;
  if (REFUSED_CHARACTERS.test(raw)) return undefined;

  const scheme = SCHEME.exec(raw)?.[1]?.toLowerCase();
  if (scheme !== undefined && scheme !== 'http' && scheme !== 'https') return undefined;

  const resolved = parse(raw, base ?? PLACEHOLDER_BASE);
  if (!resolved || (resolved.protocol !== 'http:' && resolved.protocol !== 'https:')) {
    return undefined;
  }
  if (resolved.hostname === '') return undefined;
  return base === undefined ? raw : resolved.href;
}

function parse(raw: string, base: string): URL | undefined {
  try {
    return new URL(raw, base);
  } catch {
    return undefined;
  }
}

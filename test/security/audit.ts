/**
 * Tools for the security suite: a trap that notices any script a payload manages to run, a walk
 * over every shadow root, and a check of what the rendered DOM may contain.
 */
import { aTimeout, waitUntil } from '@open-wc/testing';
import { settle } from '../support/helpers.js';

type Recorder = (...args: unknown[]) => void;

declare global {
  interface Window {
    __pwned?: Recorder;
  }
}

/** What the trap saw: payload calls, CSP reports, uncaught errors. */
export interface TrapRecord {
  calls: string[];
  violations: string[];
  errors: string[];
}

/**
 * Installs `window.__pwned` (and `alert`, `confirm`, `prompt`, the usual proof-of-concept calls)
 * as recorders, and listens for CSP violations and uncaught errors. Returns the record and a
 * function that removes everything again.
 */
export function installTrap(): { record: TrapRecord; remove: () => void } {
  const record: TrapRecord = { calls: [], violations: [], errors: [] };
  // Kept as they are, unbound, to be put back exactly as found.
  // eslint-disable-next-line @typescript-eslint/unbound-method
  const saved = { alert: window.alert, confirm: window.confirm, prompt: window.prompt };
  const recorder =
    (name: string): Recorder =>
    (...args) => {
      record.calls.push(`${name}(${args.map(String).join(', ')})`);
    };
  window.__pwned = recorder('__pwned');
  for (const name of ['alert', 'confirm', 'prompt'] as const) {
    Object.assign(window, { [name]: recorder(name) });
  }

  const onViolation = (event: SecurityPolicyViolationEvent) =>
    record.violations.push(`${event.violatedDirective}: ${event.blockedURI} ${event.sample}`);
  const onError = (event: ErrorEvent) => record.errors.push(String(event.message));
  const onRejection = (event: PromiseRejectionEvent) => record.errors.push(String(event.reason));
  document.addEventListener('securitypolicyviolation', onViolation, true);
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);

  const remove = () => {
    delete window.__pwned;
    Object.assign(window, saved);
    document.removeEventListener('securitypolicyviolation', onViolation, true);
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
  };
  return { record, remove };
}

const HIDDEN_FROM_READERS = '.katex-mathml, annotation, style, script, template, .visually-hidden';

/**
 * The text a reader sees, as `visibleText` in test/support/helpers.ts reads it, but also without
 * the TeX source KaTeX keeps in MathML `<annotation>`, which is never displayed; with MathML
 * output, `visibleText` would count it. KaTeX prints `'` as a typographic `’` in text-mode
 * formulas, which counts as the same character here.
 */
export function readerText(root: Node): string {
  const parts: string[] = [];
  const walk = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) {
      parts.push(node.textContent ?? '');
      return;
    }
    if (node instanceof Element) {
      if (node.matches(HIDDEN_FROM_READERS)) return;
      if (node.shadowRoot) return walk(node.shadowRoot);
    }
    node.childNodes.forEach(walk);
  };
  walk(root);
  return parts
    .join('')
    .replace(/\u2019/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
}

/** Every element below `root`, in its light DOM and in every shadow root, depth first. */
export function deepElements(root: Element): Element[] {
  const found: Element[] = [];
  const visit = (node: Element | ShadowRoot) => {
    for (const child of node.children) {
      found.push(child);
      if (child.shadowRoot) visit(child.shadowRoot);
      visit(child);
    }
  };
  if (root.shadowRoot) visit(root.shadowRoot);
  visit(root);
  return found;
}

/** Elements below `root`, across shadow roots, that match `selector`. */
export function deepQuery<T extends Element = Element>(root: Element, selector: string): T[] {
  return deepElements(root).filter((el): el is T => el.matches(selector));
}

/**
 * Opens every abstract and expands every author list below `root`, as a reader clicking each
 * button would, then waits until no text is still waiting for the TeX module or KaTeX.
 */
export async function openEverything(root: Element): Promise<void> {
  for (const host of deepQuery(root, 'author-list, abstract-toggle')) {
    const button = host.shadowRoot?.querySelector<HTMLButtonElement>(
      'button[part~="more"], button[part~="button"]',
    );
    if (button?.getAttribute('aria-expanded') === 'false') button.click();
  }
  await settle(root);
  const typeset = () => deepQuery(root, '.tex-loading, .tex-pending').length === 0;
  await waitUntil(typeset, 'texts still wait for the TeX module or KaTeX', {
    timeout: 20000,
    interval: 100,
  });
  await settle(root);
}

/** Scrolls each figure into view so that its lazy image loads (or fails), then waits. */
export async function loadImages(root: Element, waitMs: number): Promise<void> {
  for (const figure of deepQuery(root, 'figure')) figure.scrollIntoView({ block: 'nearest' });
  await aTimeout(waitMs);
  window.scrollTo(0, 0);
}

// Characters a browser deletes or strips from a URL attribute before reading it: the C0 and C1
// controls (\p{Cc}: U+0000-U+001F, U+007F-U+009F) and the space.
const URL_NOISE = /[\p{Cc} ]/u;
const SCHEME = /^([a-z][a-z\d+.-]*):/i;

/** True for an `href`/`src` that can only go to an http(s) address. */
export function isWebUrl(raw: string): boolean {
  if (raw === '' || URL_NOISE.test(raw)) return false;
  const scheme = SCHEME.exec(raw)?.[1].toLowerCase();
  if (scheme !== undefined) return scheme === 'http' || scheme === 'https';
  try {
    const protocol = new URL(raw, document.baseURI).protocol;
    return protocol === 'http:' || protocol === 'https:';
  } catch {
    return false;
  }
}

// Nothing in the library renders these; each could run script, load content or submit.
const FORBIDDEN_TAGS = new Set([
  'script',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'applet',
  'meta',
  'base',
  'link',
  'form',
  'input',
  'textarea',
  'select',
  'details',
  'noscript',
  'style',
  'template',
  'animate',
  'set',
  'foreignobject',
  'use',
  'image',
]);

const ACTIVE_ATTRIBUTES = new Set([
  'srcdoc',
  'formaction',
  'action',
  'xlink:href',
  'autofocus',
  'data',
  'background',
]);

// Attributes that may carry a payload's text: text alternatives, accessible names, tooltips,
// dates, and the URL attributes, which are checked on their own.
const TEXT_ATTRIBUTES = new Set([
  'alt',
  'aria-label',
  'aria-description',
  'title',
  'datetime',
  'href',
  'src',
]);

// Where the library puts images: the figure thumbnail, and images it names with a part (the
// full-size figure). An image anywhere else came from a payload.
const IMAGE_PLACES = 'figure[part~="figure"] > img, img[part]';

const STYLE_DANGER = /url\s*\(|javascript|expression\s*\(|@import|behavior|pwned/i;

/**
 * Everything in the shadow roots below `root` that should not be there, one line per finding:
 * tags no element of the library renders, images outside a figure, event-handler and other
 * active attributes, unsafe links, links without `rel="noopener noreferrer"`, inline styles
 * outside KaTeX's own output, and payload text in any attribute but a text one.
 */
export function audit(root: Element): string[] {
  const rendered = deepElements(root).filter((el) => el.getRootNode() instanceof ShadowRoot);
  return rendered.flatMap((el) => auditElement(el));
}

function auditElement(el: Element): string[] {
  const problems: string[] = [];
  const tag = el.localName.toLowerCase();
  const where = describe(el);
  const inKatex = el.closest('.katex') !== null;

  if (FORBIDDEN_TAGS.has(tag)) problems.push(`<${tag}> rendered at ${where}`);
  if ((tag === 'svg' || tag === 'math') && !inKatex) {
    problems.push(`<${tag}> outside KaTeX at ${where}`);
  }
  if (tag === 'img' && !el.matches(IMAGE_PLACES)) problems.push(`<img> out of place at ${where}`);
  if (tag === 'a') problems.push(...auditLink(el, where));

  for (const name of el.getAttributeNames()) {
    const value = el.getAttribute(name) ?? '';
    problems.push(...auditAttribute(tag, name.toLowerCase(), value, inKatex, where));
  }
  return problems;
}

function auditLink(el: Element, where: string): string[] {
  const href = el.getAttribute('href');
  if (href === null) return [`<a> without href at ${where}`];
  const rel = (el.getAttribute('rel') ?? '').split(/\s+/);
  if (rel.includes('noopener') && rel.includes('noreferrer')) return [];
  return [`<a href="${href}"> has rel="${el.getAttribute('rel')}" at ${where}`];
}

function auditAttribute(
  tag: string,
  name: string,
  value: string,
  inKatex: boolean,
  where: string,
): string[] {
  const found = (what: string) => [`${what} ${name}="${value}" on <${tag}> at ${where}`];
  if (name.startsWith('on')) return found('event handler');
  if (ACTIVE_ATTRIBUTES.has(name)) return found('active attribute');
  if (name.startsWith('data-')) return found('data attribute');
  if (name === 'href' && tag !== 'a') return found('href outside a link');
  if (name === 'src' && tag !== 'img') return found('src outside an image');
  if ((name === 'href' || name === 'src') && !isWebUrl(value)) return found('unsafe URL');
  if (name === 'style' && !inKatex) return found('inline style outside KaTeX');
  if (name === 'style' && STYLE_DANGER.test(value)) return found('dangerous style');
  if (/pwned/i.test(value) && !TEXT_ATTRIBUTES.has(name)) return found('payload text in');
  return [];
}

/** A short path to an element for messages: host tags and the element's part or class. */
function describe(el: Element): string {
  const chain: string[] = [];
  let node: Node | null = el;
  while (node && chain.length < 6) {
    if (node instanceof Element) {
      const label = node.getAttribute('part') ?? node.getAttribute('class');
      chain.unshift(label ? `${node.localName}[${label}]` : node.localName);
      node = node.parentNode;
    } else if (node instanceof ShadowRoot) {
      chain.unshift('#shadow');
      node = node.host;
    } else break;
  }
  return chain.join(' > ');
}

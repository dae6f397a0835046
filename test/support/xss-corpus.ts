/**
 * Hostile endpoint data: strings written to run script, break out of markup or smuggle links,
 * and the listing and papers built from them.
 *
 * Every payload would call `window.__pwned('<payload>/<field>')` if it ever ran, so a trap on the
 * page names both the payload and the field it came in through. `%ID%` in a payload is replaced
 * by that name. Invisible and control characters are written as escapes here and in the JSON
 * file, so the sources read as they are.
 *
 * `test/fixtures/hostile/listing.json` is `hostileListingJson()` written to disk; the security
 * test fails when the two differ. Regenerate it with:
 *
 * ```sh
 * npx esbuild test/support/xss-corpus.ts --format=esm --outfile=/tmp/xss-corpus.mjs \
 *   && node -e "import('/tmp/xss-corpus.mjs')
 *        .then((m) => process.stdout.write(m.hostileListingJson()))" \
 *   > test/fixtures/hostile/listing.json
 * ```
 */
import type { Paper } from '../../src/contract/types.js';

/** Text meant to become markup or script wherever it is shown. */
export interface TextPayload {
  id: string;
  /** The payload; `%ID%` becomes `<id>/<field>`. */
  text: string;
  /**
   * What a reader sees where the text is read as TeX (title, headline, takeaway, abstract),
   * when TeX changes it: `--` is a dash, braces group, a formula shows typeset or as source.
   */
  tex?: string;
}

/** A URL meant to run script or leave the page when it lands in an `href` or `src`. */
export interface UrlPayload {
  id: string;
  url: string;
  /** A URL that must never reach an `href` or `src`; the others are odd but harmless. */
  refused: boolean;
}

/** Where the fixture directory is served from by the test runner (it serves the repo root). */
export const HOSTILE_BASE = '/test/fixtures/hostile/';

/** A harmless same-origin image with script inside, which an `<img>` never runs. */
export const SCRIPTED_SVG = `${HOSTILE_BASE}scripted.svg`;

const text = (id: string, payload: string, tex?: string): TextPayload =>
  tex === undefined ? { id, text: payload } : { id, text: payload, tex };

/** Markup, breakouts, lookalikes and Unicode tricks; each goes into every text field. */
export const TEXT_PAYLOADS: readonly TextPayload[] = [
  text('script', `<script>__pwned('%ID%')</script>`),
  text('script-case', `<ScRiPt>__pwned('%ID%')</sCrIpT>`),
  text('script-src', `<script src="data:text/javascript,__pwned('%ID%')"></script>`),
  text('img-onerror', `<img src=x onerror="__pwned('%ID%')">`),
  text('img-case', `<IMG SRC=x OnErRoR=__pwned('%ID%')>`),
  text('img-slashes', `<img/src="x"/onerror=__pwned('%ID%')>`),
  text('svg-onload', `<svg onload="__pwned('%ID%')"><circle r="1"/></svg>`),
  text('svg-script', `<svg><script>__pwned('%ID%')</script></svg>`),
  text('svg-animate', `<svg><animate onbegin="__pwned('%ID%')" attributeName="x" dur="1s"/></svg>`),
  text('mathml-href', `<math><mtext href="javascript:__pwned('%ID%')">x</mtext></math>`),
  text('iframe-srcdoc', `<iframe srcdoc="<script>parent.__pwned('%ID%')</script>"></iframe>`),
  text('iframe-js', `<iframe src="javascript:parent.__pwned('%ID%')"></iframe>`),
  text('object', `<object data="data:text/html,<script>parent.__pwned('%ID%')</script>"></object>`),
  text('embed', `<embed src="javascript:__pwned('%ID%')">`),
  text('a-js', `<a href="javascript:__pwned('%ID%')">click me</a>`),
  text('a-entity', `<a href="&#106;avascript&#58;__pwned('%ID%')">click</a>`),
  text('formaction', `<form><button formaction="javascript:__pwned('%ID%')">go</button></form>`),
  text('details', `<details open ontoggle="__pwned('%ID%')">x</details>`),
  text('meta-refresh', `<meta http-equiv="refresh" content="0;url=javascript:__pwned('%ID%')">`),
  text('base-href', `<base href="javascript:__pwned('%ID%')//">`),
  text(
    'style-tag',
    `<style>*{background:url("javascript:__pwned('%ID%')")}</style>`,
    `<style>*background:url("javascript:__pwned('%ID%')")</style>`,
  ),
  text('style-attr', `<b style="background-image:url(javascript:__pwned('%ID%'))">x</b>`),
  text('attr-double', `" onmouseover="__pwned('%ID%')" autofocus onfocus="__pwned('%ID%')" x="`),
  text('attr-single', `' onmouseover='__pwned("%ID%")' x='`),
  text('attr-backtick', "` onmouseover=`__pwned('%ID%')` x=`"),
  text('attr-tag', `"><img src=x onerror=__pwned('%ID%')>`),
  text('style-breakout', `</style><img src=x onerror=__pwned('%ID%')>`),
  text('textarea-breakout', `</textarea><script>__pwned('%ID%')</script>`),
  text('title-breakout', `</title><svg/onload=__pwned('%ID%')>`),
  text('noscript-breakout', `<noscript><p title="</noscript><img src=x onerror=__pwned('%ID%')>">`),
  text(
    'comment-breakout',
    `--><img src=x onerror=__pwned('%ID%')><!--`,
    `\u2013><img src=x onerror=__pwned('%ID%')><!\u2013`,
  ),
  text('cdata', `<![CDATA[<script>__pwned('%ID%')</script>]]>`),
  text(
    'entities',
    `&lt;img src=x onerror=__pwned('%ID%')&gt; &#60;script&#62;__pwned('%ID%')&#60;/script&#62;`,
  ),
  text('template-literal', `\${__pwned('%ID%')}`, `$__pwned('%ID%')`),
  text(
    'mustache',
    `{{constructor.constructor('__pwned("%ID%")')()}}`,
    `constructor.constructor('__pwned("%ID%")')()`,
  ),
  text(
    'lit-markers',
    `$lit$ lit$123456789$ <?lit$123456789$><img src=x onerror=__pwned('%ID%')>`,
    `lit lit123456789 <?lit123456789><img src=x onerror=__pwned('%ID%')>`,
  ),
  text(
    'lit-comment',
    `<!--?lit$123456789$--><img src=x onerror=__pwned('%ID%')>`,
    `<!\u2013?lit123456789\u2013><img src=x onerror=__pwned('%ID%')>`,
  ),
  text('bidi-override', `\u202e<img src=x onerror=__pwned('%ID%')>gpj.exe\u202c`),
  text('bidi-isolate', `\u2067<script>__pwned('%ID%')</script>\u2069`),
  text('zero-width', `<scr\u200bipt>__pwned('%ID%')</scr\u200bipt>`),
  text('nul', `<img src=x o\u0000nerror=__pwned('%ID%')>`),
  text('js-text', `javascript:__pwned('%ID%')`),
  // In TeX, `\u` is the breve accent.
  text(
    'js-escapes',
    `\\u003cimg src=x onerror=__pwned('%ID%')\\u003e`,
    `0\u030603cimg src=x onerror=__pwned('%ID%')0\u030603e`,
  ),
  text('hex-escapes', `\\x3cimg src=x onerror=__pwned('%ID%')\\x3e`),
  // TeX: text-mode commands the decoder reads, and formulas KaTeX typesets with `trust: false`.
  text('tex-math-img', `$<img src=x onerror=__pwned('%ID%')>$`),
  text('tex-href', `\\href{javascript:__pwned('%ID%')}{click}`),
  // KaTeX shows a command it does not trust as its name in the error colour, without arguments.
  text('tex-href-math', `$\\href{javascript:__pwned('%ID%')}{x}$`, '\\href'),
  text('tex-href-display', `$$\\href{javascript:__pwned('%ID%')}{x}$$`, '\\href'),
  text('tex-url', `\\url{javascript:__pwned('%ID%')}`, `javascript:__pwned('%ID%')`),
  text('tex-url-math', `\\(\\url{javascript:__pwned('%ID%')}\\)`, '\\url'),
  text('tex-htmldata', `$\\htmlData{pwned=__pwned('%ID%')}{x}$`, '\\htmlData'),
  text('tex-htmlclass', `$\\htmlClass{pwned" onclick="__pwned('%ID%')}{x}$`, '\\htmlClass'),
  text('tex-htmlid', `$\\htmlId{pwned" onclick="__pwned('%ID%')}{x}$`, '\\htmlId'),
  text(
    'tex-htmlstyle',
    `$\\htmlStyle{background:url(javascript:__pwned('%ID%'))}{x}$`,
    '\\htmlStyle',
  ),
  text(
    'tex-includegraphics',
    `$\\includegraphics[height=1em]{javascript:__pwned('%ID%')}$`,
    '\\includegraphics',
  ),
  text(
    'tex-includegraphics-rel',
    `$\\includegraphics{x?onerror=__pwned('%ID%')}$`,
    '\\includegraphics',
  ),
  text('tex-class', `$\\class{pwned" onclick="__pwned('%ID%')}{x}$`),
  text('tex-style', `$\\style{background:url(javascript:__pwned('%ID%'))}{x}$`),
  text('tex-id', `$\\id{pwned" onclick="__pwned('%ID%')}{x}$`),
  text('tex-color', `$\\color{red;background:url(javascript:__pwned('%ID%'))}{x}$`),
  text('tex-text', `$\\text{<script>__pwned('%ID%')</script>}$`),
  text(
    'tex-verb',
    `$\\verb|<img src=x onerror=__pwned('%ID%')>|$`,
    `<img src=x onerror=__pwned('%ID%')>`,
  ),
  text(
    'tex-annotation',
    `$\\text{</annotation></semantics></math><img src=x onerror=__pwned('%ID%')>}$`,
  ),
  text(
    'tex-emph',
    `\\emph{<img src=x onerror=__pwned('%ID%')>}`,
    `<img src=x onerror=__pwned('%ID%')>`,
  ),
];

const url = (id: string, href: string, refused = true): UrlPayload => ({ id, url: href, refused });

/** Schemes that run or embed, hidden by case, white space, control and invisible characters. */
export const URL_PAYLOADS: readonly UrlPayload[] = [
  url('js', `javascript:__pwned('url-js')`),
  url('js-case', `JaVaScRiPt:__pwned('url-js-case')`),
  url('js-space', ` javascript:__pwned('url-js-space')`),
  url('js-tab', `java\tscript:__pwned('url-js-tab')`),
  url('js-newline', `java\nscript:__pwned('url-js-newline')`),
  url('js-control', `\u0001javascript:__pwned('url-js-control')`),
  url('js-nul', `java\u0000script:__pwned('url-js-nul')`),
  url('js-zero-width', `java\u200bscript:__pwned('url-js-zero-width')`),
  url('js-bidi', `\u202ejavascript:__pwned('url-js-bidi')`),
  url('js-bom', `\ufeffjavascript:__pwned('url-js-bom')`),
  url('js-comment', `javascript://%0a__pwned('url-js-comment')`),
  url('data-html', `data:text/html,<script>__pwned('url-data-html')</script>`),
  url('data-svg', `DaTa:image/svg+xml;base64,${svgOnloadBase64('url-data-svg')}`),
  url('vbscript', `vbscript:__pwned('url-vbscript')`),
  url('vbscript-case', `VBScript:MsgBox("url-vbscript-case")`),
  url('blob', `blob:${HOSTILE_BASE}__pwned('url-blob')`),
  url('file', `file:///etc/passwd?__pwned('url-file')`),
  url('backslash', `/\\127.0.0.1/__pwned('url-backslash')`),
  url('entity', `javascript&colon;__pwned('url-entity')`, false),
  url('numeric-entity', `&#106;avascript:__pwned('url-numeric-entity')`, false),
  url('percent', `javascript%3A__pwned('url-percent')`, false),
  url('quote', `${HOSTILE_BASE}missing.png?"onerror="__pwned('url-quote')`, false),
  url('https-opaque', `https:javascript:__pwned('url-https-opaque')`, false),
];

function svgOnloadBase64(marker: string): string {
  return btoa(`<svg xmlns="http://www.w3.org/2000/svg" onload="__pwned('${marker}')"/>`);
}

/** The payload as sent in one field: `%ID%` becomes `<payload>/<field>`. */
export function fill(payload: TextPayload, field: string): string {
  return payload.text.replaceAll('%ID%', `${payload.id}/${field}`);
}

/** What a reader must see where the payload was read as TeX. */
export function texShown(payload: TextPayload, field: string): string {
  return (payload.tex ?? payload.text).replaceAll('%ID%', `${payload.id}/${field}`);
}

/** Prose before a payload in an abstract, with a formula, so the abstract needs KaTeX anyway. */
export const ABSTRACT_PREFIX = 'We study $x^2 + \\alpha$ on hostile input. ';

/** A paper carrying one text payload in every text field. */
export function textPaper(payload: TextPayload): Paper {
  const at = (field: string) => fill(payload, field);
  return {
    id: `text-${payload.id}`,
    title: at('title'),
    headline: at('headline'),
    takeaway: at('takeaway'),
    // Two names show at first; the third appears when the list is expanded.
    authors: [at('author'), 'B. Second', at('hidden-author')],
    authorsTotal: 4,
    primaryCategory: at('category'),
    date: '2026-05-20',
    badge: at('badge'),
    score: 3,
    counters: [{ value: 2, label: at('counter') }],
    figure: {
      thumbnail: SCRIPTED_SVG,
      full: `${SCRIPTED_SVG}?full`,
      alt: at('alt'),
      width: 24,
      height: 15,
    },
    abstract: `${ABSTRACT_PREFIX}${at('abstract')}`,
    links: { page: `${HOSTILE_BASE}paper.html?id=${payload.id}` },
  };
}

/**
 * Two papers per URL payload: one with it in every link and both figure URLs, and one with a
 * safe thumbnail where only the full-image link and the abstract link carry it (a refused full
 * image drops a validated figure, but an unvalidated card still shows the thumbnail).
 */
export function urlPapers(payload: UrlPayload): Paper[] {
  const everywhere: Paper = {
    id: `url-${payload.id}`,
    title: `Every link is ${payload.id}`,
    authors: ['A. Author'],
    figure: { thumbnail: payload.url, full: payload.url, alt: `figure ${payload.id}` },
    links: { page: payload.url, abs: payload.url, pdf: payload.url },
  };
  const partly: Paper = {
    id: `url-partly-${payload.id}`,
    title: `Some links are ${payload.id}`,
    authors: ['A. Author'],
    figure: { thumbnail: SCRIPTED_SVG, full: payload.url, alt: `figure ${payload.id}` },
    links: { abs: payload.url },
  };
  return [everywhere, partly];
}

/** Payloads also sent as a date: validation skips those papers, an unvalidated page shows them. */
export const DATE_PAYLOADS = TEXT_PAYLOADS.slice(0, 4);

/** Text payloads grouped three to a label, so that the listing links stay under their cap. */
function labelGroups(): TextPayload[][] {
  const groups: TextPayload[][] = [];
  for (let i = 0; i < TEXT_PAYLOADS.length; i += 3) groups.push(TEXT_PAYLOADS.slice(i, i + 3));
  return groups;
}

/** The label of a listing link: its payloads, joined. */
export function linkLabel(group: readonly TextPayload[]): string {
  return group.map((payload) => fill(payload, 'link')).join(' | ');
}

/** The payload groups that label the listing links, in order. */
export const LINK_LABEL_GROUPS: readonly (readonly TextPayload[])[] = labelGroups();

/** Category fields, each a different payload; the description holds every payload. */
export function hostileCategory() {
  return {
    id: `<script>__pwned('category-id')</script><img src=x onerror=__pwned('category-id')>`,
    name:
      `"><svg onload=__pwned('category-name')>\u202e</h2>` +
      `<script>__pwned('category-name')</script>`,
    description: TEXT_PAYLOADS.map((payload) => fill(payload, 'description')).join(' \u00b6 '),
  };
}

/** The whole hostile listing reply, as the fixture file holds it. */
export function hostileListing() {
  const items: Paper[] = [
    ...TEXT_PAYLOADS.map(textPaper),
    ...URL_PAYLOADS.flatMap(urlPapers),
    ...DATE_PAYLOADS.map((payload) => ({
      ...textPaper(payload),
      id: `date-${payload.id}`,
      date: fill(payload, 'date'),
    })),
  ];
  const links = [
    ...LINK_LABEL_GROUPS.map((group, i) => ({
      rel: 'browse',
      label: linkLabel(group),
      href: `${HOSTILE_BASE}elsewhere.html?${i}`,
    })),
    ...URL_PAYLOADS.map((payload) => ({
      rel: 'browse',
      label: `link ${payload.id}`,
      href: payload.url,
    })),
  ];
  return {
    version: 1,
    kind: 'listing',
    category: hostileCategory(),
    items,
    next: `javascript:__pwned('next')`,
    links,
  };
}

/** `hostileListing()` as JSON, with every character outside printable ASCII escaped. */
export function hostileListingJson(): string {
  const json = JSON.stringify(hostileListing(), null, 1);
  const hex = (ch: string) => ch.charCodeAt(0).toString(16).padStart(4, '0');
  const escaped = json.replace(/[^\x20-\x7e\n]/g, (ch) => `\\u${hex(ch)}`);
  return `${escaped}\n`;
}

/**
 * The papers as a page that skips validation would hand them to `<category-feed>` or
 * `<paper-card>`: every text paper also carries its payload as the date.
 */
export function unvalidatedPapers(): Paper[] {
  return [
    ...TEXT_PAYLOADS.map((payload) => ({ ...textPaper(payload), date: fill(payload, 'date') })),
    ...URL_PAYLOADS.flatMap(urlPapers),
  ];
}

/**
 * Values of the wrong type, as `JSON.parse` would hand them to a page that skips validation:
 * objects shaped like Lit's template results and directives, a fake DOM node, and an array.
 * Each paper has one such field, so that a card that refuses to render costs only that field.
 */
export function wrongTypePapers(): Paper[] {
  const img = (marker: string) => `"<img src=x onerror=__pwned('${marker}')>"`;
  const template = (marker: string) => `{"_$litType$":1,"strings":[${img(marker)}],"values":[]}`;
  const compiled = (marker: string) =>
    `{"_$litType$":{"h":[${img(marker)}],"parts":[]},"values":[]}`;
  const fields: Record<string, string> = {
    title: template('typed-title'),
    headline: compiled('typed-headline'),
    badge: template('typed-badge'),
    score: compiled('typed-score'),
    date: template('typed-date'),
    primaryCategory: `{"_$litDirective$":"x","values":[${img('typed-directive')}]}`,
    abstract: template('typed-abstract'),
    authors: `[${template('typed-author')}]`,
    counters: `[{"value":${template('typed-counter')},"label":${template('typed-label')}}]`,
    figure: `{"thumbnail":${template('typed-src')},"full":"x","alt":${template('typed-alt')}}`,
    links: `{"page":{"nodeType":1,"outerHTML":${img('typed-node')}}}`,
    takeaway: `[${img('typed-array')},${template('typed-array-item')}]`,
  };
  return Object.entries(fields).map(([key, value]) => {
    const paper = `"id":"typed-${key}","title":"Wrong type in ${key}","authors":[]`;
    return JSON.parse(`{${paper},"${key}":${value}}`) as Paper;
  });
}

// Scenario 3, in the page: every abstract of the real listing opened through the elements,
// against bare katex.render calls on the same formulas. KaTeX, its stylesheet and its fonts are
// loaded, and every formula has been typeset once, before anything is timed.
import { cardsOf, feedUpdated, fetchJson, painted, until } from './harness.js';

const listing = await fetchJson('/demo/data/listing-cs.LG.json');
const build = await fetchJson('/bench-gen/build.json');
const { parseTex, katexOptions } = await import('/bench-gen/tex-helpers.js');
// The same chunks the elements load, so both sides run one KaTeX instance.
const katex = (await import(build.katex)).default;
const { katexRules } = await import(build.katexCss);
await customElements.whenDefined('category-feed');

const host = document.getElementById('host');
const feed = document.createElement('category-feed');
host.append(feed);
feed.items = listing.items;
await feedUpdated(feed);

// The bare side gets KaTeX's rules at document level, as a page including katex.css would. The
// fonts are the ones the library registers on the document, so both sides draw with one set.
const rules = new CSSStyleSheet();
rules.replaceSync(katexRules);
document.adoptedStyleSheets = [...document.adoptedStyleSheets, rules];

/** Each abstract as the library reads it: text runs and formulas, styles flattened to text. */
const abstracts = listing.items.map((paper) => flatten(parseTex(paper.abstract ?? '')));
const formulaCount = abstracts.flat().filter((part) => part.kind === 'math').length;

function flatten(nodes) {
  return nodes.flatMap((node) => {
    if (node.kind === 'style') return flatten(node.children);
    return [node];
  });
}

/** Builds the bare-KaTeX rendering of every abstract into one detached element. */
function renderBare() {
  const box = document.createElement('div');
  for (const parts of abstracts) {
    const paragraph = document.createElement('div');
    paragraph.className = 'bare-abstract';
    for (const part of parts) {
      if (part.kind === 'text') {
        paragraph.append(part.text);
        continue;
      }
      const target = document.createElement('span');
      try {
        katex.render(part.tex, target, katexOptions(part.display, 'htmlAndMathml'));
      } catch {
        // As the elements do: a formula KaTeX refuses is shown as written.
        target.className = 'bare-error';
        target.textContent = part.source;
      }
      paragraph.append(target);
    }
    box.append(paragraph);
  }
  return box;
}

/**
 * Loads KaTeX through the elements (a throwaway toggle with one formula), then typesets every
 * formula once, visibly but off screen, so the fonts they need are fetched; waits for them.
 */
async function warmUp() {
  const probe = document.createElement('abstract-toggle');
  probe.abstract = 'Warm-up $x^2$';
  probe.className = 'offscreen';
  document.body.append(probe);
  probe.open = true;
  await until(() => probe.shadowRoot?.querySelector('.katex'), 20_000, 'KaTeX to load');
  probe.remove();

  const box = renderBare();
  box.className = 'offscreen';
  document.body.append(box);
  await painted();
  await document.fonts.ready;
  box.remove();
  await painted();

  const katexFaces = [...document.fonts].filter((face) => face.family.startsWith('KaTeX'));
  return {
    formulas: formulaCount,
    fontsLoaded: katexFaces.filter((face) => face.status === 'loaded').length,
    fontsRegistered: katexFaces.length,
  };
}

function toggles() {
  return cardsOf(feed)
    .map((card) => card.shadowRoot.querySelector('abstract-toggle'))
    .filter(Boolean);
}

/** Clicks every "Show abstract" button; times until all are typeset and painted. */
async function elements() {
  const all = toggles();
  const buttons = all.map((toggle) => toggle.shadowRoot.querySelector('button'));
  await painted();

  const start = performance.now();
  for (const button of buttons) button.click();
  await Promise.all(all.map((toggle) => toggle.updateComplete));
  const script = performance.now() - start;
  await painted();
  const total = performance.now() - start;

  const count = (selector) =>
    all.reduce((sum, toggle) => sum + toggle.shadowRoot.querySelectorAll(selector).length, 0);
  const result = {
    total,
    script,
    opened: all.filter((toggle) => toggle.open).length,
    typeset: count('.katex'),
    pending: count('.tex-pending'),
    errors: count('.tex-error'),
  };
  // Closed again (untimed) so the other side lays out next to a page of the same size.
  for (const button of buttons) button.click();
  await painted();
  return result;
}

/** Typesets the same formulas with bare katex.render, with the text around them. */
async function bare() {
  await painted();
  const start = performance.now();
  const box = renderBare();
  host.append(box);
  const script = performance.now() - start;
  await painted();
  const total = performance.now() - start;
  const result = {
    total,
    script,
    typeset: box.querySelectorAll('.katex').length,
    errors: box.querySelectorAll('.bare-error').length,
  };
  box.remove();
  await painted();
  return result;
}

window.bench = { warmUp, elements, bare };
window.benchReady = true;

// Scenario 3, in the page: every abstract of the real listing opened through the elements,
// against bare katex.render calls on the same formulas. KaTeX, its stylesheet and its fonts are
// loaded, and every formula has been typeset once, before anything is timed.
import { cardsOf, feedUpdated, fetchJson, markEnd, markStart, painted, until } from './harness.js';

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
 * Before anything is timed: loads KaTeX through the elements by opening every abstract of a
 * throwaway feed off screen (so the library's typesetting code has run once, as the bare side's
 * has), typesets every formula once bare, and waits for the fonts those formulas use.
 */
async function warmUp() {
  const throwaway = document.createElement('category-feed');
  throwaway.className = 'offscreen';
  throwaway.items = listing.items;
  document.body.append(throwaway);
  await feedUpdated(throwaway);
  const opened = togglesOf(throwaway);
  for (const toggle of opened) toggle.open = true;
  const typeset = () => countIn(opened, '.katex') + countIn(opened, '.tex-error');
  await until(() => typeset() === formulaCount, 30_000, 'KaTeX to load and typeset');
  throwaway.remove();

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

function togglesOf(list) {
  return cardsOf(list)
    .map((card) => card.shadowRoot.querySelector('abstract-toggle'))
    .filter(Boolean);
}

function countIn(toggles, selector) {
  const count = (toggle) => toggle.shadowRoot.querySelectorAll(selector).length;
  return toggles.reduce((sum, toggle) => sum + count(toggle), 0);
}

/** Clicks every "Show abstract" button; times until all are typeset and painted. */
async function elements() {
  const all = togglesOf(feed);
  const buttons = all.map((toggle) => toggle.shadowRoot.querySelector('button'));
  await painted();

  const start = markStart();
  for (const button of buttons) button.click();
  await Promise.all(all.map((toggle) => toggle.updateComplete));
  const script = performance.now() - start;
  await painted();
  const total = markEnd(start);

  const count = (selector) => countIn(all, selector);
  const result = {
    total,
    script,
    opened: all.filter((toggle) => toggle.open).length,
    typeset: count('.katex'),
    pending: count('.tex-pending'),
    errors: count('.tex-error'),
  };
  return result;
}

/** Closes every abstract again (untimed), so the other side lays out next to the same page. */
async function closeAll() {
  for (const toggle of togglesOf(feed)) toggle.open = false;
  await painted();
}

/** Typesets the same formulas with bare katex.render, with the text around them. */
async function bare() {
  await painted();
  const start = markStart();
  const box = renderBare();
  // Above the feed, so its first abstracts are on screen and painted, as the first opened
  // abstract of the feed is.
  host.prepend(box);
  const script = performance.now() - start;
  await painted();
  const total = markEnd(start);
  const result = {
    total,
    script,
    typeset: box.querySelectorAll('.katex').length,
    errors: box.querySelectorAll('.bare-error').length,
  };
  box.remove();
  return result;
}

window.bench = { warmUp, elements, bare, closeAll };
window.benchReady = true;

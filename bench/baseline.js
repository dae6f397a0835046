// The hand-written vanilla-DOM listing the elements are measured against.
//
// It builds what a reader sees of each card, with the same texts and about the same depth: the
// meta line (score, category, date, badge); the headline, "by A, B +N more", title and
// takeaway beside the figure and its "full image" link; a "Show abstract" button (the abstract
// itself is not in the DOM until opened, as in the elements); and a footer with the counters
// and a "Cite" button. Choices, so the comparison is fair and stated:
// - light DOM and one document stylesheet with the elements' look and layout (no shadow roots);
// - texts set with textContent, as given: the real listing has no TeX outside its abstracts,
//   so the elements show the same strings (the bench checks this, card by card);
// - one cached Intl.DateTimeFormat for all dates, as a careful hand-written page would;
// - the abstract button works (it shows the raw abstract), with one listener per button; the
//   "Cite" button is inert.
// When the cards' design changes, this file has to follow, or the bench reports the mismatch.

const STYLE = `
.vb-feed { display: flex; flex-direction: column; gap: 0.75em; font-size: 16px; }
.vb-card {
  container: vb-card / inline-size;
  box-sizing: border-box; padding: 0.75em 1.25em; background: #fff; border: 1px solid #d1d9e0;
  border-radius: 8px; font-family: system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans',
  sans-serif; font-size: 16px; font-weight: 400; line-height: 1.5; color: #1f2328;
  text-align: start; overflow-wrap: break-word;
}
.vb-card > * + * { margin-block-start: 0.75em; }
.vb-card a { color: #1a5fb4; text-underline-offset: 0.15em; }
.vb-meta {
  display: flex; flex-wrap: wrap; align-items: center; gap: 0.25em 0.75em;
  font-size: 0.8125em; color: #59636e;
}
.vb-score { font-weight: 700; color: #8250df; }
.vb-badge {
  display: inline-block; padding: 0 0.5em; border-radius: 999px; background: #f1ecfc;
  color: #5e3aa8;
}
.vb-body { display: grid; grid-template-columns: minmax(0, 1fr); gap: 0.75em; }
.vb-text > * { margin: 0; }
.vb-text > * + * { margin-block-start: 0.25em; }
.vb-headline { font-weight: 700; font-size: 1.0625em; line-height: 1.35; }
.vb-authors { display: block; font-size: 0.875em; color: #59636e; }
.vb-authors button {
  font: inherit; color: #1a5fb4; background: none; border: 0; padding: 0; cursor: pointer;
  text-decoration: underline; text-underline-offset: 0.15em; white-space: nowrap;
}
.vb-title { font-size: 0.9375em; font-weight: 600; line-height: 1.4; }
.vb-takeaway { font-size: 0.9375em; }
.vb-figure {
  margin: 0; display: flex; flex-direction: column; align-items: flex-start; gap: 0.25em;
}
.vb-thumb {
  display: block; box-sizing: border-box; width: 15em; max-width: 100%; height: auto;
  border-radius: 4px; border: 1px solid #d1d9e0; background: #eef1f4;
}
.vb-full { font-size: 0.8125em; }
@container vb-card (min-width: 36em) {
  .vb-body:has(> .vb-figure) { grid-template-columns: minmax(0, 1fr) auto; }
  .vb-figure { align-items: flex-end; }
  .vb-thumb { width: 12.5em; }
}
.vb-toggle > button {
  display: inline-flex; align-items: center; gap: 0.4em; margin: 0 0 0 -0.35em;
  padding: 0.2em 0.35em; border: 0; border-radius: 4px; background: none; color: #1a5fb4;
  font: inherit; font-size: 0.875em; cursor: pointer;
}
.vb-chevron {
  width: 0; height: 0; border-block: 0.3em solid transparent;
  border-inline-start: 0.45em solid currentColor;
}
.vb-abstract { margin-block-start: 0.5em; font-size: 0.95em; line-height: 1.55; }
.vb-footer {
  display: flex; flex-wrap: wrap; align-items: center; justify-content: space-between;
  gap: 0.5em 0.75em; font-size: 0.8125em; color: #59636e;
}
.vb-counters, .vb-tools { display: flex; flex-wrap: wrap; align-items: center; gap: 0.5em; }
.vb-tools { margin-inline-start: auto; }
.vb-chip {
  box-sizing: border-box; min-height: 24px; display: inline-flex; align-items: center;
  padding: 0.125em 0.75em; border: 1px solid #d1d9e0; border-radius: 999px; background: none;
  color: #1a5fb4; font: inherit; text-decoration: none; cursor: pointer;
}
.vb-hidden {
  position: absolute; width: 1px; height: 1px; margin: -1px; padding: 0; overflow: hidden;
  clip-path: inset(50%); white-space: nowrap; border: 0;
}
`;

const sheet = document.createElement('style');
sheet.textContent = STYLE;
document.head.append(sheet);

const formatters = new Map();

function formatDate(date, locale) {
  const parsed = new Date(`${date}T00:00:00Z`);
  if (Number.isNaN(parsed.getTime())) return date;
  let format = formatters.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' });
    formatters.set(locale, format);
  }
  return format.format(parsed);
}

/** `document.createElement` with a class and optional text. */
function make(tag, className, text) {
  const element = document.createElement(tag);
  if (className) element.className = className;
  if (text !== undefined) element.textContent = text;
  return element;
}

/**
 * Builds the listing for `items` (contract v1 papers) as one detached element.
 * @param {object[]} items
 * @param {string} [locale] language for dates; the document's `lang` by default
 */
export function buildListing(items, locale = document.documentElement.lang || undefined) {
  const feed = make('div', 'vb-feed');
  feed.setAttribute('role', 'feed');
  feed.setAttribute('aria-label', 'Papers');
  feed.setAttribute('aria-busy', 'false');
  items.forEach((paper, i) => feed.append(buildCard(paper, i, items.length, locale)));
  return feed;
}

function buildCard(paper, index, size, locale) {
  const card = make('article', 'vb-card');
  const titleId = `vb-title-${index}`;
  card.setAttribute('aria-labelledby', titleId);
  card.setAttribute('aria-posinset', String(index + 1));
  card.setAttribute('aria-setsize', String(size));
  card.tabIndex = -1;

  const text = make('div', 'vb-text');
  if (paper.headline) text.append(make('p', 'vb-headline', paper.headline));
  if (paper.authors.length || paper.authorsTotal) text.append(buildAuthors(paper));
  const title = make('h3', 'vb-title', paper.title);
  title.id = titleId;
  text.append(title);
  if (paper.takeaway) text.append(make('p', 'vb-takeaway', paper.takeaway));
  const body = make('div', 'vb-body');
  body.append(text);
  if (paper.figure) body.append(buildFigure(paper.figure));

  card.append(buildMeta(paper, locale), body);
  if (paper.abstract) card.append(buildToggle(paper.abstract, index));
  card.append(buildFooter(paper));
  return card;
}

// Counters on the left, the "Cite" chip (and abs/PDF links when known) on the right.
function buildFooter(paper) {
  const footer = make('footer', 'vb-footer');
  if (paper.counters?.length) {
    const counters = make('div', 'vb-counters');
    for (const counter of paper.counters) {
      const label = counter.label ? ` ${counter.label}` : '';
      counters.append(make('span', 'vb-counter', `${counter.value}${label}`));
    }
    footer.append(counters);
  }
  const tools = make('div', 'vb-tools');
  for (const [key, label] of [
    ['abs', 'abs'],
    ['pdf', 'PDF'],
  ]) {
    if (!paper.links?.[key]) continue;
    const link = make('a', 'vb-chip', label);
    link.href = paper.links[key];
    link.rel = 'noopener noreferrer';
    tools.append(link);
  }
  const cite = make('button', 'vb-chip', 'Cite');
  cite.type = 'button';
  cite.setAttribute('aria-label', `Cite: copy a BibTeX entry for ${paper.title}`);
  const status = make('span', 'vb-status');
  status.setAttribute('role', 'status');
  tools.append(cite, status);
  footer.append(tools);
  return footer;
}

function buildMeta(paper, locale) {
  const meta = make('div', 'vb-meta');
  if (paper.score !== undefined) {
    const score = make('span', 'vb-score');
    score.append(make('span', 'vb-hidden', 'Score '), String(paper.score));
    meta.append(score);
  }
  if (paper.primaryCategory) meta.append(make('span', 'vb-category', paper.primaryCategory));
  if (paper.date) {
    const time = make('time', 'vb-date', formatDate(paper.date, locale));
    time.dateTime = paper.date;
    meta.append(time);
  }
  const theorems = paper.theorems;
  const badge =
    theorems !== undefined && theorems !== null
      ? `${theorems} ${theorems === 1 ? 'theorem' : 'theorems'}`
      : paper.badge;
  if (badge) meta.append(make('span', 'vb-badge', badge));
  return meta;
}

// "by A, B +N more": two names, then a button when more names are known, or a count with its
// spoken form ("and 2 more authors") when they are not.
function buildAuthors(paper) {
  const authors = make('span', 'vb-authors');
  const names = make('span', 'vb-names');
  const shown = paper.authors.slice(0, 2);
  shown.forEach((name, i) => {
    if (i) names.append(', ');
    names.append(make('span', 'vb-name', name));
  });
  authors.append('by ', names);
  const hidden = paper.authors.length - shown.length;
  const unknown = Math.max(paper.authorsTotal ?? 0, paper.authors.length) - paper.authors.length;
  const noun = (count) => (count === 1 ? 'author' : 'authors');
  if (hidden > 0) {
    const count = hidden + unknown;
    const button = make('button', '', `+${count} more`);
    button.type = 'button';
    button.setAttribute('aria-expanded', 'false');
    button.setAttribute('aria-label', `+${count} more ${noun(count)}`);
    authors.append(' ', button);
  } else if (unknown > 0) {
    const count = make('span', 'vb-more');
    const seen = make('span', '', `+${unknown} more`);
    seen.setAttribute('aria-hidden', 'true');
    count.append(seen, make('span', 'vb-hidden', `and ${unknown} more ${noun(unknown)}`));
    authors.append(' ', count);
  }
  return authors;
}

function buildFigure(figure) {
  const box = make('figure', 'vb-figure');
  const img = make('img', 'vb-thumb');
  img.src = figure.thumbnail;
  img.alt = figure.alt;
  if (figure.width) img.width = figure.width;
  if (figure.height) img.height = figure.height;
  img.loading = 'lazy';
  img.decoding = 'async';
  const full = make('a', 'vb-full', 'full image');
  full.href = figure.full;
  full.target = '_blank';
  full.rel = 'noopener noreferrer';
  box.append(img, full);
  return box;
}

function buildToggle(abstract, index) {
  const box = make('div', 'vb-toggle');
  const button = make('button');
  const label = make('span', '', 'Show abstract');
  const text = make('div', 'vb-abstract');
  const textId = `vb-abstract-${index}`;
  button.type = 'button';
  button.setAttribute('aria-expanded', 'false');
  button.setAttribute('aria-controls', textId);
  button.append(make('span', 'vb-chevron'), label);
  text.id = textId;
  text.hidden = true;
  button.addEventListener('click', () => {
    const open = text.hidden;
    if (open && !text.textContent) text.textContent = abstract;
    text.hidden = !open;
    button.setAttribute('aria-expanded', String(open));
    label.textContent = open ? 'Hide abstract' : 'Show abstract';
  });
  box.append(button, text);
  return box;
}

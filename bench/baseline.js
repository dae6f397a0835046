// The hand-written vanilla-DOM listing the elements are measured against.
//
// It builds what a reader sees of each card, with the same texts and about the same depth: the
// meta line (score, category, date, badge), headline, "by A, B +N more", title, takeaway, figure
// with its "full image" link, a "Show abstract" button (the abstract itself is not in the DOM
// until opened, as in the elements), and the counters. Choices, so the comparison is fair and
// stated:
// - light DOM and one document stylesheet with the elements' look (no shadow roots);
// - texts set with textContent, as given: the real listing has no TeX outside its abstracts,
//   so the elements show the same strings (the bench checks this);
// - one cached Intl.DateTimeFormat for all dates, as a careful hand-written page would;
// - the abstract button works (it shows the raw abstract), with one listener per button.

const STYLE = `
.vb-feed { display: flex; flex-direction: column; gap: 0.75rem; }
.vb-card {
  box-sizing: border-box; padding: 1rem 1.25rem; background: #fff; border: 1px solid #d8dde3;
  border-radius: 0.5rem; font-family: system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif;
  font-size: 1rem; line-height: 1.5; color: #1f2328; text-align: start;
}
.vb-meta {
  display: flex; flex-wrap: wrap; align-items: center; gap: 0.25rem 0.75rem;
  font-size: 0.8125em; color: #59636e;
}
.vb-score { font-weight: 700; color: #8250df; }
.vb-badge { padding: 0 0.5em; border-radius: 999px; background: #f1ecfc; color: #5e3aa8; }
.vb-headline { margin: 0.5rem 0 0.125rem; font-weight: 700; font-size: 1.0625em; }
.vb-authors { font-size: 0.875em; color: #59636e; }
.vb-authors button {
  font: inherit; color: #1a5fb4; background: none; border: 0; padding: 0; cursor: pointer;
  text-decoration: underline;
}
.vb-title { margin: 0.375rem 0 0; font-size: 0.9375em; font-weight: 600; }
.vb-card a { color: #1a5fb4; }
.vb-takeaway { margin: 0.25rem 0 0; font-size: 0.9375em; }
.vb-figure { margin: 0.75rem 0 0; display: flex; align-items: end; gap: 0.75rem; }
.vb-figure img {
  display: block; max-width: min(100%, 12rem); height: auto; border-radius: 0.25rem;
  border: 1px solid #d8dde3;
}
.vb-full { font-size: 0.8125em; }
.vb-toggle { display: block; margin-top: 0.75rem; }
.vb-toggle > button {
  display: inline-flex; align-items: center; gap: 0.4em; margin: 0 0 0 -0.35em;
  padding: 0.2em 0.35em; border: 0; background: none; color: #1a5fb4; font: inherit;
  font-size: 0.875em; cursor: pointer;
}
.vb-chevron {
  width: 0; height: 0; border-block: 0.3em solid transparent;
  border-inline-start: 0.45em solid currentColor;
}
.vb-abstract { margin-block-start: 0.5rem; font-size: 0.95em; line-height: 1.55; }
.vb-counters { display: flex; gap: 1rem; margin-top: 0.75rem; font-size: 0.8125em; color: #59636e; }
.vb-hidden {
  position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%);
  white-space: nowrap;
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

  card.append(buildMeta(paper, locale));
  if (paper.headline) card.append(make('p', 'vb-headline', paper.headline));
  if (paper.authors.length || paper.authorsTotal) card.append(buildAuthors(paper));
  const title = make('h3', 'vb-title', paper.title);
  title.id = titleId;
  card.append(title);
  if (paper.takeaway) card.append(make('p', 'vb-takeaway', paper.takeaway));
  if (paper.figure) card.append(buildFigure(paper.figure));
  if (paper.abstract) card.append(buildToggle(paper.abstract, index));
  if (paper.counters?.length) {
    const footer = make('footer', 'vb-counters');
    for (const counter of paper.counters) {
      const label = counter.label ? ` ${counter.label}` : '';
      footer.append(make('span', 'vb-counter', `${counter.value}${label}`));
    }
    card.append(footer);
  }
  return card;
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

// "by A, B +N more": two names, then a button when more names are known, or a count.
function buildAuthors(paper) {
  const authors = make('span', 'vb-authors');
  const shown = paper.authors.slice(0, 2);
  const total = Math.max(paper.authorsTotal ?? 0, paper.authors.length);
  authors.append('by ');
  shown.forEach((name, i) => {
    if (i) authors.append(', ');
    authors.append(make('span', 'vb-name', name));
  });
  const more = total - shown.length;
  if (more > 0 && paper.authors.length > shown.length) {
    const button = make('button', '', `+${more} more`);
    button.type = 'button';
    button.setAttribute('aria-expanded', 'false');
    authors.append(' ', button);
  } else if (more > 0) {
    authors.append(' ', make('span', 'vb-more', `+${more} more`));
  }
  return authors;
}

function buildFigure(figure) {
  const box = make('figure', 'vb-figure');
  const img = make('img');
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

// Scenario 1, in the page: the real listing rendered by <category-feed> and by the vanilla
// baseline. The data is fetched and parsed before anything is timed.
import { buildListing } from '../baseline.js';
import {
  cardsOf,
  deepQueryAll,
  feedUpdated,
  fetchJson,
  markEnd,
  markStart,
  painted,
  visibleText,
} from './harness.js';

const listing = await fetchJson('/demo/data/listing-cs.LG.json');
await customElements.whenDefined('category-feed');
const host = document.getElementById('host');
// The first date format in a page loads locale data (about 20 ms here). Both sides format dates,
// and whichever ran first would pay it, so it is paid here, before anything is timed.
new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeZone: 'UTC' }).format(0);

/** Renders the listing with the elements; times from `items = …` to the frame after paint. */
async function elements() {
  host.replaceChildren();
  const feed = document.createElement('category-feed');
  host.append(feed);
  await feed.updateComplete;
  await painted();

  const start = markStart();
  feed.items = listing.items;
  await feedUpdated(feed);
  const script = performance.now() - start;
  await painted();
  const total = markEnd(start);
  return { total, script, cards: cardsOf(feed).length };
}

/** Renders the listing with the vanilla baseline, timed the same way. */
async function baseline() {
  host.replaceChildren();
  await painted();

  const start = markStart();
  const list = buildListing(listing.items);
  host.append(list);
  const script = performance.now() - start;
  await painted();
  const total = markEnd(start);
  return { total, script, cards: list.children.length };
}

function clear() {
  host.replaceChildren();
}

/**
 * Renders both, untimed, and compares what a reader gets from each card: visible text, images,
 * links, buttons and height. The ratio means something only if these match.
 */
async function compare() {
  host.replaceChildren();
  const feed = document.createElement('category-feed');
  const list = buildListing(listing.items);
  host.append(feed, list);
  feed.items = listing.items;
  await feedUpdated(feed);
  await painted();

  const cards = cardsOf(feed);
  const articles = Array.from(list.children);
  const differences = [];
  let sameText = 0;
  cards.forEach((card, i) => {
    const a = visibleText(card);
    const b = visibleText(articles[i]);
    if (a.replace(/\s/g, '') === b.replace(/\s/g, '')) sameText += 1;
    else if (differences.length < 3) differences.push({ card: i, elements: a, baseline: b });
  });
  const count = (root, selector) => deepQueryAll(root, selector).length;
  const height = (element) => Math.round(element.getBoundingClientRect().height);
  const result = {
    cards: [cards.length, articles.length],
    sameText,
    differences,
    images: [count(feed, 'img'), count(list, 'img')],
    links: [count(feed, 'a[href]'), count(list, 'a[href]')],
    buttons: [count(feed, 'button'), count(list, 'button')],
    height: [height(feed), height(list)],
    sampleText: visibleText(cards[0]).slice(0, 300),
  };
  host.replaceChildren();
  return result;
}

window.bench = { elements, baseline, clear, compare };
window.benchReady = true;

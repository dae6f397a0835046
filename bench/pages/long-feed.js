// Scenario 2, in the page: a long synthetic listing (1,000 cards by default, `?n=` to change)
// rendered with abstracts collapsed, by the elements or by the vanilla baseline.
import { buildListing } from '../baseline.js';
import {
  cardsOf,
  feedUpdated,
  fetchJson,
  markEnd,
  markStart,
  painted,
  watchLongTasks,
} from './harness.js';

const count = Number(new URLSearchParams(location.search).get('n')) || 1000;
const listing = await fetchJson(`/bench-gen/synthetic.json?n=${count}`);
await customElements.whenDefined('category-feed');
const host = document.getElementById('host');
// The first date format in a page loads locale data (about 20 ms here). Both sides format dates,
// and whichever ran first would pay it, so it is paid here, before anything is timed.
new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeZone: 'UTC' }).format(0);

/** How long to keep watching after the paint, for tasks the render left behind. */
const TAIL_MS = 500;

async function measure(render) {
  await painted();
  const watch = watchLongTasks();
  const start = markStart();
  const cards = await render();
  const script = performance.now() - start;
  await painted();
  const total = markEnd(start);
  await new Promise((done) => setTimeout(done, TAIL_MS));
  await painted();
  return { total, script, cards: cards(), ...watch.stop(start) };
}

function elements() {
  return measure(async () => {
    const feed = document.createElement('category-feed');
    feed.items = listing.items;
    host.append(feed);
    await feedUpdated(feed);
    return () => cardsOf(feed).length;
  });
}

function baseline() {
  return measure(async () => {
    const list = buildListing(listing.items);
    host.append(list);
    return () => list.children.length;
  });
}

/** KaTeX must not load for collapsed abstracts, even when they hold math. */
function katexRequested() {
  return performance
    .getEntriesByType('resource')
    .some((entry) => /katex/i.test(entry.name) || /\.woff2$/.test(entry.name));
}

window.bench = { elements, baseline, katexRequested, count: listing.items.length };
window.benchReady = true;

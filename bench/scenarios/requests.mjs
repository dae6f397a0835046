// Scenario 6: five identical <pith-feed> elements on one page, and the requests they make to
// the listing endpoint, counted by the server and by the browser.
import { assertNoPageErrors, openPage, recordNetwork } from '../lib/browser.mjs';
import { metric } from '../lib/stats.mjs';

const LISTING_PATH = '/api/v1/categories/cs.LG.json';
const API_DELAY_MS = 100;
const STEP_MS = 30_000;

export async function requestsScenario({ browser, server, runs, log }) {
  const atServer = [];
  const inBrowser = [];
  server.setApiDelay(API_DELAY_MS);
  try {
    for (let run = 0; run < runs; run += 1) {
      const { served, seen } = await loadOnce(browser, server);
      atServer.push(served);
      inBrowser.push(seen);
      log(`  run ${run + 1}/${runs}: ${served} request(s) served, ${seen} seen by the browser`);
    }
  } finally {
    server.setApiDelay(0);
  }
  return {
    metrics: [
      metric('requests', 'listing requests for five identical feeds', '', atServer, {
        max: 1,
        text: '1',
      }),
      metric('requests.browser', 'same, as the browser logged them', '', inBrowser),
    ],
  };
}

async function loadOnce(browser, server) {
  const tab = await openPage(browser, `${server.origin}/bench/pages/five-feeds.html`);
  try {
    const network = await recordNetwork(tab.client);
    server.resetCounts();
    await tab.goto();
    await tab.page.waitForFunction(allFeedsRendered, { timeout: STEP_MS });
    await network.idle(300, STEP_MS);
    assertNoPageErrors(tab, 'five feeds');
    const isListing = (entry) => new URL(entry.url).pathname === LISTING_PATH;
    const seen = network.entries().filter(isListing).length;
    return { served: server.count(LISTING_PATH), seen };
  } finally {
    await tab.close();
  }
}

/** In the page: each of the five feeds shows all 32 cards. */
function allFeedsRendered() {
  const feeds = document.querySelectorAll('pith-feed');
  return (
    feeds.length === 5 &&
    Array.from(feeds).every((feed) => {
      const list = feed.shadowRoot?.querySelector('category-feed');
      return list?.shadowRoot?.querySelectorAll('paper-card').length === 32;
    })
  );
}

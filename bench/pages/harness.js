// In-page helpers shared by the bench pages.

/**
 * Marks the start of a timed step. The bench finds the page's main thread in a Chromium trace
 * by this mark, since other renderers trace too.
 */
export function markStart() {
  performance.mark('pith-bench');
  return performance.now();
}

/** Marks the end of a timed step and returns the time since `start`, in ms. */
export function markEnd(start) {
  performance.mark('pith-bench-end');
  return performance.now() - start;
}

/** Resolves in the next animation frame's callbacks. */
export function nextFrame() {
  return new Promise((done) => requestAnimationFrame(() => done()));
}

/**
 * Resolves at the start of the frame after the next one. Work done before the call is styled,
 * laid out and painted in the next frame; the second callback runs only once that frame has
 * been produced, so "now" is then a point after the paint.
 */
export async function painted() {
  await nextFrame();
  await nextFrame();
}

/** Waits until `test()` is true, checking every frame; throws after `ms`. */
export async function until(test, ms, what) {
  const start = performance.now();
  while (!test()) {
    if (performance.now() - start > ms) throw new Error(`timed out waiting for ${what}`);
    await nextFrame();
  }
}

/** Fetches JSON, failing on a non-2xx reply. */
export async function fetchJson(url) {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url} answered ${response.status}`);
  return response.json();
}

/**
 * Waits for a `<category-feed>` and its cards to finish their Lit updates. The cards' children
 * update in the same microtask cascade, so this marks the end of the script work of a render.
 */
export async function feedUpdated(feed) {
  await feed.updateComplete;
  const cards = feed.shadowRoot.querySelectorAll('paper-card');
  await Promise.all(Array.from(cards, (card) => card.updateComplete));
  return cards;
}

/** The cards of a `<category-feed>`, in order. */
export function cardsOf(feed) {
  return Array.from(feed.shadowRoot?.querySelectorAll('paper-card') ?? []);
}

/**
 * The text a reader can see in a subtree, shadow roots included: text nodes outside `<style>`,
 * `<script>`, `[hidden]` and `display: none`, white space collapsed.
 */
export function visibleText(root) {
  const out = [];
  const walk = (node) => {
    if (node.nodeType === Node.TEXT_NODE) {
      out.push(node.data);
      return;
    }
    if (node.nodeType === Node.ELEMENT_NODE) {
      if (['style', 'script', 'template'].includes(node.localName) || node.hidden) return;
      if (getComputedStyle(node).display === 'none') return;
      if (node.shadowRoot) return walk(node.shadowRoot);
    }
    for (const child of node.childNodes) walk(child);
  };
  walk(root);
  return out.join('').replace(/\s+/g, ' ').trim();
}

/** Elements matching `selector` in a subtree, shadow roots included. */
export function deepQueryAll(root, selector) {
  const found = [];
  const walk = (node) => {
    for (const element of node.querySelectorAll('*')) {
      if (element.matches(selector)) found.push(element);
      if (element.shadowRoot) walk(element.shadowRoot);
    }
  };
  if (root.matches?.(selector)) found.push(root);
  if (root.shadowRoot) walk(root.shadowRoot);
  walk(root);
  return found;
}

/**
 * Starts collecting long tasks and long animation frames; `stop()` returns what was seen since.
 * Long tasks are those over 50 ms; their sum over 50 ms is the total blocking time.
 */
export function watchLongTasks() {
  const tasks = [];
  const frames = [];
  const taskObserver = new PerformanceObserver((list) => tasks.push(...list.getEntries()));
  taskObserver.observe({ type: 'longtask' });
  let frameObserver;
  if (PerformanceObserver.supportedEntryTypes.includes('long-animation-frame')) {
    frameObserver = new PerformanceObserver((list) => frames.push(...list.getEntries()));
    frameObserver.observe({ type: 'long-animation-frame' });
  }
  return {
    stop(since) {
      taskObserver.takeRecords().forEach((entry) => tasks.push(entry));
      taskObserver.disconnect();
      frameObserver?.disconnect();
      const mine = tasks.filter((task) => task.startTime + task.duration >= since);
      const durations = mine.map((task) => task.duration);
      return {
        longTasks: durations.length,
        longestLongTask: durations.length ? Math.max(...durations) : 0,
        tbt: durations.reduce((sum, d) => sum + Math.max(0, d - 50), 0),
        longestFrame: Math.max(0, ...frames.map((frame) => frame.duration)),
      };
    },
  };
}

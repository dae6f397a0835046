/** Small helpers for play functions, which act on the story as a reader would. */

/** Waits until `find` returns something, checking every 20 ms; rejects after `timeoutMs`. */
export async function until<T>(find: () => T | null | undefined, timeoutMs = 5000): Promise<T> {
  const start = performance.now();
  for (;;) {
    const found = find();
    if (found) return found;
    if (performance.now() - start > timeoutMs) throw new Error('Timed out waiting for the story');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** Clicks a button inside an element's shadow root, as a reader would. */
export async function clickInShadow(host: Element, selector: string): Promise<void> {
  const button = await until(() => host.shadowRoot?.querySelector<HTMLElement>(selector));
  button.click();
}

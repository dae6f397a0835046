/**
 * Renders a long list a slice per task, so that no task blocks the page for long. The owner asks
 * for how many items to show (`shown`), and is told to update again after each slice.
 */

/**
 * A list this long renders in one update: slicing it would cost more in all (each slice is laid
 * out on its own) than its one task, about 40 ms for 32 cards on a quiet 2-core machine.
 */
export const WHOLE_LIST = 32;

/**
 * Cards rendered in the first update of a longer list, before any slice: more than a screen at
 * 1280×800. Kept small because that update's frame also lays out the page around the list.
 */
export const FIRST_SLICE = 4;

// Each later slice aims at this much main-thread time (the long-task limit is 50 ms, and the
// frame that lays the slice out comes on top), and is sized from how long the last one took.
const SLICE_BUDGET_MS = 10;
const MIN_SLICE = 2;
const MAX_SLICE = 32;

// A message to a channel of our own runs in the next task, without setTimeout's clamping and
// without waiting for an idle period: slices follow each other as fast as the page allows,
// while input and frames still run between them.
const channel = typeof MessageChannel === 'undefined' ? undefined : new MessageChannel();
const queued: Array<() => void> = [];
if (channel) channel.port1.onmessage = () => queued.shift()?.();

/** Runs `callback` in a later task. */
function later(callback: () => void): void {
  if (!channel) {
    setTimeout(callback);
    return;
  }
  queued.push(callback);
  channel.port2.postMessage(undefined);
}

/** The slicing state of one list. */
export class Slicer {
  /** How many items the list renders now. */
  shown = 0;

  private size = 2 * FIRST_SLICE;
  private scheduled = false;
  private done?: Promise<void>;
  private finish?: () => void;

  /**
   * @param grow called in a later task with the new `shown`; it updates the list and resolves
   *   once the slice is rendered.
   */
  constructor(private readonly grow: () => Promise<void>) {}

  /** Called when the list's items change: keeps what is shown (within the new length). */
  reset(length: number): void {
    const first = length <= WHOLE_LIST ? length : FIRST_SLICE;
    this.shown = Math.min(length, Math.max(first, Math.min(this.shown, length)));
  }

  /** True while some items are not rendered yet. */
  pending(length: number): boolean {
    return this.shown < length;
  }

  /** Called after each update: schedules the next slice, or settles the wait. */
  next(length: number): void {
    if (!this.pending(length)) {
      this.finish?.();
      this.done = this.finish = undefined;
      return;
    }
    this.done ??= new Promise((resolve) => (this.finish = resolve));
    if (this.scheduled) return;
    this.scheduled = true;
    later(() => void this.slice());
  }

  /** Resolves once every item is rendered; undefined when nothing is pending. */
  get settled(): Promise<void> | undefined {
    return this.done;
  }

  private async slice() {
    this.scheduled = false;
    const start = performance.now();
    this.shown += this.size;
    await this.grow();
    const took = Math.max(1, performance.now() - start);
    const scaled = Math.floor((this.size * SLICE_BUDGET_MS) / took);
    // Grows at most twofold per slice: one quick slice says little about the next.
    this.size = Math.min(MAX_SLICE, this.size * 2, Math.max(MIN_SLICE, scaled));
  }
}

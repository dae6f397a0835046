// A least-recently-used map of validated replies, bounded both in entries and
// in the bytes of the bodies they came from.
import type { Fetched } from './reply.js';

export interface CacheEntry extends Fetched {
  /** `Date.now()` when the reply arrived. */
  storedAt: number;
}

export class ReplyCache {
  // A Map iterates in insertion order; re-inserting on each read keeps the
  // least recently used entry first.
  private readonly entries = new Map<string, CacheEntry>();
  private bytes = 0;

  constructor(
    private readonly maxEntries: number,
    private readonly maxBytes: number,
  ) {}

  get(key: string): CacheEntry | undefined {
    const entry = this.entries.get(key);
    if (entry) {
      this.entries.delete(key);
      this.entries.set(key, entry);
    }
    return entry;
  }

  /**
   * Stores a reply and returns the entry to hand out. A reply identical to the
   * one already stored only renews its age, so callers keep seeing the same
   * object and a re-render has nothing to do.
   */
  put(key: string, fetched: Fetched, now: number): CacheEntry {
    const previous = this.entries.get(key);
    if (previous && previous.digest === fetched.digest) {
      previous.storedAt = now;
      this.get(key);
      return previous;
    }

    const entry: CacheEntry = { ...fetched, storedAt: now };
    this.delete(key);
    if (this.maxEntries > 0 && entry.bytes <= this.maxBytes) {
      this.entries.set(key, entry);
      this.bytes += entry.bytes;
      this.evict();
    }
    return entry;
  }

  delete(key: string): void {
    const entry = this.entries.get(key);
    if (!entry) return;
    this.entries.delete(key);
    this.bytes -= entry.bytes;
  }

  private evict(): void {
    for (const key of this.entries.keys()) {
      if (this.entries.size <= this.maxEntries && this.bytes <= this.maxBytes) return;
      this.delete(key);
    }
  }
}

/**
 * Small data structures of the Telegram throttle: a sliding-window rate counter and a min-heap
 * of chats waiting for their turn.
 */

/** Time of the next call a sliding window allows (ring buffer of the last `limit` call times). */
export class SlidingWindow {
  private readonly times: Float64Array;
  private head = 0;
  private count = 0;

  constructor(
    private readonly limit: number,
    private readonly ms: number,
  ) {
    this.times = new Float64Array(limit);
  }

  nextFree(now: number): number {
    while (this.count > 0 && (this.times[this.head] as number) <= now - this.ms) {
      this.head = (this.head + 1) % this.limit;
      this.count--;
    }
    return this.count < this.limit ? now : (this.times[this.head] as number) + this.ms;
  }

  take(now: number): void {
    this.nextFree(now); // forget calls that left the window first
    this.times[(this.head + this.count) % this.limit] = now;
    this.count++;
  }

  /** True when no call of the last `ms` is remembered. */
  isEmpty(now: number): boolean {
    this.nextFree(now);
    return this.count === 0;
  }
}

/** A binary min-heap on `at` (ms), for the chats that may send again only later. */
export class MinHeap<T extends { at: number }> {
  private readonly items: T[] = [];

  get size(): number {
    return this.items.length;
  }

  peek(): T | undefined {
    return this.items[0];
  }

  push(item: T): void {
    const h = this.items;
    h.push(item);
    let i = h.length - 1;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if ((h[p] as T).at <= item.at) break;
      h[i] = h[p] as T;
      i = p;
    }
    h[i] = item;
  }

  pop(): T | undefined {
    const h = this.items;
    const top = h[0];
    const last = h.pop();
    if (h.length > 0 && last) {
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        if (l >= h.length) break;
        const c = l + 1 < h.length && (h[l + 1] as T).at < (h[l] as T).at ? l + 1 : l;
        if ((h[c] as T).at >= last.at) break;
        h[i] = h[c] as T;
        i = c;
      }
      h[i] = last;
    }
    return top;
  }
}

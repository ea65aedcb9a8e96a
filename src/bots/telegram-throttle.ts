/**
 * The one outgoing throttle of the Telegram adapter: every call that sends a message goes
 * through {@link Throttle.run}, replies to updates and digests (Outbox) alike.
 *
 * - Global limit: at most `perSecond` calls in any second (Telegram: about 30 messages/s).
 * - Group limit: at most `perGroupPerMinute` calls to one group chat in any minute (about 20).
 * - One call at a time per chat, in order: a reply split in parts arrives in order, and a chat
 *   waiting out a 429 or its group limit does not hold up other chats.
 * - Retries: `retryDelay(err, attempt)` says how long to wait before trying a failed call again
 *   (429 `retry_after`, 5xx backoff), or undefined to give up and reject.
 *
 * NOTE: cost is O(log n) per call in the number of waiting chats (one heap, one timer), so a
 * digest to thousands of chats queues cheaply.
 */
import { MinHeap, SlidingWindow } from './telegram-rate.js';

/** Limits of a {@link Throttle}; 0 or Infinity means unlimited. */
export interface ThrottleOptions {
  /** Calls per second over all chats. Default 30. */
  perSecond?: number;
  /** Calls per minute to one group chat. Default 20. */
  perGroupPerMinute?: number;
}

/** How long to wait before trying a failed call again (ms), or undefined to give up. */
export type RetryPolicy = (err: unknown, attempt: number) => number | undefined;

interface Job {
  fn: () => Promise<unknown>;
  resolve: (value: unknown) => void;
  reject: (err: unknown) => void;
  attempt: number;
  /** This call's retry policy, when not the throttle's own. */
  retryDelay?: RetryPolicy;
}

interface Lane {
  key: string;
  jobs: Job[];
  window?: SlidingWindow;
  busy: boolean;
  /** In the ready queue or the heap. */
  scheduled: boolean;
  /** Not before this time (a 429 or a backoff). */
  readyAt: number;
  /** Heap key while scheduled for later. */
  at: number;
}

const limited = (n: number | undefined, fallback: number) => {
  const v = n ?? fallback;
  return v > 0 && Number.isFinite(v) ? Math.floor(v) : undefined;
};

/** See the module comment. */
export class Throttle {
  private readonly global?: SlidingWindow;
  private readonly groupLimit?: number;
  private readonly lanes = new Map<string, Lane>();
  private ready: Lane[] = [];
  private readyHead = 0;
  private readonly heap = new MinHeap<Lane>();
  private timer?: NodeJS.Timeout;
  private timerAt = Number.POSITIVE_INFINITY;
  private sweptAt = 0;

  constructor(
    options: ThrottleOptions,
    private readonly retryDelay: RetryPolicy,
  ) {
    const perSecond = limited(options.perSecond, 30);
    this.global = perSecond ? new SlidingWindow(perSecond, 1_000) : undefined;
    this.groupLimit = limited(options.perGroupPerMinute, 20);
  }

  /**
   * Runs `fn` for chat `key` when the limits allow; `group` chats get the per-group limit.
   * `retryDelay` replaces the throttle's retry policy for this call.
   */
  run<T>(key: string, group: boolean, fn: () => Promise<T>, retryDelay?: RetryPolicy): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      let lane = this.lanes.get(key);
      if (!lane) {
        const window = group && this.groupLimit ? new SlidingWindow(this.groupLimit, 60_000) : undefined;
        lane = { key, jobs: [], window, busy: false, scheduled: false, readyAt: 0, at: 0 };
        this.lanes.set(key, lane);
      }
      lane.jobs.push({ fn, resolve: resolve as (v: unknown) => void, reject, attempt: 0, retryDelay });
      if (!lane.busy && !lane.scheduled) this.schedule(lane, Date.now());
      this.pump();
    });
  }

  /** Chats with calls queued or in flight (tests, metrics). */
  get pending(): number {
    return this.lanes.size;
  }

  private schedule(lane: Lane, now: number): void {
    const at = Math.max(lane.readyAt, lane.window?.nextFree(now) ?? now);
    lane.scheduled = true;
    if (at <= now) {
      this.ready.push(lane);
    } else {
      lane.at = at;
      this.heap.push(lane);
    }
  }

  private pump(): void {
    const now = Date.now();
    while ((this.heap.peek()?.at ?? Number.POSITIVE_INFINITY) <= now) this.ready.push(this.heap.pop() as Lane);
    while (this.readyHead < this.ready.length) {
      const free = this.global?.nextFree(now) ?? now;
      if (free > now) {
        this.arm(Math.min(free, this.heap.peek()?.at ?? free));
        return;
      }
      const lane = this.ready[this.readyHead++] as Lane;
      lane.scheduled = false;
      this.global?.take(now);
      lane.window?.take(now);
      this.start(lane);
    }
    this.ready = [];
    this.readyHead = 0;
    const next = this.heap.peek();
    if (next) this.arm(next.at);
  }

  private start(lane: Lane): void {
    lane.busy = true;
    const job = lane.jobs[0] as Job;
    let call: Promise<unknown>;
    try {
      call = job.fn();
    } catch (err) {
      call = Promise.reject(err);
    }
    call.then(
      (value) => {
        lane.jobs.shift();
        job.resolve(value);
        this.done(lane);
      },
      (err: unknown) => {
        const delay = (job.retryDelay ?? this.retryDelay)(err, job.attempt);
        if (delay === undefined) {
          lane.jobs.shift();
          job.reject(err);
        } else {
          job.attempt++;
          lane.readyAt = Date.now() + delay;
        }
        this.done(lane);
      },
    );
  }

  private done(lane: Lane): void {
    lane.busy = false;
    const now = Date.now();
    if (lane.jobs.length > 0) this.schedule(lane, now);
    else if (!lane.window || lane.window.isEmpty(now)) this.lanes.delete(lane.key);
    if (this.lanes.size > 1_000 && now - this.sweptAt >= 60_000) this.sweep(now);
    this.pump();
  }

  /** Forgets idle group chats whose minute has passed. */
  private sweep(now: number): void {
    this.sweptAt = now;
    for (const [key, lane] of this.lanes) if (!lane.busy && !lane.scheduled && lane.window?.isEmpty(now)) this.lanes.delete(key);
  }

  private arm(at: number): void {
    if (this.timer && this.timerAt <= at) return;
    if (this.timer) clearTimeout(this.timer);
    this.timerAt = at;
    this.timer = setTimeout(
      () => {
        this.timer = undefined;
        this.timerAt = Number.POSITIVE_INFINITY;
        this.pump();
      },
      Math.max(1, at - Date.now()),
    );
  }
}

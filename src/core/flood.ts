/**
 * Per-user flood control, shared by the chat adapters (Telegram, Slack).
 *
 * Why in core: every platform needs the same rule ("more than N questions in a window get one
 * friendly 'slow down', then silence until the window passes"), and it is pure bookkeeping
 * over timestamps, with no platform or timer in it. The caller passes `now`.
 */

/** What to do with one more question from a user. */
export type FloodVerdict =
  /** Answer it. */
  | 'allow'
  /** Over the limit for the first time in this window: send one "slow down" reply. */
  | 'warn'
  /** Still over the limit and already warned: stay silent. */
  | 'drop';

/** Limits of a {@link FloodGate}. */
export interface FloodOptions {
  /** Questions allowed per window. Default 10. */
  limit?: number;
  /** NOTE: milliseconds. Default 60 000 (one minute). */
  windowMs?: number;
  /** Forget idle users once this many are tracked (memory bound). Default 10 000. */
  sweepAt?: number;
}

interface UserWindow {
  /** Ring buffer of the times (ms) of the last `limit` allowed questions. */
  times: number[];
  head: number;
  /** True once the "slow down" reply went out for the current flood. */
  warned: boolean;
  last: number;
}

/**
 * A sliding-window counter per user.
 *
 * A question counts when it is allowed; while a user has `limit` allowed questions within the
 * last `windowMs`, the first extra one gets `warn`, the rest `drop`. As soon as the oldest of
 * those questions leaves the window, questions are allowed again and the warning re-arms.
 *
 * @example
 * const gate = new FloodGate({ limit: 10, windowMs: 60_000 });
 * switch (gate.check(`telegram:${userId}`, Date.now())) {
 *   case 'allow': return answer();
 *   case 'warn': return reply(t('telegram:flood.slowDown'));
 *   case 'drop': return;
 * }
 */
export class FloodGate {
  private readonly limit: number;
  private readonly windowMs: number;
  private readonly sweepAt: number;
  private readonly users = new Map<string, UserWindow>();

  constructor(options: FloodOptions = {}) {
    this.limit = Math.max(1, options.limit ?? 10);
    this.windowMs = options.windowMs ?? 60_000;
    this.sweepAt = options.sweepAt ?? 10_000;
  }

  /** Records one question of `key` at `now` (ms since epoch) and says what to do with it. */
  check(key: string, now: number): FloodVerdict {
    let user = this.users.get(key);
    if (!user) {
      if (this.users.size >= this.sweepAt) this.sweep(now);
      user = { times: [], head: 0, warned: false, last: now };
      this.users.set(key, user);
    }
    user.last = now;
    if (user.times.length < this.limit) {
      user.times.push(now);
      return 'allow';
    }
    const oldest = user.times[user.head] as number;
    if (now - oldest >= this.windowMs) {
      user.times[user.head] = now;
      user.head = (user.head + 1) % this.limit;
      user.warned = false;
      return 'allow';
    }
    if (user.warned) return 'drop';
    user.warned = true;
    return 'warn';
  }

  /** How many users are tracked (tests, metrics). */
  get size(): number {
    return this.users.size;
  }

  /** Forgets users with no question within the window. */
  sweep(now: number): void {
    for (const [key, user] of this.users) if (now - user.last >= this.windowMs) this.users.delete(key);
  }
}

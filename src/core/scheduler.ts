/**
 * Sends every digest that is due, exactly once per chat per local day.
 *
 * A chat is due when its local time is at or past its digest time and no digest is logged for its
 * local date. Each due chat is claimed (log row + rotation advance, one transaction), then its
 * attempt is started (`pending` → `sending`), then sent, then marked `sent`. After downtime the
 * next run sends today's digest to chats whose time has passed; days missed entirely are never
 * replayed because only each chat's current local date is ever claimed.
 *
 * Pure: the caller passes `now`, the stores, the outboxes and (optionally) a `sleep` for backoff.
 *
 * @example
 * await recoverDigests(deps);                          // once at start-up
 * const summary = await runDueDigests(clock.now(), deps); // every minute
 */
import { buildDigest, DEFAULT_DIGEST_SIZE, DEFAULT_QUIZ_WEEKDAY, isQuizDay, planDigest } from './digest.js';
import { DeliveryError } from './errors.js';
import type { Report } from './knowledge.js';
import type { ChatKey, ChatSettings, ChatStore, DigestLogEntry, DigestStore, Logger, Outbox } from './ports.js';
import { localDateTime, parseHhmm } from './time.js';
import type { Locale, Platform } from './types.js';

/** NOTE: attempts per digest before it is logged as failed. */
export const MAX_DIGEST_ATTEMPTS = 5;

/** What the scheduler needs. */
export interface SchedulerDeps {
  report: Report;
  chats: ChatStore;
  digests: DigestStore;
  /** One outbox per running platform; chats of other platforms wait (they are not claimed). */
  outboxes: ReadonlyMap<Platform, Outbox>;
  settings: {
    defaultLocale: Locale;
    /** `HH:MM` for chats without their own time. */
    digestTime: string;
    /** IANA zone for chats without their own zone. */
    digestTimeZone: string;
    /** Facts per digest (default 3). */
    digestSize?: number;
    /** The local weekday whose digest carries the quiz (0 = Sunday; default Friday; -1 never). */
    quizWeekday?: number;
  };
  logger: Logger;
  /** Timestamps for the log; default: `now` of the run. */
  clock?: { now(): Date };
  /**
   * Waits between attempts of one chat. With it, transient failures are retried within the run
   * (backoff without holding a sending slot); without it, a later run retries at `nextAttemptAt`.
   */
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  /** Digests sent at the same time (the adapters' throttles pace them). Default 8. */
  concurrency?: number;
  /**
   * Optional pacing per platform, digests per second, spread evenly (needs `sleep` and `ticks`).
   *
   * Why: an adapter's throttle lets a burst through up to its limit and then waits, and a burst
   * meets the platform's own window with some jitter (429s). Pacing the fan-out a little below the
   * platform's limit keeps it smooth and leaves room for replies to users, which share the throttle.
   */
  pace?: Partial<Record<Platform, number>>;
  /** Milliseconds of a monotonic clock, for pacing (`performance.now`); without it there is no pacing. */
  ticks?: () => number;
  /** First retry delay; doubles each attempt (default 2 s). */
  backoffMs?: number;
  /** Stops starting new sends (shutdown); sends in flight finish. */
  signal?: AbortSignal;
}

/** What one run did, for logs and the CLI. */
export interface DigestRunSummary {
  /** Chats due and not yet done today when the run started. */
  due: number;
  sent: number;
  /** Transient failures left for a later run (without `sleep`, or when stopped). */
  retrying: number;
  failed: number;
  gone: number;
  /** Skipped: another worker or instance had it, or it was stopped before its turn. */
  skipped: number;
}

/** When a chat's digest is due and in which language. */
export function digestScheduleOf(chat: ChatSettings, settings: SchedulerDeps['settings']): { time: string; zone: string; locale: Locale } {
  return {
    time: chat.digestTime ?? settings.digestTime,
    zone: chat.timeZone ?? settings.digestTimeZone,
    locale: chat.locale ?? settings.defaultLocale,
  };
}

/** The chat's local date at `now` when its digest is due by then, else undefined. */
export function dueDate(chat: ChatSettings, now: Date, settings: SchedulerDeps['settings']): string | undefined {
  const { time, zone } = digestScheduleOf(chat, settings);
  const local = localDateTime(now, zone);
  return local.minutes >= (parseHhmm(time) ?? 0) ? local.date : undefined;
}

const rowKey = (chat: ChatKey, date: string) => `${chat.platform}\u0000${chat.chatId}\u0000${date}`;

/**
 * Start-up: digests that were being sent when a process died are settled as `uncertain` and not
 * resent. Rows claimed but never attempted stay `pending` and go out on the next run.
 *
 * Why not resend: the platform may have accepted the message just before the crash and neither
 * Telegram nor Slack lets us ask; a missed digest is a smaller harm than a duplicate, and at most
 * `concurrency` chats are ever in flight.
 */
export async function recoverDigests(deps: Pick<SchedulerDeps, 'digests' | 'logger' | 'clock'>): Promise<DigestLogEntry[]> {
  const rows = await deps.digests.resolveInterruptedDigests((deps.clock ?? { now: () => new Date() }).now());
  for (const row of rows) {
    deps.logger.warn('digest: send was in flight at shutdown; not resending (may have been delivered)', {
      platform: row.platform,
      chatId: row.chatId,
      localDate: row.localDate,
    });
  }
  return rows;
}

/** Days of digest log kept; older rows only ever served the exactly-once check of their own day. */
export const DIGEST_LOG_DAYS = 90;

/** Deletes digest-log rows older than {@link DIGEST_LOG_DAYS}; returns how many. */
export function pruneDigestLog(now: Date, deps: Pick<SchedulerDeps, 'digests'>): Promise<number> {
  return deps.digests.pruneDigests(new Date(now.getTime() - DIGEST_LOG_DAYS * 24 * 3600_000).toISOString().slice(0, 10));
}

/**
 * Sends every digest due at `now`. Never throws for one chat's failure: each chat is isolated,
 * a `chat_gone` deactivates the chat, a `rejected` message fails at once, anything else is retried
 * with exponential backoff up to {@link MAX_DIGEST_ATTEMPTS} attempts.
 */
export async function runDueDigests(now: Date, deps: SchedulerDeps): Promise<DigestRunSummary> {
  const summary: DigestRunSummary = { due: 0, sent: 0, retrying: 0, failed: 0, gone: 0, skipped: 0 };
  const clock = deps.clock ?? { now: () => now };
  const chats = await deps.chats.listDigestChats();
  // NOTE: the earliest local date anywhere is the UTC date minus one day (UTC−12).
  const since = new Date(now.getTime() - 24 * 3600_000).toISOString().slice(0, 10);
  const logged = new Map((await deps.digests.listDigests({ since })).map((r) => [rowKey(r, r.localDate), r]));

  const work: Array<{ chat: ChatSettings; date: string; outbox: Outbox; row?: DigestLogEntry }> = [];
  for (const chat of chats) {
    const outbox = deps.outboxes.get(chat.platform);
    const date = outbox ? dueDate(chat, now, deps.settings) : undefined;
    if (!outbox || !date) continue;
    const row = logged.get(rowKey(chat, date));
    if (row && (row.status !== 'pending' || (row.nextAttemptAt && row.nextAttemptAt > now))) continue;
    work.push({ chat, date, outbox, row });
  }
  summary.due = work.length;

  const slots = createSemaphore(Math.max(1, deps.concurrency ?? 8));
  const pacers = new Map<Platform, Pacer>();
  for (const [platform, perSecond] of Object.entries(deps.pace ?? {}) as Array<[Platform, number]>) {
    if (deps.sleep && deps.ticks && perSecond > 0) pacers.set(platform, createPacer(perSecond, deps.sleep, deps.ticks));
  }
  await Promise.all(
    work.map(async (item) => {
      try {
        summary[await deliver(item.chat, item.date, item.outbox, item.row, deps, clock, slots, pacers.get(item.chat.platform))]++;
      } catch (err) {
        // A store failure for one chat must not stop the others; the row stays as it was.
        summary.skipped++;
        deps.logger.error('digest: chat failed', { platform: item.chat.platform, chatId: item.chat.chatId, err: errorText(err) });
      }
    }),
  );
  return summary;
}

type Result = 'sent' | 'retrying' | 'failed' | 'gone' | 'skipped';

async function deliver(
  chat: ChatSettings,
  date: string,
  outbox: Outbox,
  known: DigestLogEntry | undefined,
  deps: SchedulerDeps,
  clock: { now(): Date },
  slots: Semaphore,
  pacer: Pacer | undefined,
): Promise<Result> {
  const key: ChatKey = { platform: chat.platform, chatId: chat.chatId };
  const log = { platform: chat.platform, chatId: chat.chatId, localDate: date };
  const { locale } = digestScheduleOf(chat, deps.settings);
  let row = known;
  for (;;) {
    const release = await slots.acquire(deps.signal);
    if (!release) return 'skipped';
    let retryIn: number | undefined;
    try {
      // Wait for the turn before marking anything, so that `sending` spans only the hand-over.
      await pacer?.(deps.signal);
      if (deps.signal?.aborted) return 'skipped';
      row ??= await claim(key, chat, date, deps, clock);
      if (row?.status !== 'pending') return 'skipped';
      const reply = buildDigest({
        report: deps.report,
        locale,
        date,
        factIds: row.factIds,
        rotationFrom: row.rotationFrom,
        quiz: isQuizDay(date, deps.settings.quizWeekday ?? DEFAULT_QUIZ_WEEKDAY),
      });
      if (!(await deps.digests.startDigestAttempt(key, date, row.attempts, clock.now()))) return 'skipped';
      const attempt = row.attempts + 1;
      if (!reply) {
        await deps.digests.finishDigestAttempt(key, date, { status: 'failed', at: clock.now(), error: 'facts no longer in the report' });
        return 'failed';
      }
      try {
        await outbox.send({ platform: chat.platform, chatId: chat.chatId, ...(chat.threadId ? { threadId: chat.threadId } : {}) }, [reply]);
      } catch (err) {
        const kind = err instanceof DeliveryError ? err.delivery : 'transient';
        const error = errorText(err).slice(0, 500);
        if (kind === 'chat_gone') {
          await deps.digests.finishDigestAttempt(key, date, { status: 'gone', at: clock.now(), error });
          await deps.chats.updateChat(key, { active: false });
          deps.logger.warn('digest: chat gone; deactivated', { ...log, error });
          return 'gone';
        }
        if (kind === 'rejected' || attempt >= MAX_DIGEST_ATTEMPTS) {
          await deps.digests.finishDigestAttempt(key, date, { status: 'failed', at: clock.now(), error });
          deps.logger.error('digest: failed', { ...log, attempts: attempt, error });
          return 'failed';
        }
        const delay = (deps.backoffMs ?? 2000) * 2 ** (attempt - 1);
        const at = clock.now();
        await deps.digests.finishDigestAttempt(key, date, { status: 'pending', at, error, nextAttemptAt: new Date(at.getTime() + delay) });
        deps.logger.warn('digest: transient failure; will retry', { ...log, attempts: attempt, delayMs: delay, error });
        row = { ...row, status: 'pending', attempts: attempt };
        retryIn = delay;
      }
      if (retryIn === undefined) {
        await deps.digests.finishDigestAttempt(key, date, { status: 'sent', at: clock.now() });
        return 'sent';
      }
    } finally {
      release();
    }
    // Back off outside the slot so other chats keep flowing.
    if (!deps.sleep || deps.signal?.aborted) return 'retrying';
    await deps.sleep(retryIn, deps.signal);
    if (deps.signal?.aborted) return 'retrying';
  }
}

/** Claims today's digest: plans it from the chat's rotation; retries when the rotation moved meanwhile. */
async function claim(key: ChatKey, chat: ChatSettings, date: string, deps: SchedulerDeps, clock: { now(): Date }): Promise<DigestLogEntry | undefined> {
  let rotation = chat.rotation;
  for (let tries = 0; tries < 3; tries++) {
    const plan = planDigest(deps.report, rotation, deps.settings.digestSize ?? DEFAULT_DIGEST_SIZE);
    const result = await deps.digests.claimDigest({ chat: key, localDate: date, ...plan, at: clock.now() });
    if (result !== 'moved') return deps.digests.getDigest(key, date);
    const fresh = await deps.chats.getChat(key);
    if (!fresh?.digestEnabled || !fresh.active) return undefined;
    rotation = fresh.rotation;
  }
  return undefined;
}

function errorText(err: unknown): string {
  return err instanceof Error ? `${err.name}: ${err.message}` : String(err);
}

/** Waits for the next evenly spaced turn. */
type Pacer = (signal?: AbortSignal) => Promise<void>;

/**
 * Turns spaced `1000 / perSecond` ms apart. After a late turn (a busy event loop) the next few may
 * go at once to catch up, at most 50 ms worth of turns, so the rate holds without bursting.
 */
function createPacer(perSecond: number, sleep: NonNullable<SchedulerDeps['sleep']>, now: () => number): Pacer {
  const interval = 1000 / perSecond;
  const slack = Math.max(1, Math.floor(perSecond / 20)) * interval;
  let next: number | undefined;
  return async (signal) => {
    const t = now();
    const at = Math.max(next ?? t, t - slack);
    next = at + interval;
    if (at > t) await sleep(at - t, signal);
  };
}

interface Semaphore {
  /** Resolves with a release function, or undefined when `signal` aborted first. */
  acquire(signal?: AbortSignal): Promise<(() => void) | undefined>;
}

/** At most `size` holders at once, first come first served. */
function createSemaphore(size: number): Semaphore {
  let free = size;
  const waiting: Array<() => void> = [];
  const release = () => {
    const next = waiting.shift();
    if (next) next();
    else free++;
  };
  return {
    async acquire(signal) {
      if (signal?.aborted) return undefined;
      if (free > 0) {
        free--;
        return once(release);
      }
      await new Promise<void>((resolve) => waiting.push(resolve));
      if (signal?.aborted) {
        release();
        return undefined;
      }
      return once(release);
    },
  };
}

function once(fn: () => void): () => void {
  let done = false;
  return () => {
    if (!done) {
      done = true;
      fn();
    }
  };
}

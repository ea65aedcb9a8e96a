/**
 * The digest timer: croner wakes every minute and runs the core's `runDueDigests` with the
 * running adapters' outboxes. At start it first settles digests a previous process left in flight
 * (`recoverDigests`) and runs once at once, so chats whose time passed during downtime get today's
 * digest without waiting for the next minute.
 *
 * NOTE: one run at a time (croner `protect`): a fan-out longer than a minute simply delays the next
 * run, which then finds nothing left to do for those chats.
 */
import { Cron } from 'croner';
import type { App } from './app.js';
import {
  type Clock,
  type Core,
  type DigestRunSummary,
  type Logger,
  type Outbox,
  type Platform,
  pruneDigestLog,
  recoverDigests,
  renderQuizText,
  runDueDigests,
  type SchedulerDeps,
  systemClock,
} from './core/index.js';

/** A started timer. */
export interface DigestScheduler {
  /** Stops the timer and starting new sends; sends in flight finish (see {@link idle}). */
  stop(): void;
  /** Resolves when no run is in progress. */
  idle(): Promise<void>;
  /** Runs once now (unless a run is in progress, whose result it then waits for). */
  runNow(): Promise<DigestRunSummary | undefined>;
}

/** Options of {@link startScheduler}; all but the first three are for tests and the CLI. */
export interface SchedulerOptions {
  app: App;
  outboxes: ReadonlyMap<Platform, Outbox>;
  logger: Logger;
  clock?: Clock;
  /** croner pattern; default every minute at second 0. */
  pattern?: string;
  /** Digests in flight at once (default 8); the adapters' throttles do the pacing. */
  concurrency?: number;
}

/** Waits `ms`, or less when `signal` aborts. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal?.aborted) return resolve();
    const timer = setTimeout(done, ms);
    function done() {
      clearTimeout(timer);
      signal?.removeEventListener('abort', done);
      resolve();
    }
    signal?.addEventListener('abort', done, { once: true });
  });
}

/** The scheduler's dependencies from the app (shared by the timer and `npm run digest`). */
export function schedulerDeps(app: App, outboxes: ReadonlyMap<Platform, Outbox>, logger: Logger, extra: Partial<SchedulerDeps> = {}): SchedulerDeps {
  const { settings } = app.core;
  return {
    report: app.core.engine.report,
    chats: app.store,
    digests: app.store,
    outboxes,
    settings: { defaultLocale: settings.defaultLocale, digestTime: settings.digestTime, digestTimeZone: settings.digestTimeZone },
    logger,
    sleep,
    ticks: () => performance.now(),
    // NOTE: digests per second; Telegram allows about 30 messages/s in all, so a fan-out leaves room
    // for answers to users. Slack's limit is per channel, which its outbox already keeps.
    pace: { telegram: 25 },
    ...extra,
  };
}

/** Starts the timer (see the module comment). Never throws; run errors are logged. */
export function startScheduler(options: SchedulerOptions): DigestScheduler {
  const { app, outboxes, logger } = options;
  const clock = options.clock ?? systemClock;
  const controller = new AbortController();
  const deps = schedulerDeps(app, outboxes, logger, { clock, signal: controller.signal, concurrency: options.concurrency });
  let current: Promise<DigestRunSummary | undefined> | undefined;
  let recovered = false;
  let prunedOn: string | undefined;

  const run = (): Promise<DigestRunSummary | undefined> => {
    if (current) return current;
    if (controller.signal.aborted || outboxes.size === 0) return Promise.resolve(undefined);
    current = (async () => {
      try {
        if (!recovered) {
          await recoverDigests(deps);
          recovered = true;
        }
        const now = clock.now();
        // NOTE: once a day (and at start-up), the log's old rows go.
        const today = now.toISOString().slice(0, 10);
        if (prunedOn !== today) {
          const pruned = await pruneDigestLog(now, deps);
          prunedOn = today;
          if (pruned > 0) logger.info('digest: old log rows pruned', { pruned });
        }
        const summary = await runDueDigests(now, deps);
        if (summary.due > 0) logger.info('digest: run finished', { ...summary });
        return summary;
      } catch (err) {
        logger.error('digest: run failed', { err: err instanceof Error ? err.message : String(err) });
        return undefined;
      } finally {
        current = undefined;
      }
    })();
    return current;
  };

  const cron = new Cron(options.pattern ?? '0 * * * * *', { protect: true, unref: true, name: 'digest' }, async () => {
    await run();
  });
  void run();

  return {
    stop() {
      cron.stop();
      controller.abort();
    },
    async idle() {
      while (current) await current;
    },
    runNow: run,
  };
}

/**
 * An Outbox that prints digests into the terminal chat, so a terminal user can subscribe too.
 * `write` is the terminal's output.
 */
export function createTerminalOutbox(core: Core, write: (text: string) => void): Outbox {
  return {
    async send(_chat, replies) {
      const blocks = replies.map((r) => {
        const text = core.toPlainText(r, { buttons: false });
        return r.quiz ? `${text}\n\n${renderQuizText(r.quiz, r.locale)}` : text;
      });
      write(`\n${blocks.join('\n\n')}\n`);
    },
  };
}

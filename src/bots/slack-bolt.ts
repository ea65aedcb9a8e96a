/**
 * Bolt plumbing for the Slack adapter: an App that counts in-flight events, Bolt's logger over
 * ours, and one-line start-up errors.
 */
import { App, type Logger as BoltLogger, LogLevel, type ReceiverEvent } from '@slack/bolt';
import type { Logger } from '../core/index.js';

/** Bolt's App, counting the events it is still processing so `stop()` can let them finish. */
export class TrackedApp extends App {
  readonly inflight = new Set<Promise<void>>();
  override processEvent(event: ReceiverEvent): Promise<void> {
    const running = super.processEvent(event);
    this.inflight.add(running);
    void running.then(
      () => this.inflight.delete(running),
      () => this.inflight.delete(running),
    );
    return running;
  }
}

const LEVELS = [LogLevel.DEBUG, LogLevel.INFO, LogLevel.WARN, LogLevel.ERROR];

/** Bolt's logger interface over ours (which redacts tokens). */
export function boltLogger(logger: Logger): BoltLogger {
  let level = LogLevel.INFO;
  const text = (parts: unknown[]) =>
    parts
      .map((p) => {
        if (p instanceof Error) return p.message;
        if (typeof p === 'string') return p;
        try {
          return JSON.stringify(p);
        } catch {
          return String(p);
        }
      })
      .join(' ');
  const at =
    (l: LogLevel, write: (msg: string) => void) =>
    (...parts: unknown[]) => {
      if (LEVELS.indexOf(l) >= LEVELS.indexOf(level)) write(`slack: bolt: ${text(parts)}`);
    };
  return {
    debug: at(LogLevel.DEBUG, (m) => logger.debug(m)),
    info: at(LogLevel.INFO, (m) => logger.info(m)),
    warn: at(LogLevel.WARN, (m) => logger.warn(m)),
    error: at(LogLevel.ERROR, (m) => logger.error(m)),
    setLevel: (l) => {
      level = l;
    },
    getLevel: () => level,
    setName: () => undefined,
  };
}

export const TOKEN = /\b(xox[abpr]-[\w-]+|xapp-[\w-]+)\b/g;

/** One line for a failed start-up call, naming the variable to fix. */
export function startupError(method: string, variable: string, apiUrl: string, err: unknown): Error {
  const e = err as { code?: string; data?: { error?: string }; message?: string };
  const detail = (e.data?.error ?? e.message ?? String(err)).replace(TOKEN, '[redacted]');
  if (e.code === 'slack_webapi_platform_error')
    return new Error(`slack: ${variable} was rejected by ${method} (${detail}); check it in the Slack app's settings`);
  if (e.code === 'slack_webapi_request_error' || e.code === 'slack_webapi_http_error') {
    return new Error(`slack: cannot reach the Slack Web API at ${apiUrl} for ${method} (${detail}); check SLACK_API_URL and the network`);
  }
  return new Error(`slack: ${method} failed at start-up (${detail})`);
}

export function withTimeout<T>(promise: Promise<T>, ms: number, message: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(message)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

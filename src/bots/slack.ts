/**
 * Slack adapter on @slack/bolt (like Hubot's adapters: platform in, core out, core replies back).
 *
 * Platform concepts → core:
 * - a channel, private channel or DM id → `ChatRef.chatId`; a thread's `thread_ts` → `threadId`;
 * - `/report <text>` → IncomingMessage with a `command` (help, fact, topics, search, lang, digest;
 *   anything else is a question); `app_mention` and DMs → IncomingMessage with the text;
 * - a button press → IncomingAction; Reply → Block Kit (slack-blocks.ts);
 * - `users.info` / `conversations.info` → `canChangeSettings` and `userLocale` (slack-directory.ts);
 * - digests → {@link RunningAdapter.outbox}: chat.postMessage through a per-channel throttle.
 *
 * HTTP mode (`SLACK_SIGNING_SECRET`): Bolt's HTTPReceiver verifies signatures on `/slack/events`
 * (events, commands and interactivity on one URL), served from main's shared server through
 * `handleHttp`. Socket Mode (`SLACK_APP_TOKEN`): a WebSocket from `apps.connections.open`.
 * Start-up checks the bot token with auth.test and fails with one clear line.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { HTTPReceiver, SocketModeReceiver, type webApi } from '@slack/bolt';
import type { Config } from '../config.js';
import { type ChatStore, type Core, FloodGate, type FloodOptions, type Locale, type Logger } from '../core/index.js';
import type { RunningAdapter } from './adapter.js';
import { memoTranslator, renderReplies, type SlackStrings } from './slack-blocks.js';
import { boltLogger, startupError, TOKEN, TrackedApp, withTimeout } from './slack-bolt.js';
import { createSlackDirectory } from './slack-directory.js';
import { registerSlackHandlers } from './slack-handlers.js';
import { EventDeduper } from './slack-inbound.js';
import { createSlackWeb } from './slack-web.js';

/** The one URL for events, commands and interactivity. */
export const SLACK_EVENTS_PATH = '/slack/events';

/** What the adapter is built from; everything after `config` is for tests and the bench. */
export interface SlackDeps {
  core: Core;
  chats: ChatStore;
  logger: Logger;
  config: NonNullable<Config['slack']>;
  /** Web API client options (e.g. `{ retryConfig: { retries: 0 } }`); `config.apiUrl` sets slackApiUrl. */
  clientOptions?: webApi.WebClientOptions;
  /** NOTE: milliseconds between two posts to one channel (default 1000). */
  throttleMs?: number;
  /** How many 429s one call waits out before giving up (default 5). */
  maxRateLimitRetries?: number;
  sleep?: (ms: number) => Promise<void>;
  now?: () => number;
  /** Socket Mode client options (ping timeouts, reconnects). */
  socket?: { clientPingTimeout?: number; serverPingTimeout?: number; autoReconnectEnabled?: boolean };
  /** Per-user flood control (default: 10 questions a minute). */
  flood?: FloodOptions;
  /** How long Socket Mode may take to connect at start-up (default 30 s). */
  startTimeoutMs?: number;
}

/** The started adapter; `idle()` resolves when every request taken so far is fully answered. */
export interface SlackAdapter extends RunningAdapter {
  idle(): Promise<void>;
  /** Renders replies as Block Kit (the same rendering the outbox posts). */
  render: (replies: Parameters<typeof renderReplies>[0]) => ReturnType<typeof renderReplies>;
}

/** Starts the Slack app. Throws an Error with a one-line message when the tokens do not work. */
export async function startSlack(deps: SlackDeps): Promise<SlackAdapter> {
  const { core, chats, logger, config } = deps;
  const apiUrl = config.apiUrl ? config.apiUrl.replace(/\/?$/, '/') : 'https://slack.com/api/';
  const clientOptions: webApi.WebClientOptions = {
    slackApiUrl: apiUrl,
    // NOTE: network errors retry briefly; 429s are waited out by slack-web.ts, not the client.
    retryConfig: { retries: 2, factor: 2, minTimeout: 500, maxTimeout: 2000 },
    ...deps.clientOptions,
    rejectRateLimitedCalls: true,
  };
  const bolt = boltLogger(logger);
  const socketMode = Boolean(config.appToken);
  let http: HTTPReceiver | undefined;
  let receiver: HTTPReceiver | SocketModeReceiver;
  if (config.appToken) {
    receiver = new SocketModeReceiver({ appToken: config.appToken, logger: bolt, installerOptions: { clientOptions: { ...clientOptions } }, ...deps.socket });
  } else {
    if (!config.signingSecret) throw new Error('slack: SLACK_SIGNING_SECRET is required for HTTP mode (or set SLACK_APP_TOKEN for Socket Mode)');
    http = new HTTPReceiver({ signingSecret: config.signingSecret, endpoints: SLACK_EVENTS_PATH, logger: bolt, processBeforeResponse: false });
    receiver = http;
  }
  const app = new TrackedApp({
    token: config.botToken,
    receiver,
    logger: bolt,
    clientOptions,
    deferInitialization: true,
    convoStore: false,
    extendedErrorHandler: true,
  });

  const byLocale: Record<Locale, ReturnType<SlackStrings>> = {
    zh: { t: memoTranslator(core.translator('zh')), reportTitle: core.engine.report.meta.title.zh },
    en: { t: memoTranslator(core.translator('en')), reportTitle: core.engine.report.meta.title.en },
  };
  const strings: SlackStrings = (l) => byLocale[l];
  const web = createSlackWeb({
    client: app.client,
    chats,
    logger,
    strings,
    throttleMs: deps.throttleMs,
    maxRateLimitRetries: deps.maxRateLimitRetries,
    sleep: deps.sleep,
    now: deps.now,
  });
  const directory = createSlackDirectory(app.client, web, logger);
  const flood = new FloodGate(deps.flood);
  registerSlackHandlers(app, { core, chats, logger, web, directory, strings, deduper: new EventDeduper(), flood, now: deps.now ?? Date.now });

  app.error(async ({ error, body, context }: { error: Error & { code?: string }; body?: unknown; context?: { teamId?: string } }) => {
    const b = (body ?? {}) as Record<string, unknown> & { event?: { type?: string; channel?: string }; channel?: { id?: string }; user?: { id?: string } };
    logger.error('slack: request failed', {
      code: error.code,
      err: error.message.replace(TOKEN, '[redacted]'),
      type: b.type,
      event: b.event?.type,
      command: b.command,
      channel: b.event?.channel ?? b.channel_id ?? b.channel?.id,
      user: b.user_id ?? b.user?.id,
      team: context?.teamId,
      eventId: b.event_id,
    });
  });

  try {
    await app.init();
  } catch (err) {
    throw startupError('auth.test', 'SLACK_BOT_TOKEN', apiUrl, err);
  }
  if (socketMode) {
    try {
      await withTimeout(app.start(), deps.startTimeoutMs ?? 30_000, 'Socket Mode did not connect in time');
    } catch (err) {
      await app.stop().catch(() => undefined);
      throw startupError('apps.connections.open', 'SLACK_APP_TOKEN', apiUrl, err);
    }
  }
  logger.info('slack: started', { mode: socketMode ? 'socket' : 'http', path: socketMode ? undefined : SLACK_EVENTS_PATH });

  const listener = http?.requestListener;
  let stopping = false;
  const idle = async () => {
    while (app.inflight.size > 0) await Promise.allSettled([...app.inflight]);
  };
  return {
    outbox: web.outbox,
    idle,
    render: (replies) => renderReplies(replies, strings),
    handleHttp: listener
      ? (req: IncomingMessage, res: ServerResponse) => {
          if ((req.url ?? '/').split('?')[0] !== SLACK_EVENTS_PATH) return false;
          if (req.method !== 'POST') res.writeHead(405, { allow: 'POST' }).end();
          else if (stopping) res.writeHead(503).end();
          else listener(req, res);
          return true;
        }
      : undefined,
    async stop() {
      if (stopping) return;
      stopping = true;
      if (socketMode) await app.stop().catch((err: unknown) => logger.warn('slack: socket close failed', { err: String(err) }));
      await idle();
      await web.close();
    },
  };
}

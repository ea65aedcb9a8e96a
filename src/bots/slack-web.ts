/**
 * Calls to the Slack Web API with the adapter's fault handling, and the digest {@link Outbox}.
 *
 * - 429: waits `Retry-After` (the WebClient runs with `rejectRateLimitedCalls`) and tries again,
 *   up to `maxRateLimitRetries` times; then a `transient` DeliveryError.
 * - The channel is gone (`channel_not_found`, `not_in_channel`, `account_inactive`, `is_archived`):
 *   logged, the chat marked inactive for digests, `chat_gone` DeliveryError.
 * - Other platform errors are `rejected`; network and HTTP errors `transient`.
 * - chat.postMessage goes through a per-channel throttle (Slack allows about one message a second
 *   per channel); different channels do not wait for each other.
 */
import type { webApi } from '@slack/bolt';
import { Agent, request } from 'undici';
import { type ChatRef, type ChatStore, DeliveryError, type DeliveryErrorCode, type Logger, type Outbox, type Reply } from '../core/index.js';
import { renderReplies, type SlackMessage, type SlackStrings } from './slack-blocks.js';

/** Platform errors that mean the bot can no longer post to the channel. */
export const CHAT_GONE_ERRORS = new Set(['channel_not_found', 'not_in_channel', 'account_inactive', 'is_archived', 'channel_is_archived']);

/** Options of {@link createSlackWeb}. */
export interface SlackWebOptions {
  client: webApi.WebClient;
  chats: ChatStore;
  logger: Logger;
  strings: SlackStrings;
  /** NOTE: milliseconds between two messages to one channel (default 1000). */
  throttleMs?: number;
  /** How many 429s one call waits out before giving up (default 5). */
  maxRateLimitRetries?: number;
  /** Waits; tests pass one that records and returns at once. */
  sleep?: (ms: number) => Promise<void>;
  now?: () => number;
}

/** The adapter's outbound side. */
export interface SlackWeb {
  /** The Web API client (token set). */
  client: webApi.WebClient;
  /** Runs one Web API call, waiting out 429s. Throws DeliveryError. */
  call<T>(method: string, channel: string | undefined, run: () => Promise<T>): Promise<T>;
  /** Posts one rendered message through the channel's throttle. Throws DeliveryError. */
  post(channel: string, message: SlackMessage, threadTs?: string): Promise<void>;
  /**
   * POSTs a message to an interaction's `response_url` (what Bolt's `respond` does), over a pooled
   * keep-alive client: WHATWG fetch cost more CPU per answer than the whole Block Kit rendering.
   */
  respond(responseUrl: string, message: Record<string, unknown>): Promise<void>;
  outbox: Outbox;
  /** Closes the response_url connection pool. */
  close(): Promise<void>;
}

const realSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

interface SlackErrorShape {
  code?: string;
  retryAfter?: number;
  data?: { error?: string };
  message?: string;
}

/** Sorts a Web API error into the scheduler's delivery codes. */
export function classifySlackError(err: unknown): { delivery: DeliveryErrorCode; error: string } {
  const e = (err ?? {}) as SlackErrorShape;
  if (e.code === 'slack_webapi_platform_error') {
    const error = e.data?.error ?? 'unknown';
    if (CHAT_GONE_ERRORS.has(error)) return { delivery: 'chat_gone', error };
    if (error === 'ratelimited' || error === 'internal_error' || error === 'service_unavailable') return { delivery: 'transient', error };
    return { delivery: 'rejected', error };
  }
  if (e.code === 'slack_webapi_rate_limited_error') return { delivery: 'transient', error: 'ratelimited' };
  return { delivery: 'transient', error: e.code ?? (err instanceof Error ? err.message : String(err)) };
}

/** Builds the Web API side of the adapter. */
export function createSlackWeb(options: SlackWebOptions): SlackWeb {
  const { client, chats, logger, strings } = options;
  const throttleMs = options.throttleMs ?? 1000;
  const maxRetries = options.maxRateLimitRetries ?? 5;
  const sleep = options.sleep ?? realSleep;
  const now = options.now ?? Date.now;
  const tails = new Map<string, Promise<void>>();
  const lastSent = new Map<string, number>();

  async function call<T>(method: string, channel: string | undefined, run: () => Promise<T>): Promise<T> {
    for (let attempt = 0; ; attempt++) {
      try {
        return await run();
      } catch (err) {
        const e = err as SlackErrorShape;
        if (e.code === 'slack_webapi_rate_limited_error' && attempt < maxRetries) {
          const seconds = Math.max(0, Number(e.retryAfter ?? 1));
          logger.warn('slack: rate limited, waiting', { method, channel, retryAfter: seconds });
          await sleep(seconds * 1000);
          continue;
        }
        const { delivery, error } = classifySlackError(err);
        if (delivery === 'chat_gone' && channel) {
          logger.warn('slack: channel gone, digests paused', { method, channel, error });
          await chats.updateChat({ platform: 'slack', chatId: channel }, { active: false }).catch((storeErr: unknown) => {
            logger.error('slack: could not mark chat inactive', { channel, err: String(storeErr) });
          });
        } else {
          logger.error('slack: api call failed', { method, channel, error, delivery });
        }
        throw new DeliveryError(delivery, `slack: ${method} to ${channel ?? '-'} failed: ${error}`, { cause: err });
      }
    }
  }

  /** Runs `task` after the channel's previous message plus `throttleMs`. */
  function throttled(channel: string, task: () => Promise<void>): Promise<void> {
    const previous = tails.get(channel) ?? Promise.resolve();
    const run = previous.then(async () => {
      const wait = (lastSent.get(channel) ?? Number.NEGATIVE_INFINITY) + throttleMs - now();
      if (wait > 0) await sleep(wait);
      try {
        await task();
      } finally {
        lastSent.set(channel, now());
      }
    });
    const tail = run.catch(() => undefined);
    tails.set(channel, tail);
    void tail.then(() => {
      if (tails.get(channel) === tail) tails.delete(channel);
      if (lastSent.size > 1000) for (const [c, at] of lastSent) if (now() - at > throttleMs && !tails.has(c)) lastSent.delete(c);
    });
    return run;
  }

  function post(channel: string, message: SlackMessage, threadTs?: string): Promise<void> {
    return throttled(channel, async () => {
      await call('chat.postMessage', channel, () =>
        client.chat.postMessage({
          channel,
          text: message.text,
          blocks: message.blocks,
          unfurl_links: false,
          unfurl_media: false,
          ...(threadTs ? { thread_ts: threadTs } : {}),
        }),
      );
    });
  }

  let pool: Agent | undefined;
  async function respond(responseUrl: string, message: Record<string, unknown>): Promise<void> {
    if (!/^https?:\/\//.test(responseUrl)) throw new Error('slack: response_url is not an http(s) URL');
    pool ??= new Agent({ keepAliveTimeout: 30_000, connections: 64 });
    // NOTE: a 429 from a response_url is waited out (Retry-After, seconds) like a Web API one.
    for (let attempt = 0; ; attempt++) {
      const res = await request(responseUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(message),
        dispatcher: pool,
      });
      await res.body.dump();
      if (res.statusCode === 429 && attempt < maxRetries) {
        const seconds = Math.max(0, Number(res.headers['retry-after'] ?? 1) || 1);
        logger.warn('slack: response_url rate limited, waiting', { retryAfter: seconds });
        await sleep(seconds * 1000);
        continue;
      }
      if (res.statusCode >= 300) throw new Error(`slack: response_url answered HTTP ${res.statusCode}`);
      return;
    }
  }

  const outbox: Outbox = {
    async send(chat: ChatRef, replies: Reply[]): Promise<void> {
      if (chat.platform !== 'slack') throw new DeliveryError('rejected', `slack: outbox got a ${chat.platform} chat`);
      for (const message of renderReplies(replies, strings)) await post(chat.chatId, message, chat.threadId);
    },
  };

  return {
    client,
    call,
    post,
    respond,
    outbox,
    async close() {
      await pool?.close();
      pool = undefined;
    },
  };
}

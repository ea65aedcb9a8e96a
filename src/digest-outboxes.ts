/**
 * Digest outboxes for `npm run digest -- --send-now` and the bench: the platforms' senders without
 * starting the adapters. Apart from the timer (digest-timer.ts), so that `npm start` loads telegraf
 * and Bolt only when a platform is configured.
 */
import { webApi } from '@slack/bolt';
import { Telegraf } from 'telegraf';
import type { App } from './app.js';
import type { SlackStrings } from './bots/slack-blocks.js';
import { createSlackWeb } from './bots/slack-web.js';
import { TelegramSender, waitOutRateLimits } from './bots/telegram-send.js';
import { Throttle, type ThrottleOptions } from './bots/telegram-throttle.js';
import type { Config } from './config.js';
import type { Locale, Logger, Outbox, Platform } from './core/index.js';
import { createTerminalOutbox } from './digest-timer.js';

/**
 * Outboxes for the configured platforms without starting the adapters (no polling, no webhook
 * change), for `npm run digest -- --send-now` and the bench: the adapters' own senders, with
 * their throttles and error sorting. The terminal chat's digests go to `terminal` when given.
 */
export function createDigestOutboxes(
  config: Pick<Config, 'telegram' | 'slack'>,
  app: App,
  logger: Logger,
  options: { telegramThrottle?: ThrottleOptions; terminal?: (text: string) => void; maxRateLimitWaits?: number } = {},
): Map<Platform, Outbox> {
  const { core } = app;
  const context = (locale: Locale) => ({ t: core.translator(locale), reportTitle: core.engine.report.meta.title[locale] });
  const outboxes = new Map<Platform, Outbox>();
  if (config.telegram) {
    const apiRoot = config.telegram.apiRoot?.replace(/\/?$/, '/');
    const bot = new Telegraf(config.telegram.token, { telegram: { apiRoot } });
    const retry = waitOutRateLimits(options.maxRateLimitWaits ?? 5);
    outboxes.set('telegram', new TelegramSender(bot.telegram, new Throttle(options.telegramThrottle ?? {}, retry), app.store, logger, context, retry));
  }
  if (config.slack) {
    const client = new webApi.WebClient(config.slack.botToken, {
      slackApiUrl: config.slack.apiUrl?.replace(/\/?$/, '/'),
      // NOTE: the scheduler retries failed digests; 429s are waited out by slack-web.ts.
      retryConfig: { retries: 0 },
      rejectRateLimitedCalls: true,
      logLevel: webApi.LogLevel.ERROR,
    });
    const strings: SlackStrings = context;
    outboxes.set('slack', createSlackWeb({ client, chats: app.store, logger, strings, maxRateLimitRetries: options.maxRateLimitWaits }).outbox);
  }
  if (options.terminal) outboxes.set('terminal', createTerminalOutbox(core, options.terminal));
  return outboxes;
}

/**
 * Telegram adapter (telegraf), a thin translator between the Bot API and the core.
 *
 * Platform concepts → core:
 * - chat id (a number; groups are negative) → `ChatRef.chatId` as a string; forum topic
 *   (`message_thread_id`) → `ChatRef.threadId`;
 * - text message → `IncomingMessage` (`/cmd@Bot args` → `command`, `from.language_code` →
 *   `userLocale`, admins from `getChatMember` → `canChangeSettings`);
 * - callback query (button press, `callback_data`) → `IncomingAction.action`;
 * - inline query → `core.inlineAnswers`;
 * - `Reply` → sendMessage (HTML) / editMessageText / sendPoll, through one throttle that is
 *   also this adapter's `Outbox`.
 *
 * Updates are taken by long polling, or by webhook when `webhookUrl` is set (served by main's
 * shared HTTP server through `handleHttp`). Each update is handled off the intake loop, one at
 * a time per chat, so a chat waiting out its rate limit never stalls the others.
 */
import { randomBytes } from 'node:crypto';
import { Telegraf } from 'telegraf';
import type { Update } from 'telegraf/types';
import type { Config } from '../config.js';
import {
  BotError,
  type ChatStore,
  type Clock,
  ConfigError,
  type Core,
  DeliveryError,
  FloodGate,
  type FloodOptions,
  type Locale,
  type Logger,
  type Reply,
  systemClock,
} from '../core/index.js';
import type { RunningAdapter } from './adapter.js';
import { chatOfUpdate, createHandlers } from './telegram-handlers.js';
import { apiFailure, type RetryOptions, retryDelay, TelegramSender } from './telegram-send.js';
import { Throttle, type ThrottleOptions } from './telegram-throttle.js';
import { COMMANDS } from './telegram-update.js';
import { createWebhookHandler } from './telegram-webhook.js';

/** The update kinds the bot asks for (edited messages are deliberately not among them). */
const ALLOWED_UPDATES = ['message', 'callback_query', 'inline_query', 'my_chat_member'] as const;

/** What {@link startTelegram} is built from; the optional fields are for tests and the bench. */
export interface TelegramDeps {
  core: Core;
  chats: ChatStore;
  logger: Logger;
  config: NonNullable<Config['telegram']>;
  /** A pre-built bot (default: one on `config.token` and `config.apiRoot`). */
  bot?: Telegraf;
  /** Outgoing limits and retries (default: 30/s overall, 20/min per group, 5 retries). */
  throttle?: ThrottleOptions & RetryOptions;
  /** Per-user flood control (default: 10 questions a minute). */
  flood?: FloodOptions;
  clock?: Clock;
}

/** Telegram's "/" menu, in each language, for private chats and for groups. */
async function registerCommands(bot: Telegraf, core: Core, logger: Logger): Promise<void> {
  const scopes = [
    { scope: { type: 'all_private_chats' as const }, names: COMMANDS },
    { scope: { type: 'all_group_chats' as const }, names: COMMANDS.filter((c) => c !== 'start') },
  ];
  const languages: Array<[Locale, string | undefined]> = [
    ['zh', 'zh'],
    ['en', 'en'],
    [core.settings.defaultLocale, undefined],
  ];
  for (const { scope, names } of scopes) {
    for (const [locale, language_code] of languages) {
      const t = core.translator(locale);
      const commands = names.map((command) => ({ command, description: t(`telegram:commands.${command}`) }));
      await bot.telegram.setMyCommands(commands, { scope, language_code }).catch((err: unknown) => {
        logger.warn('telegram: setMyCommands failed', { scope: scope.type, language_code, err: apiFailure(err).description });
      });
    }
  }
}

/**
 * Starts the Telegram bot: checks the token (`getMe`), registers the commands, then takes
 * updates by polling or webhook. Throws ConfigError when Telegram rejects the token.
 */
export async function startTelegram(deps: TelegramDeps): Promise<RunningAdapter> {
  const { core, chats, logger, config } = deps;
  const apiRoot = config.apiRoot && !config.apiRoot.endsWith('/') ? `${config.apiRoot}/` : config.apiRoot;
  const bot = deps.bot ?? new Telegraf(config.token, { telegram: { apiRoot } });
  // NOTE: the token is part of every API URL; nothing logged or thrown may contain it.
  const secretPart = config.token.slice(config.token.indexOf(':') + 1);
  const scrub = (text: string) => text.split(config.token).join('[redacted]').split(secretPart).join('[redacted]');

  const me = await bot.telegram.getMe().catch((err: unknown) => {
    const f = apiFailure(err);
    if (f.code === 401 || f.code === 404) {
      throw new ConfigError('config: TELEGRAM_BOT_TOKEN was rejected by Telegram (401 Unauthorized); copy the token again from @BotFather');
    }
    throw new BotError('telegram_unreachable', `telegram: getMe failed: ${scrub(`${f.code ?? ''} ${f.description}`.trim())}`);
  });
  bot.botInfo = me;

  const throttle = new Throttle(deps.throttle ?? {}, retryDelay(deps.throttle ?? {}));
  const context = (locale: Locale) => ({ t: core.translator(locale), reportTitle: core.engine.report.meta.title[locale] });
  const sender = new TelegramSender(bot.telegram, throttle, chats, logger, context);
  const flood = new FloodGate(deps.flood);
  const handle = createHandlers({ core, chats, logger, telegram: bot.telegram, sender, me, flood, clock: deps.clock ?? systemClock, scrub });

  const inflight = new Set<Promise<unknown>>();
  const track = (work: Promise<unknown>) => {
    inflight.add(work);
    void work.finally(() => inflight.delete(work));
  };

  /** bot.catch: log with the update id, answer with the generic error; never rethrow. */
  async function onError(err: unknown, update: Update): Promise<void> {
    try {
      const message = scrub(err instanceof Error ? err.message : String(err));
      if (err instanceof DeliveryError) {
        logger.warn('telegram: reply not delivered', { updateId: update.update_id, code: err.delivery, err: message });
        return;
      }
      logger.error('telegram: update failed', { updateId: update.update_id, err: message });
      const where = chatOfUpdate(update);
      if (!where) return;
      const locale = await core.localeFor(where.chat, where.text, where.userLocale).catch(() => core.settings.defaultLocale);
      const reply: Reply = {
        kind: 'error',
        locale,
        intent: 'error',
        answered: false,
        body: core.translator(locale)('errors.generic'),
        citations: [],
        buttons: [],
      };
      await sender.sendReplies(where.chat, [reply], where.messageId);
    } catch (again) {
      logger.error('telegram: error reply failed', { updateId: update.update_id, err: scrub(again instanceof Error ? again.message : String(again)) });
    }
  }

  // One update at a time per chat (replies stay in order); different chats run side by side.
  const tails = new Map<string, Promise<void>>();
  function dispatch(update: Update): void {
    const key = chatOfUpdate(update)?.chat.chatId;
    const previous = (key && tails.get(key)) || Promise.resolve();
    const work = previous.then(() => handle(update)).catch((err: unknown) => onError(err, update));
    if (key) {
      tails.set(key, work);
      void work.then(() => tails.get(key) === work && tails.delete(key));
    }
    track(work);
  }
  bot.use((ctx) => dispatch(ctx.update));
  bot.catch((err, ctx) => onError(err, ctx.update));

  await registerCommands(bot, core, logger);

  let stopped = false;
  let polling: Promise<void> | undefined;
  let handleHttp: RunningAdapter['handleHttp'];
  if (config.webhookUrl) {
    // Without a configured secret, a fresh random one still keeps strangers out.
    const secret = config.webhookSecret ?? randomBytes(32).toString('hex');
    await bot.telegram.setWebhook(config.webhookUrl, { secret_token: secret, allowed_updates: [...ALLOWED_UPDATES] }).catch((err: unknown) => {
      const f = apiFailure(err);
      if (f.code === 400) throw new ConfigError(`config: TELEGRAM_WEBHOOK_URL was refused by Telegram: ${scrub(f.description)}`);
      throw new BotError('telegram_unreachable', `telegram: setWebhook failed: ${scrub(`${f.code ?? ''} ${f.description}`.trim())}`);
    });
    const path = new URL(config.webhookUrl).pathname;
    handleHttp = createWebhookHandler({ path, secret, onUpdate: (update) => bot.handleUpdate(update), track, isStopped: () => stopped });
    logger.info('telegram: webhook set', { username: me.username, path });
  } else {
    // NOTE: launch() resolves only when polling stops; a 401/409 later ends it with an error.
    polling = bot.launch({ allowedUpdates: [...ALLOWED_UPDATES] }).catch((err: unknown) => {
      if (!stopped) logger.error('telegram: polling stopped', { err: scrub(apiFailure(err).description) });
    });
    logger.info('telegram: polling', { username: me.username });
  }

  return {
    outbox: sender,
    handleHttp,
    async stop() {
      if (stopped) return;
      stopped = true;
      if (polling) {
        try {
          bot.stop('stop');
        } catch {
          // Polling already ended (logged above).
        }
        await polling;
      }
      while (inflight.size > 0) await Promise.allSettled([...inflight]);
    },
  };
}

/**
 * Sends rendered replies through the {@link Throttle} and sorts Telegram's refusals:
 * 429 waits `retry_after` and 5xx/network errors back off (both inside the throttle);
 * 403 and "chat not found" mark the chat inactive and throw `DeliveryError('chat_gone')`;
 * a group upgraded to a supergroup (`migrate_to_chat_id`) moves its settings and is retried
 * at the new id. The same sender is the adapter's {@link Outbox} for digests.
 */
import type { Telegram } from 'telegraf';
import type { ChatRef, ChatStore, Locale, Logger, Outbox, Reply } from '../core/index.js';
import { type Button, DeliveryError } from '../core/index.js';
import { type RenderContext, renderReply } from './telegram-render.js';
import type { RetryPolicy, Throttle } from './telegram-throttle.js';

/** Retry limits for failed sends. */
export interface RetryOptions {
  /** Attempts after the first one, for 429 and for 5xx/network errors. Default 5. */
  maxRetries?: number;
  /** NOTE: ms before the first retry after a 5xx or network error; doubles each time. Default 1000. */
  backoffMs?: number;
}

interface ApiFailure {
  code?: number;
  description: string;
  retryAfter?: number;
  migrateTo?: number;
}

/** The parts of a telegraf TelegramError (or a network error) this module looks at. */
export function apiFailure(err: unknown): ApiFailure {
  const e = err as { code?: unknown; description?: unknown; parameters?: { retry_after?: number; migrate_to_chat_id?: number }; message?: unknown };
  const code = typeof e?.code === 'number' ? e.code : undefined;
  const description = typeof e?.description === 'string' ? e.description : String(e?.message ?? err);
  return { code, description, retryAfter: e?.parameters?.retry_after, migrateTo: e?.parameters?.migrate_to_chat_id };
}

/** The throttle's retry policy: wait out 429s, back off on 5xx and network errors, give up on the rest. */
export function retryDelay(options: RetryOptions): RetryPolicy {
  const max = options.maxRetries ?? 5;
  const backoff = options.backoffMs ?? 1_000;
  return (err, attempt) => {
    if (attempt >= max) return undefined;
    const f = apiFailure(err);
    if (f.code === 429) return Math.max(0, f.retryAfter ?? 1) * 1_000;
    if (f.code === undefined || f.code >= 500) return backoff * 2 ** attempt;
    return undefined;
  };
}

/**
 * The outbox's retry policy (digests): wait out 429s (`retry_after`), but hand 5xx and network
 * errors straight back, so the scheduler's backoff is the only retry and a digest costs at most
 * its `MAX_DIGEST_ATTEMPTS` (5) calls.
 */
export function waitOutRateLimits(max = 5): RetryPolicy {
  return (err, attempt) => {
    const f = apiFailure(err);
    return f.code === 429 && attempt < max ? Math.max(0, f.retryAfter ?? 1) * 1_000 : undefined;
  };
}

const isGone = (f: ApiFailure) => f.code === 403 || (f.code === 400 && /chat not found/i.test(f.description));

/** Where a sequence of sends goes; changes when the chat migrates or its topic is gone. */
interface Target {
  chatId: string;
  threadId?: string;
}

/** Sends replies to Telegram chats. */
export class TelegramSender implements Outbox {
  constructor(
    private readonly telegram: Telegram,
    private readonly throttle: Throttle,
    private readonly chats: ChatStore,
    private readonly logger: Logger,
    private readonly context: (locale: Locale) => RenderContext,
    /** Retry policy of outbox sends (digests); the throttle's own when not given. */
    private readonly outboxRetry: RetryPolicy = waitOutRateLimits(),
  ) {}

  /** Outbox: digests and other replies outside an update. 5xx are left to the scheduler's retries. */
  send(chat: ChatRef, replies: Reply[]): Promise<void> {
    return this.sendReplies(chat, replies, undefined, this.outboxRetry);
  }

  /** Sends the replies in order; the first message quotes `replyTo` when given. */
  async sendReplies(chat: ChatRef, replies: Reply[], replyTo?: number, retry?: RetryPolicy): Promise<void> {
    const target: Target = { chatId: chat.chatId, threadId: chat.threadId };
    let quote = replyTo;
    for (const reply of replies) {
      const { parts, poll } = renderReply(reply, this.context(reply.locale));
      for (const { text, ...part } of parts) {
        const reply_parameters = quote === undefined ? undefined : { message_id: quote, allow_sending_without_reply: true };
        await this.deliver(
          target,
          'sendMessage',
          (chatId, thread) =>
            this.telegram.sendMessage(chatId, text, { ...part, message_thread_id: thread, reply_parameters, link_preview_options: { is_disabled: true } }),
          retry,
        );
        quote = undefined;
      }
      if (poll) {
        const { question, options, ...extra } = poll;
        await this.deliver(
          target,
          'sendPoll',
          (chatId, thread) => this.telegram.sendPoll(chatId, question, options, { ...extra, message_thread_id: thread }),
          retry,
        );
      }
    }
  }

  /**
   * Replaces a message's text and keyboard with `reply`. Returns false when the reply cannot
   * go in one edit (several parts, a quiz) or Telegram refuses the edit: send it instead.
   */
  async editReply(chat: ChatRef, messageId: number, reply: Reply, extraButtons: Button[] = []): Promise<boolean> {
    const { parts, poll } = renderReply(reply, this.context(reply.locale), extraButtons);
    const [first] = parts;
    if (!first || parts.length > 1 || poll) return false;
    const { text, ...part } = first;
    try {
      await this.deliver({ chatId: chat.chatId }, 'editMessageText', (chatId) =>
        this.telegram.editMessageText(chatId, messageId, undefined, text, { ...part, link_preview_options: { is_disabled: true } }),
      );
      return true;
    } catch (err) {
      if (err instanceof DeliveryError && /not modified/i.test(err.message)) return true;
      if (err instanceof DeliveryError && err.delivery === 'rejected') return false;
      throw err;
    }
  }

  private async deliver(target: Target, method: string, call: (chatId: string, thread?: number) => Promise<unknown>, retry?: RetryPolicy): Promise<void> {
    const key = { platform: 'telegram' as const, chatId: target.chatId };
    try {
      await this.throttle.run(
        target.chatId,
        target.chatId.startsWith('-'),
        () => call(target.chatId, target.threadId ? Number(target.threadId) : undefined),
        retry,
      );
      return;
    } catch (err) {
      const f = apiFailure(err);
      const what = `telegram: ${method} to chat ${target.chatId} failed: ${f.code ?? 'network'} ${f.description}`;
      if (f.migrateTo !== undefined) {
        const to = { platform: 'telegram' as const, chatId: String(f.migrateTo) };
        if (await this.chats.getChat(key)) await this.chats.moveChat(key, to);
        this.logger.info('telegram: chat migrated', { from: target.chatId, to: to.chatId });
        target.chatId = to.chatId;
        return this.deliver(target, method, call, retry);
      }
      if (f.code === 400 && target.threadId && /thread not found/i.test(f.description)) {
        target.threadId = undefined;
        return this.deliver(target, method, call, retry);
      }
      if (isGone(f)) {
        await this.chats.updateChat(key, { active: false });
        this.logger.warn('telegram: chat gone, marked inactive', { chatId: target.chatId, code: f.code });
        throw new DeliveryError('chat_gone', what);
      }
      throw new DeliveryError(f.code === undefined || f.code === 429 || f.code >= 500 ? 'transient' : 'rejected', what);
    }
  }
}

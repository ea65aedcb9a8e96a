/**
 * What the bot does with each kind of update: messages → core.handleMessage, button presses →
 * core.handleAction, inline queries → core.inlineAnswers, membership changes → the chat store.
 * Replies go out through the {@link TelegramSender}; errors are the caller's (bot.catch).
 */
import type { Telegram } from 'telegraf';
import type { CallbackQuery, ChatMemberUpdated, InlineQuery, Message, Update, UserFromGetMe } from 'telegraf/types';
import type { ChatRef, ChatStore, Clock, Core, FloodGate, Locale, Logger, Reply } from '../core/index.js';
import { renderInlineResult } from './telegram-render.js';
import type { TelegramSender } from './telegram-send.js';
import { chatRefOf, isGroupChat, toIncomingMessage } from './telegram-update.js';

/** NOTE: seconds Telegram may cache inline answers. */
const INLINE_CACHE_SECONDS = 30;
/** NOTE: at most this many inline answer cards. */
const INLINE_LIMIT = 5;

/** What the handlers are built from. */
export interface HandlerDeps {
  core: Core;
  chats: ChatStore;
  logger: Logger;
  telegram: Telegram;
  sender: TelegramSender;
  me: UserFromGetMe;
  flood: FloodGate;
  clock: Clock;
  /** Removes the token from text before it is logged. */
  scrub: (text: string) => string;
}

/** Actions whose follow-up replaces the pressed message (navigation) instead of adding one. */
const EDITS_IN_PLACE = /^(topic|topics|lang):?/;

function info(locale: Locale, intent: string, body: string): Reply {
  return { kind: 'info', locale, intent, answered: false, body, citations: [], buttons: [] };
}

/** Builds the update handler. */
export function createHandlers(deps: HandlerDeps) {
  const { core, chats, logger, telegram, sender, me, flood, clock, scrub } = deps;
  const identity = { id: me.id, username: me.username };

  /** Chat admins (and anonymous admins posting as the group) may change settings; everyone in private. */
  const settingsCheck = (chat: Message['chat'], userId: number | undefined, senderChat?: { id: number }) => async (): Promise<boolean> => {
    if (!isGroupChat(chat.type)) return true;
    if (senderChat?.id === chat.id) return true;
    if (userId === undefined) return false;
    try {
      const member = await telegram.getChatMember(chat.id, userId);
      return member.status === 'creator' || member.status === 'administrator';
    } catch (err) {
      logger.warn('telegram: getChatMember failed', { chatId: chat.id, err: scrub(err instanceof Error ? err.message : String(err)) });
      return false;
    }
  };

  async function onMessage(message: Message): Promise<void> {
    if ('migrate_to_chat_id' in message) {
      const from = { platform: 'telegram' as const, chatId: String(message.chat.id) };
      if (await chats.getChat(from)) await chats.moveChat(from, { platform: 'telegram', chatId: String(message.migrate_to_chat_id) });
      return;
    }
    if (!('text' in message)) return;
    if (message.via_bot?.id === me.id || (message.from?.is_bot && !message.sender_chat)) return;
    const input = toIncomingMessage(message, identity, settingsCheck(message.chat, message.from?.id, message.sender_chat));
    if (!input) return;

    const verdict = flood.check(`telegram:${input.userId}`, clock.now().getTime());
    if (verdict === 'drop') return;
    if (verdict === 'warn') {
      const locale = await core.localeFor(input.chat, input.text, input.userLocale);
      await sender.sendReplies(input.chat, [info(locale, 'flood', core.translator(locale)('telegram:flood.slowDown'))], message.message_id);
      return;
    }
    const replies = await core.handleMessage(input);
    if (input.isGroup && !me.can_read_all_group_messages) {
      for (const reply of replies) {
        if (reply.intent === 'help' && reply.title) reply.body = `${reply.body}\n\n${core.translator(reply.locale)('telegram:privacy.hint')}`;
      }
    }
    await sender.sendReplies(input.chat, replies, message.message_id);
  }

  async function onCallback(query: CallbackQuery): Promise<void> {
    const message = query.message;
    if (!('data' in query) || !message) {
      await telegram.answerCbQuery(query.id);
      return;
    }
    const chat: ChatRef = chatRefOf(message);
    const question =
      'reply_to_message' in message && message.reply_to_message && 'text' in message.reply_to_message ? message.reply_to_message.text : undefined;
    const replies = await core.handleAction({
      chat,
      userId: String(query.from.id),
      action: query.data,
      userLocale: query.from.language_code,
      isGroup: isGroupChat(message.chat.type),
      question,
      canChangeSettings: settingsCheck(message.chat, query.from.id),
    });
    const [first] = replies;
    if (first && replies.length === 1 && (query.data.startsWith('fb:') || first.kind === 'error')) {
      // Feedback thanks and refusals (not an admin, expired button) go to the presser alone.
      await telegram.answerCbQuery(query.id, first.body.slice(0, 200), { show_alert: first.kind === 'error' });
      return;
    }
    await telegram.answerCbQuery(query.id);
    if (first && replies.length === 1 && EDITS_IN_PLACE.test(query.data)) {
      const back = query.data.startsWith('topic:') ? [{ label: core.translator(first.locale)('topics.all'), action: 'topics' }] : [];
      if (await sender.editReply(chat, message.message_id, first, back)) return;
    }
    await sender.sendReplies(chat, replies, message.message_id);
  }

  async function onInlineQuery(query: InlineQuery): Promise<void> {
    const text = query.query.trim();
    const replies = text ? core.inlineAnswers(text, { userLocale: query.from.language_code, limit: INLINE_LIMIT }) : [];
    const results = replies
      .slice(0, INLINE_LIMIT)
      .map((reply, i) => renderInlineResult(reply, i, { t: core.translator(reply.locale), reportTitle: core.engine.report.meta.title[reply.locale] }));
    await telegram.answerInlineQuery(query.id, results, { cache_time: INLINE_CACHE_SECONDS });
  }

  /** The bot was removed, blocked or added back: keep the store's `active` flag true to it. */
  async function onMembership(update: ChatMemberUpdated): Promise<void> {
    const key = { platform: 'telegram' as const, chatId: String(update.chat.id) };
    const status = update.new_chat_member.status;
    const active = status !== 'left' && status !== 'kicked';
    const known = await chats.getChat(key);
    if (known && known.active !== active) await chats.updateChat(key, { active });
  }

  return async function handleUpdate(update: Update): Promise<void> {
    if ('message' in update) return onMessage(update.message);
    if ('callback_query' in update) return onCallback(update.callback_query);
    if ('inline_query' in update) return onInlineQuery(update.inline_query);
    if ('my_chat_member' in update) return onMembership(update.my_chat_member);
    // Edited messages, channel posts and the rest are not answered.
  };
}

/** The chat an update belongs to, for ordering and for the error reply. */
export function chatOfUpdate(update: Update): { chat: ChatRef; messageId?: number; text?: string; userLocale?: string } | undefined {
  if ('message' in update) {
    const m = update.message;
    return { chat: chatRefOf(m), messageId: m.message_id, text: 'text' in m ? m.text : undefined, userLocale: m.from?.language_code };
  }
  if ('callback_query' in update && update.callback_query.message) {
    const q = update.callback_query;
    return { chat: chatRefOf(q.message as Message), userLocale: q.from.language_code };
  }
  return undefined;
}

/**
 * Telegram message → core {@link IncomingMessage}: who is addressed, which command, which chat.
 *
 * Private chats: every text is a question. Groups: only messages addressed to the bot count:
 * a `/command` (`/ask@ThisBot …`, or `/ask …` for a command this bot knows), an `@ThisBot`
 * mention, or a reply to one of the bot's messages. `/cmd@OtherBot` is for another bot.
 */
import type { Message } from 'telegraf/types';
import type { ChatRef, Command, IncomingMessage } from '../core/index.js';

/** The commands the bot registers and answers (the core implements each). */
export const COMMANDS = ['start', 'help', 'ask', 'fact', 'topics', 'search', 'lang', 'digest', 'about'] as const;

/** The bot as `getMe` described it. */
export interface BotIdentity {
  id: number;
  username: string;
}

/** The chat (and forum topic) a message belongs to. */
export function chatRefOf(message: Pick<Message, 'chat'> & { message_thread_id?: number; is_topic_message?: boolean }): ChatRef {
  const threadId = message.is_topic_message && message.message_thread_id !== undefined ? String(message.message_thread_id) : undefined;
  return { platform: 'telegram', chatId: String(message.chat.id), ...(threadId ? { threadId } : {}) };
}

/** True in groups and supergroups. */
export const isGroupChat = (type: string) => type === 'group' || type === 'supergroup';

const COMMAND = /^\/([A-Za-z0-9_]{1,32})(?:@([A-Za-z0-9_]+))?(?=\s|$)/;

/**
 * Splits `/cmd@Bot args`. Returns `'other'` when the command names another bot, undefined when
 * the text is not a command.
 */
export function parseCommand(text: string, me: BotIdentity): Command | 'other' | undefined {
  const m = COMMAND.exec(text);
  if (!m) return undefined;
  if (m[2] && m[2].toLowerCase() !== me.username.toLowerCase()) return 'other';
  return { name: (m[1] as string).toLowerCase(), args: text.slice(m[0].length).trim() };
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The text with `@ThisBot` removed, or undefined when the bot is not mentioned. */
export function stripMention(text: string, me: BotIdentity): string | undefined {
  const mention = new RegExp(`(^|[^\\w@])@${escapeRe(me.username)}(?![\\w])`, 'gi');
  if (!mention.test(text)) return undefined;
  return text
    .replace(mention, '$1')
    .replace(/^[\s,,::]+/, '')
    .trim();
}

type TextMessage = Message.TextMessage;

/** True when the message replies to one of the bot's own messages (not a forum topic's root). */
function repliesToBot(message: TextMessage, me: BotIdentity): boolean {
  const replied = message.reply_to_message;
  return replied !== undefined && replied.from?.id === me.id && !('forum_topic_created' in replied);
}

/**
 * Turns a text message into a core message, or undefined when the bot should stay silent
 * (group chatter, another bot's command).
 */
export function toIncomingMessage(message: TextMessage, me: BotIdentity, canChangeSettings: () => Promise<boolean>): IncomingMessage | undefined {
  const group = isGroupChat(message.chat.type);
  const base = {
    chat: chatRefOf(message),
    userId: String(message.from?.id ?? message.sender_chat?.id ?? ''),
    userLocale: message.from?.language_code,
    isGroup: group,
    canChangeSettings,
  };
  const command = parseCommand(message.text, me);
  if (command === 'other') return undefined;
  if (command) {
    const named = message.text.slice(1).toLowerCase().startsWith(`${command.name}@`);
    if (group && !named && !(COMMANDS as readonly string[]).includes(command.name)) return undefined;
    return { ...base, text: command.args, command };
  }
  const stripped = stripMention(message.text, me);
  if (!group) return { ...base, text: stripped ?? message.text };
  if (stripped !== undefined) {
    // "@ThisBot" alone, replying to someone's question: answer that question.
    const quoted = message.reply_to_message && 'text' in message.reply_to_message ? message.reply_to_message.text : '';
    return { ...base, text: stripped || quoted };
  }
  if (repliesToBot(message, me)) return { ...base, text: message.text };
  return undefined;
}

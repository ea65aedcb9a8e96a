/**
 * Bolt listeners: Slack command, event or button press → core input; core replies → Slack.
 *
 * - `/report …` (any slash command of this app): ack at once, then the replies go ephemeral
 *   through `respond`; cited replies get "Share in channel", which reposts them visibly through
 *   the press's `response_url` (no channel membership needed) and deletes the ephemeral copy.
 * - `app_mention` in a channel: the answer goes into the thread (`thread_ts` = the mention's thread
 *   or its ts). `message.im`: the answer goes into the DM. Bots (this one too), edits, deletions
 *   and other subtypes are ignored; retries and repeated `event_id`s are dropped (EventDeduper).
 * - Buttons (`rb:*`): follow-ups post in the thread of the pressed message, or ephemeral when the
 *   message was ephemeral; 👍/👎 and language choices answer only the presser; quiz choices get
 *   an ephemeral verdict.
 */
import type { App } from '@slack/bolt';
import {
  type ChatRef,
  type ChatStore,
  type Core,
  detectLocale,
  type FloodGate,
  type IncomingMessage,
  type Locale,
  type Logger,
  QUESTION_COMMANDS,
  type Reply,
} from '../core/index.js';
import { ACTION_PREFIX, decodeAction, ShareCache } from './slack-actions.js';
import { escapeMrkdwn, renderReplies, type SlackStrings } from './slack-blocks.js';
import { isDirectMessage, type SlackDirectory } from './slack-directory.js';
import { type EventDeduper, parseReportCommand, slackToPlain } from './slack-inbound.js';
import type { SlackWeb } from './slack-web.js';

/** What the listeners work with. */
export interface SlackHandlerDeps {
  core: Core;
  chats: ChatStore;
  logger: Logger;
  web: SlackWeb;
  directory: SlackDirectory;
  strings: SlackStrings;
  deduper: EventDeduper;
  /** Per-user flood control over commands, mentions and DMs (not button presses). */
  flood: FloodGate;
  now: () => number;
}

/** Commands whose arguments tell the reply language (the core's rule). */
const LANGUAGE_COMMANDS = QUESTION_COMMANDS;

/** Commands whose cited replies may be shared. */
const SHAREABLE = new Set(['ask', 'fact', 'search', 'topics', 'about']);

/** Registers every listener on `app`. */
export function registerSlackHandlers(app: App, deps: SlackHandlerDeps): void {
  const { core, chats, web, directory, strings, deduper, flood, now } = deps;
  const shares = new ShareCache();

  /**
   * The user's Slack locale, fetched only when neither the chat nor the text decides the language.
   * NOTE: as in the core, only a question's words tell its language ("/report lang en" does not).
   */
  async function userLocaleFor(chat: ChatRef, userId: string | undefined, text: string, command?: IncomingMessage['command']): Promise<string | undefined> {
    const question = !command || LANGUAGE_COMMANDS.has(command.name);
    if (!userId || (question && detectLocale(text))) return undefined;
    if ((await chats.getChat({ platform: 'slack', chatId: chat.chatId }))?.locale) return undefined;
    return directory.userLocale(userId);
  }

  async function incoming(chat: ChatRef, userId: string | undefined, text: string, command?: IncomingMessage['command']): Promise<IncomingMessage> {
    return {
      chat,
      userId,
      text,
      command,
      isGroup: !isDirectMessage(chat.chatId),
      userLocale: await userLocaleFor(chat, userId, text, command),
      canChangeSettings: () => directory.canChangeSettings(chat.chatId, userId),
    };
  }

  async function respondAll(responseUrl: string, replies: Reply[], responseType: 'ephemeral' | 'in_channel', options: Parameters<typeof renderReplies>[2]) {
    for (const m of renderReplies(replies, strings, options)) {
      await web.respond(responseUrl, { response_type: responseType, replace_original: false, text: m.text, blocks: m.blocks });
    }
  }

  /**
   * True when the user may ask now. The first question over the limit gets one private "slow
   * down" (through `warn`), later ones are dropped silently until the window has passed.
   */
  async function admitted(chat: ChatRef, userId: string | undefined, text: string, warn: (text: string) => Promise<unknown>): Promise<boolean> {
    const verdict = userId ? flood.check(`slack:${userId}`, now()) : 'allow';
    if (verdict === 'warn') {
      const locale = await core.localeFor(chat, text, userId ? await directory.userLocale(userId) : undefined);
      await warn(escapeMrkdwn(core.translator(locale)('slack:flood.slowDown')));
    }
    return verdict === 'allow';
  }

  async function answerInChannel(chat: ChatRef, userId: string | undefined, text: string) {
    const warn = (message: string) =>
      web.call('chat.postEphemeral', undefined, () =>
        web.client.chat.postEphemeral({ channel: chat.chatId, user: userId ?? '', text: message, ...(chat.threadId ? { thread_ts: chat.threadId } : {}) }),
      );
    if (!(await admitted(chat, userId, text, warn))) return;
    const replies = await core.handleMessage(await incoming(chat, userId, text));
    for (const m of renderReplies(replies, strings, { question: text })) await web.post(chat.chatId, m, chat.threadId);
  }

  app.command(/^\/.+/, async ({ command, ack }) => {
    await ack();
    const text = slackToPlain(command.text ?? '');
    const cmd = parseReportCommand(text);
    const chat: ChatRef = { platform: 'slack', chatId: command.channel_id };
    const warn = (message: string) => web.respond(command.response_url, { response_type: 'ephemeral', text: message });
    if (!(await admitted(chat, command.user_id, LANGUAGE_COMMANDS.has(cmd.name) ? cmd.args : '', warn))) return;
    const replies = await core.handleMessage(await incoming(chat, command.user_id, cmd.args, cmd));
    const question = cmd.name === 'ask' ? cmd.args : text;
    const cited = SHAREABLE.has(cmd.name) && replies.some((r) => r.citations.length > 0);
    const share = cited ? { key: shares.put(replies, question), text } : undefined;
    await respondAll(command.response_url, replies, 'ephemeral', { question, share });
  });

  app.event('app_mention', async ({ event, body, context }) => {
    if (event.bot_id || event.subtype || event.edited || isDirectMessage(event.channel)) return;
    if (!deduper.accept(body.event_id, context.retryNum, context.retryReason)) return;
    const threadTs = event.thread_ts ?? event.ts;
    await answerInChannel({ platform: 'slack', chatId: event.channel, threadId: threadTs }, event.user, slackToPlain(event.text));
  });

  app.message(async ({ message, body, context }) => {
    if (message.channel_type !== 'im' || message.subtype !== undefined) return;
    if (message.bot_id || message.user === context.botUserId) return;
    if (!deduper.accept(body.event_id, context.retryNum, context.retryReason)) return;
    await answerInChannel({ platform: 'slack', chatId: message.channel, threadId: message.thread_ts }, message.user, slackToPlain(message.text ?? ''));
  });

  app.action(new RegExp(`^${ACTION_PREFIX}`), async ({ ack, body, action }) => {
    await ack();
    if (body.type !== 'block_actions' || action.type !== 'button' || !('action_id' in action)) return;
    const decoded = decodeAction(action.action_id, action.value);
    const channel = body.channel?.id ?? body.container?.channel_id;
    if (!decoded || !channel) return;
    const userId = body.user.id;
    const dm = isDirectMessage(channel);
    const url = body.response_url;

    if (decoded.kind === 'quiz') {
      const t = core.translator(decoded.locale);
      const verdict = decoded.correct ? t('slack:quiz.correct') : t('slack:quiz.wrong', { answer: decoded.answer });
      const text = escapeMrkdwn([verdict, decoded.explanation].filter(Boolean).join('\n'));
      await web.respond(url, { response_type: 'ephemeral', replace_original: false, text });
      return;
    }

    if (decoded.kind === 'share') {
      let entry = shares.get(decoded.key);
      if (!entry) {
        const cmd = parseReportCommand(decoded.text);
        const replies = await core.handleMessage(await incoming({ platform: 'slack', chatId: channel }, userId, cmd.args, cmd));
        entry = { replies, question: cmd.name === 'ask' ? cmd.args : decoded.text };
      }
      const locale: Locale = entry.replies[0]?.locale ?? core.settings.defaultLocale;
      const header = core.translator(locale)('slack:share.by', { user: /^[A-Z0-9]+$/i.test(userId) ? `<@${userId}>` : '' });
      await respondAll(url, entry.replies, 'in_channel', { question: entry.question, header });
      await web.respond(url, { delete_original: true });
      return;
    }

    const message = body.message as { ts?: string; thread_ts?: string } | undefined;
    const threadTs = message?.thread_ts ?? (dm ? undefined : (message?.ts ?? body.container?.message_ts));
    const chat: ChatRef = { platform: 'slack', chatId: channel, threadId: threadTs };
    const replies = await core.handleAction({
      chat,
      userId,
      action: decoded.action,
      question: decoded.question,
      isGroup: !dm,
      userLocale: decoded.locale,
      canChangeSettings: () => directory.canChangeSettings(channel, userId),
    });
    const privately = body.container?.is_ephemeral === true || /^(fb|lang):/.test(decoded.action);
    if (privately) await respondAll(url, replies, 'ephemeral', { question: decoded.question });
    else for (const m of renderReplies(replies, strings, { question: decoded.question })) await web.post(channel, m, threadTs);
  });
}

/**
 * Core {@link Reply} → Telegram message payloads, in HTML parse mode.
 *
 * Every piece of report or user text is escaped, so no text can break the formatting. Layout:
 * notice (italic), title (bold), body, the citation line (italic), then an inline keyboard of
 * the reply's buttons (callback_data = button.action) and 👍/👎 for answers.
 * NOTE: Telegram's 4096-character limit counts the text after entity parsing, so parts are
 * measured on the plain text and split at line boundaries (a longer line is cut in pieces).
 */
import type { InlineKeyboardButton, InlineKeyboardMarkup, InlineQueryResultArticle } from 'telegraf/types';
import type { Button, Reply, Translator } from '../core/index.js';

/** NOTE: characters per message, after entity parsing. */
export const MAX_MESSAGE_LENGTH = 4096;
/** NOTE: bytes of a button's callback_data. */
export const MAX_CALLBACK_DATA = 64;

/** What a reply needs besides itself: the core's translator for its language and the report's title. */
export interface RenderContext {
  t: Translator;
  reportTitle: string;
}

/** One sendMessage / editMessageText payload, without the chat. */
export interface MessagePart {
  text: string;
  parse_mode: 'HTML';
  reply_markup?: InlineKeyboardMarkup;
}

/** A sendPoll payload (quiz), without the chat. */
export interface QuizPoll {
  question: string;
  options: string[];
  type: 'quiz';
  correct_option_id: number;
  explanation?: string;
}

/** A reply as Telegram calls: text parts in order, then a quiz poll when the reply has one. */
export interface RenderedReply {
  parts: MessagePart[];
  poll?: QuizPoll;
}

interface Line {
  text: string;
  style?: 'b' | 'i';
}

/** Escapes text for Telegram HTML (`<`, `>`, `&`). */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : '&gt;'));
}

const html = (line: Line) => (line.style ? `<${line.style}>${escapeHtml(line.text)}</${line.style}>` : escapeHtml(line.text));

/** Cuts `text` into pieces of at most `max` UTF-16 units, never inside a surrogate pair. */
function cut(text: string, max: number): string[] {
  const pieces: string[] = [];
  let at = 0;
  while (at < text.length) {
    let end = Math.min(text.length, at + max);
    const code = text.charCodeAt(end - 1);
    if (end < text.length && code >= 0xd800 && code <= 0xdbff) end--;
    pieces.push(text.slice(at, end));
    at = end;
  }
  return pieces;
}

/** Joins lines into HTML messages of at most `max` characters of text, split at line boundaries. */
export function splitLines(lines: Array<{ text: string; style?: 'b' | 'i' }>, max = MAX_MESSAGE_LENGTH): string[] {
  const out: string[] = [];
  let current: string[] = [];
  let length = 0;
  for (const line of lines) {
    for (const text of line.text.length > max ? cut(line.text, max) : [line.text]) {
      const added = (current.length > 0 ? 1 : 0) + text.length;
      if (current.length > 0 && length + added > max) {
        out.push(current.join('\n'));
        current = [];
        length = 0;
      }
      length += (current.length > 0 ? 1 : 0) + text.length;
      current.push(html({ text, style: line.style }));
    }
  }
  if (current.length > 0) out.push(current.join('\n'));
  return out.filter((part) => part.trim() !== '');
}

function lines(reply: Reply, ctx: RenderContext): Line[] {
  const out: Line[] = [];
  if (reply.notice) out.push({ text: `(${reply.notice})`, style: 'i' });
  if (reply.title) out.push({ text: reply.title, style: 'b' });
  for (const text of reply.body.split('\n')) out.push({ text });
  const sections = [...new Set(reply.citations.map((c) => c.section))];
  if (sections.length > 0 && reply.kind !== 'list') {
    out.push({ text: ctx.t('answer.source', { report: ctx.reportTitle, section: sections.join(ctx.t('answer.separator')) }), style: 'i' });
  }
  return out;
}

const fits = (action: string) => Buffer.byteLength(action, 'utf8') <= MAX_CALLBACK_DATA;

/** `fb:up:id1,id2` with as many fact ids as fit in callback_data. */
function feedbackAction(rating: 'up' | 'down', factIds: string[]): string | undefined {
  let action = `fb:${rating}:`;
  for (const id of factIds) {
    const next = action.endsWith(':') ? `${action}${id}` : `${action},${id}`;
    if (!fits(next)) break;
    action = next;
  }
  return action.endsWith(':') ? undefined : action;
}

/** The inline keyboard: up to two short buttons share a row, otherwise one per row; 👍/👎 last. */
export function keyboard(buttons: Button[], feedback?: { factIds: string[] }): InlineKeyboardMarkup | undefined {
  const usable = buttons.filter((b) => fits(b.action)).map((b): InlineKeyboardButton => ({ text: b.label.slice(0, 64), callback_data: b.action }));
  const rows: InlineKeyboardButton[][] = usable.length <= 2 ? [usable] : usable.map((b) => [b]);
  const up = feedback && feedbackAction('up', feedback.factIds);
  const down = feedback && feedbackAction('down', feedback.factIds);
  if (up && down) {
    rows.push([
      { text: '👍', callback_data: up },
      { text: '👎', callback_data: down },
    ]);
  }
  const nonEmpty = rows.filter((r) => r.length > 0);
  return nonEmpty.length > 0 ? { inline_keyboard: nonEmpty } : undefined;
}

function quizPoll(reply: Reply): QuizPoll | undefined {
  const quiz = reply.quiz;
  if (!quiz || quiz.options.length < 2 || quiz.correctIndex < 0 || quiz.correctIndex >= Math.min(quiz.options.length, 10)) return undefined;
  return {
    question: quiz.question.slice(0, 300),
    options: quiz.options.slice(0, 10).map((o) => o.slice(0, 100)),
    type: 'quiz',
    correct_option_id: quiz.correctIndex,
    explanation: quiz.explanation ? quiz.explanation.slice(0, 200) : undefined,
  };
}

/**
 * Renders one reply. The keyboard goes on the last text part; `extraButtons` (adapter
 * navigation, e.g. back to all sections) follow the reply's own buttons.
 */
export function renderReply(reply: Reply, ctx: RenderContext, extraButtons: Button[] = []): RenderedReply {
  const poll = quizPoll(reply);
  const texts = splitLines(lines(reply, ctx));
  const parts: MessagePart[] = texts.map((text) => ({ text, parse_mode: 'HTML' }));
  const markup = keyboard([...reply.buttons, ...extraButtons], reply.kind === 'answer' ? reply.feedback : undefined);
  const last = parts.at(-1);
  if (last && markup) last.reply_markup = markup;
  return { parts, poll };
}

/** One inline-mode answer card: title, a one-line preview, and the cited answer as the message. */
export function renderInlineResult(reply: Reply, index: number, ctx: RenderContext): InlineQueryResultArticle {
  const [first = ''] = splitLines(lines(reply, ctx));
  const title = reply.title ?? reply.citations[0]?.section ?? ctx.reportTitle;
  return {
    type: 'article',
    id: `${index}:${reply.citations[0]?.factId ?? reply.intent}`.slice(0, 64),
    title: title.slice(0, 128),
    description: reply.body.replace(/\s+/g, ' ').slice(0, 160),
    input_message_content: { message_text: first, parse_mode: 'HTML', link_preview_options: { is_disabled: true } },
  };
}

/**
 * Core {@link Reply} → Slack Block Kit.
 *
 * One reply becomes: a context line with its notice, sections with the bold title and the body,
 * the quiz question and its choices, a context line citing the report, and an actions block with
 * the reply's buttons, 👍/👎 on answers and "Share in channel" when asked for. Several replies
 * share one message while they fit. A plain `text` fallback is always set (notifications,
 * screen readers).
 *
 * NOTE: Slack limits: 3000 characters a section or context text, 50 blocks a message,
 * 25 elements an actions block, 75 characters a button label.
 */
import type { types } from '@slack/bolt';
import { type Locale, type Reply, renderPlainText, type Translator } from '../core/index.js';
import { ACTION_PREFIX, feedbackValue, quizValue, shareValue } from './slack-actions.js';

type KnownBlock = types.KnownBlock;
type ButtonElement = types.Button;

export const MAX_SECTION_TEXT = 3000;
export const MAX_BLOCKS = 50;
const MAX_ACTIONS = 25;
const MAX_LABEL = 75;
const MAX_FALLBACK = 3000;

/** A message ready for chat.postMessage / respond. */
export interface SlackMessage {
  text: string;
  blocks: KnownBlock[];
}

/** Strings a reply needs in its own language. */
export type SlackStrings = (locale: Locale) => { t: Translator; reportTitle: string };

/** How to render one batch of replies. */
export interface RenderOptions {
  /** The question the replies answer; 👍/👎 carry it so feedback records it. */
  question?: string;
  /** Adds "Share in channel" to cited replies (ephemeral /report answers). */
  share?: { key: string; text: string };
  /** A context line above the first reply (e.g. "Shared by @someone"), already mrkdwn. */
  header?: string;
}

/**
 * A translator that remembers what it rendered. i18next takes tens of microseconds a call, which
 * showed in the request rate; labels and source lines repeat, so a bounded memo pays.
 */
export function memoTranslator(t: Translator, max = 5000): Translator {
  const memo = new Map<string, string>();
  return (key, values) => {
    const id = values ? `${key}\u0000${JSON.stringify(values)}` : key;
    let text = memo.get(id);
    if (text === undefined) {
      text = t(key, values);
      if (memo.size >= max) memo.clear();
      memo.set(id, text);
    }
    return text;
  };
}

/** Escapes user and report text for mrkdwn, so it can neither ping (`<!channel>`) nor break formatting. */
export function escapeMrkdwn(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

const escapedLength = (ch: string) => (ch === '&' ? 5 : ch === '<' || ch === '>' ? 4 : ch.length);

/**
 * Splits raw text into pieces whose escaped form fits `limit`, preferring line, then word breaks.
 * `firstLimit` leaves room for a prefix (the bold title) in the first piece.
 */
export function splitEscaped(raw: string, limit: number, firstLimit = limit): string[] {
  const pieces: string[] = [];
  const chars = Array.from(raw);
  let start = 0;
  while (start < chars.length) {
    const max = pieces.length === 0 ? firstLimit : limit;
    let end = start;
    let size = 0;
    while (end < chars.length && size + escapedLength(chars[end] as string) <= max) size += escapedLength(chars[end++] as string);
    if (end < chars.length) {
      const window = chars.slice(start, end);
      const br = Math.max(window.lastIndexOf('\n'), window.lastIndexOf(' '));
      if (br > window.length / 2) end = start + br + 1;
    }
    if (end === start) end = start + 1;
    pieces.push(escapeMrkdwn(chars.slice(start, end).join('').trimEnd()));
    start = end;
  }
  return pieces.length > 0 ? pieces : [''];
}

const cut = (text: string, max: number) =>
  Array.from(text).length > max
    ? `${Array.from(text)
        .slice(0, max - 1)
        .join('')}…`
    : text;
const section = (text: string): KnownBlock => ({ type: 'section', text: { type: 'mrkdwn', text } });
const context = (text: string): KnownBlock => ({ type: 'context', elements: [{ type: 'mrkdwn', text: cut(text, MAX_SECTION_TEXT) }] });

function button(label: string, actionId: string, value: string, style?: 'primary'): ButtonElement {
  return { type: 'button', text: { type: 'plain_text', text: cut(label, MAX_LABEL), emoji: true }, action_id: actionId, value, ...(style ? { style } : {}) };
}

function actions(buttons: ButtonElement[]): KnownBlock[] {
  const blocks: KnownBlock[] = [];
  for (let i = 0; i < buttons.length; i += MAX_ACTIONS) blocks.push({ type: 'actions', elements: buttons.slice(i, i + MAX_ACTIONS) });
  return blocks;
}

/** Renders replies into as few messages as Slack's limits allow (usually one). */
export function renderReplies(replies: Reply[], strings: SlackStrings, options: RenderOptions = {}): SlackMessage[] {
  let n = 0;
  const id = (kind: string, locale?: Locale) => `${ACTION_PREFIX}${kind}:${n++}${locale ? `:${locale}` : ''}`;
  const messages: SlackMessage[] = [];
  let blocks: KnownBlock[] = options.header ? [context(options.header)] : [];
  let texts: string[] = [];
  const flush = () => {
    if (blocks.length > 0) messages.push({ text: cut(texts.join('\n\n'), MAX_FALLBACK) || ' ', blocks });
    blocks = [];
    texts = [];
  };

  for (const reply of replies) {
    const { t, reportTitle } = strings(reply.locale);
    const own: KnownBlock[] = [];
    if (reply.notice) own.push(context(`_(${escapeMrkdwn(reply.notice)})_`));
    const title = reply.title ? `*${escapeMrkdwn(cut(reply.title, 200))}*` : '';
    if (title || reply.body) {
      const pieces = splitEscaped(reply.body, MAX_SECTION_TEXT, MAX_SECTION_TEXT - title.length - 1);
      pieces.forEach((piece, i) => {
        own.push(section(i === 0 && title ? (piece ? `${title}\n${piece}` : title) : piece || ' '));
      });
    }
    const choices: ButtonElement[] = [];
    if (reply.quiz) {
      const quiz = reply.quiz;
      if (!reply.body.includes(quiz.question)) own.push(...splitEscaped(quiz.question, MAX_SECTION_TEXT).map(section));
      const answer = quiz.options[quiz.correctIndex] ?? '';
      quiz.options.forEach((option, i) => {
        choices.push(button(option, id('quiz'), quizValue(i === quiz.correctIndex, answer, quiz.explanation, reply.locale)));
      });
    }
    own.push(...actions(choices));
    const sections = [...new Set(reply.citations.map((c) => c.section))];
    if (sections.length > 0) own.push(context(escapeMrkdwn(t('answer.source', { report: reportTitle, section: sections.join(t('answer.separator')) }))));
    const row = reply.buttons.map((b) => button(b.label, id('btn', reply.locale), b.action));
    if (reply.feedback && reply.feedback.factIds.length > 0) {
      const ids = reply.feedback.factIds.join(',');
      row.push(button(t('slack:feedback.up'), id('fb', reply.locale), feedbackValue(`fb:up:${ids}`, options.question ?? '')));
      row.push(button(t('slack:feedback.down'), id('fb', reply.locale), feedbackValue(`fb:down:${ids}`, options.question ?? '')));
    }
    if (options.share && reply.citations.length > 0)
      row.push(button(t('slack:share.button'), id('share'), shareValue(options.share.key, options.share.text), 'primary'));
    own.push(...actions(row));

    if (blocks.length + own.length > MAX_BLOCKS) flush();
    for (let i = 0; i < own.length; i += MAX_BLOCKS) {
      if (i > 0) flush();
      blocks.push(...own.slice(i, i + MAX_BLOCKS));
      texts.push(escapeMrkdwn(renderPlainText(reply, t, reportTitle)));
    }
  }
  flush();
  return messages;
}

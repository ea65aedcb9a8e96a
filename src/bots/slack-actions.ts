/**
 * What a Slack button carries. Every button the adapter renders has an `action_id` starting with
 * `rb:` (unique within its message) and a `value` this module writes and reads back:
 *
 * - `rb:btn:<n>:<locale>` a core {@link Button}: value = `button.action`, fed to `core.handleAction`;
 * - `rb:fb:<n>:<locale>`  👍/👎: value = JSON `{ a: 'fb:up:<factIds>', q: question }`;
 * - `rb:share:<n>` "Share in channel": value = JSON `{ k: cache key, q: the /report text }`;
 * - `rb:quiz:<n>`  a quiz choice: value = JSON `{ ok, a: correct choice, e: explanation, l: locale }`.
 *
 * The locale in a core button's id is the language of the reply it sits under; the press passes it as
 * the user's language, so follow-ups continue in the reply's language unless the chat has one set.
 *
 * NOTE: Slack caps a button value at 2000 characters; questions and explanations are cut to fit.
 * A press on an ephemeral message does not bring the message back, so "Share in channel" finds
 * the replies in a {@link ShareCache} (and asks again with the carried text if they are gone).
 */
import { randomBytes } from 'node:crypto';
import type { Locale, Reply } from '../core/index.js';

/** Prefix of every action_id this adapter renders (the Bolt listener matches on it). */
export const ACTION_PREFIX = 'rb:';
/** Slack's limit for a button's value. */
export const MAX_VALUE = 2000;

/** A decoded button press. */
export type SlackAction =
  | { kind: 'core'; action: string; question?: string; locale?: Locale }
  | { kind: 'share'; key: string; text: string }
  | { kind: 'quiz'; correct: boolean; answer: string; explanation: string; locale: Locale };

const cut = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/** The value of a 👍/👎 button. */
export function feedbackValue(action: string, question: string): string {
  return JSON.stringify({ a: action, q: cut(question, MAX_VALUE - action.length - 40) });
}

/** The value of a "Share in channel" button. */
export function shareValue(key: string, text: string): string {
  return JSON.stringify({ k: key, q: cut(text, MAX_VALUE - key.length - 40) });
}

/** The value of a quiz choice. */
export function quizValue(correct: boolean, answer: string, explanation: string, locale: Locale): string {
  const a = cut(answer, 200);
  return JSON.stringify({ ok: correct ? 1 : 0, a, e: cut(explanation, 1500), l: locale });
}

function parse(value: string): Record<string, unknown> {
  try {
    const parsed: unknown = JSON.parse(value);
    return parsed && typeof parsed === 'object' ? (parsed as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

const str = (v: unknown) => (typeof v === 'string' ? v : '');

/** Reads a pressed button back; undefined for buttons this adapter did not render. */
export function decodeAction(actionId: string, value: string | undefined): SlackAction | undefined {
  const [, kind, , tag] = actionId.split(':');
  const locale: Locale | undefined = tag === 'en' || tag === 'zh' ? tag : undefined;
  const raw = value ?? '';
  switch (kind) {
    case 'btn':
      return raw ? { kind: 'core', action: raw, locale } : undefined;
    case 'fb': {
      const v = parse(raw);
      return str(v.a).startsWith('fb:') ? { kind: 'core', action: str(v.a), question: str(v.q), locale } : undefined;
    }
    case 'share': {
      const v = parse(raw);
      return { kind: 'share', key: str(v.k), text: str(v.q) };
    }
    case 'quiz': {
      const v = parse(raw);
      return { kind: 'quiz', correct: v.ok === 1, answer: str(v.a), explanation: str(v.e), locale: v.l === 'en' ? 'en' : 'zh' };
    }
    default:
      return undefined;
  }
}

/** Replies kept for "Share in channel" (Slack does not send ephemeral messages back with a press). */
export class ShareCache {
  private readonly entries = new Map<string, { replies: Reply[]; question: string }>();
  /** NOTE: a random prefix per process, so keys from before a restart miss instead of matching. */
  private readonly prefix = randomBytes(6).toString('base64url');
  private count = 0;
  constructor(private readonly max = 2000) {}
  put(replies: Reply[], question: string): string {
    const key = `${this.prefix}${(this.count++).toString(36)}`;
    if (this.entries.size >= this.max) this.entries.delete(this.entries.keys().next().value as string);
    this.entries.set(key, { replies, question });
    return key;
  }
  get(key: string) {
    return this.entries.get(key);
  }
}

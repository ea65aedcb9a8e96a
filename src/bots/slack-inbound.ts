/**
 * Slack text in, core input out: markup and entities to plain text, `/report` arguments to a core
 * command, and the duplicate filter for the Events API.
 */
import type { Command } from '../core/index.js';

/**
 * Slack message markup → plain text: mentions and channel links dropped or reduced to their label,
 * links to their label, `&amp; &lt; &gt;` decoded. The core only ever sees plain text.
 */
export function slackToPlain(text: string): string {
  return text
    .replace(/<@[A-Z0-9]+(?:\|[^>]*)?>/gi, ' ')
    .replace(/<#[A-Z0-9]+\|([^>]*)>/gi, '#$1')
    .replace(/<#[A-Z0-9]+>/gi, ' ')
    .replace(/<!([a-z]+)(?:\^[^|>]*)?(?:\|[^>]*)?>/gi, '@$1')
    .replace(/<((?:https?|mailto):[^|>]+)\|([^>]*)>/gi, '$2')
    .replace(/<((?:https?|mailto):[^>]+)>/gi, '$1')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .replace(/[ \t]+/g, ' ')
    .trim();
}

/** `/report` subcommands and their Chinese aliases. */
const SUBCOMMANDS: Record<string, string> = {
  help: 'help',
  fact: 'fact',
  topics: 'topics',
  search: 'search',
  lang: 'lang',
  language: 'lang',
  digest: 'digest',
  about: 'about',
  ask: 'ask',
  帮助: 'help',
  事实: 'fact',
  目录: 'topics',
  板块: 'topics',
  搜索: 'search',
  语言: 'lang',
  摘要: 'digest',
  日报: 'digest',
  关于: 'about',
};

/** Subcommands that take no arguments: `/report help me with housing` is a question. */
const NO_ARGS = new Set(['help', 'fact', 'topics', 'about']);

/**
 * `/report` text → core command: a known first word is a subcommand, empty is help, anything else
 * is a question (`ask`).
 */
export function parseReportCommand(text: string): Command {
  const trimmed = text.trim();
  if (!trimmed) return { name: 'help', args: '' };
  const m = /^(\S+)(?:\s+([\s\S]*))?$/.exec(trimmed);
  const name = SUBCOMMANDS[(m?.[1] ?? '').toLowerCase()];
  const args = (m?.[2] ?? '').trim();
  if (!name || (NO_ARGS.has(name) && args)) return { name: 'ask', args: trimmed };
  return { name, args };
}

/**
 * Retry reasons after which the first delivery cannot have reached this app, so a retry of an
 * unseen event is the first copy we get. After `http_timeout` (or an unknown reason) the first copy
 * may well have been answered, possibly by another instance, so the retry is dropped.
 */
const FIRST_COPY_LOST = new Set(['connection_failed', 'ssl_error', 'too_many_redirects', 'http_error']);

/**
 * Remembers recent `event_id`s so that Slack's retries and re-deliveries never produce a second
 * reply. Bounded: the oldest ids are forgotten first.
 */
export class EventDeduper {
  private readonly seen = new Set<string>();
  constructor(private readonly max = 10_000) {}

  /** True when the event should be handled; records it as seen. */
  accept(eventId: string | undefined, retryNum?: number, retryReason?: string): boolean {
    if (eventId && this.seen.has(eventId)) return false;
    if (eventId) {
      if (this.seen.size >= this.max) this.seen.delete(this.seen.values().next().value as string);
      this.seen.add(eventId);
    }
    if (retryNum !== undefined && retryNum > 0) return FIRST_COPY_LOST.has(retryReason ?? '');
    return true;
  }
}

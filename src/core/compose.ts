/**
 * Reply builders: turn facts, sections and answers into {@link Reply} objects, with every
 * string from i18next. Adapters render these; {@link renderPlainText} is the terminal's and
 * the CLI's rendering.
 */
import type { Answer } from './answer.js';
import type { Translator } from './i18n.js';
import type { Fact, Report, Section } from './knowledge.js';
import type { Button, Citation, Locale, Reply } from './types.js';

/** NOTE: the main text of an answer stays within this many characters. */
export const MAX_ANSWER_LENGTH = 600;

/** A fact's text as a sentence: Chinese clauses get a full stop (the article's clauses have none). */
export function factText(fact: Fact, locale: Locale): string {
  if (locale === 'en') return fact.en;
  return /[。!?…;:”」)]$/.test(fact.zh) ? fact.zh : `${fact.zh}。`;
}

/** Least room worth a cut second fact: less than this, the fact is left out (and not cited). */
const MIN_CUT_ROOM = 120;

/**
 * Joins fact texts in a language, within {@link MAX_ANSWER_LENGTH}: a fact that does not fit
 * whole is cut at a clause (with "…") when there is room for a good part of it, else left out.
 * Returns the text and the facts it shows (the ones to cite).
 */
export function joinFacts(facts: Fact[], locale: Locale): { body: string; shown: Fact[] } {
  let body = '';
  const shown: Fact[] = [];
  const gap = locale === 'zh' ? '' : ' ';
  for (const fact of facts) {
    const text = factText(fact, locale);
    const room = MAX_ANSWER_LENGTH - (body ? body.length + gap.length : 0);
    if (text.length <= room) {
      body = body ? `${body}${gap}${text}` : text;
      shown.push(fact);
      continue;
    }
    if (body && room < MIN_CUT_ROOM) break;
    body = body ? `${body}${gap}${cutAtClause(text, room)}` : cutAtClause(text, room);
    shown.push(fact);
    break;
  }
  return { body, shown };
}

/** The text cut to at most `max` characters, at the last clause break that keeps half of it, ending in "…". */
function cutAtClause(text: string, max: number): string {
  const head = text.slice(0, max - 1);
  const breaks = [...head.matchAll(/[;；,，、:：](?!\d)/g)].map((m) => (m.index ?? 0) + 1);
  const at = breaks.filter((i) => i >= head.length / 2).at(-1);
  return `${(at ? head.slice(0, at - 1) : head).trimEnd()}…`;
}

/** Builds replies for one report in one language. */
export class Composer {
  constructor(
    private readonly report: Report,
    private readonly locale: Locale,
    private readonly t: Translator,
  ) {}

  private section(id: string): Section | undefined {
    return this.report.sections.find((s) => s.id === id);
  }

  private cite(fact: Fact): Citation {
    const section = this.section(fact.section);
    return { sectionId: fact.section, section: section?.title[this.locale] ?? fact.section, factId: fact.id };
  }

  private factButtons(fact: Fact): Button[] {
    const buttons: Button[] = [{ label: this.t('answer.more'), action: `more:${fact.id}` }];
    if (this.locale === 'en') buttons.push({ label: this.t('answer.original'), action: `orig:${fact.id}` });
    return buttons;
  }

  /** An answer from the engine: the facts, their citations, follow-ups; or the refusal. */
  answer(answer: Answer, intent = 'search'): Reply {
    const notice = answer.truncated ? this.t('search.truncated', { max: answer.question.length }) : undefined;
    if (!answer.answered) return this.noAnswer(answer.related, notice, intent);
    const first = answer.facts[0] as Fact;
    const { body, shown } = joinFacts(answer.facts, this.locale);
    return {
      kind: 'answer',
      locale: this.locale,
      intent,
      answered: true,
      notice,
      body,
      citations: shown.map((f) => this.cite(f)),
      buttons: this.factButtons(first),
      feedback: { factIds: shown.map((f) => f.id) },
    };
  }

  /** "The report does not say", with topics (or near misses) to try instead. */
  noAnswer(related: Fact[], notice?: string, intent = 'search'): Reply {
    const sectionIds = [...new Set(related.map((f) => f.section))].slice(0, 3);
    const sections = sectionIds.length > 0 ? sectionIds.map((id) => this.section(id)).filter((s) => s !== undefined) : this.report.sections.slice(0, 3);
    return {
      kind: 'no_answer',
      locale: this.locale,
      intent,
      answered: false,
      notice,
      body: `${this.t('search.noAnswer')}\n${this.t('search.suggest', { topics: sections.map((s) => s.title[this.locale]).join(this.t('answer.separator')) })}`,
      citations: [],
      buttons: [...sections.map((s) => ({ label: s.title[this.locale], action: `topic:${s.id}` })), { label: this.t('topics.all'), action: 'topics' }],
    };
  }

  /** One fact with its citation (random fact, "more from this section"). */
  fact(fact: Fact, intent: string, title?: string): Reply {
    return {
      kind: 'answer',
      locale: this.locale,
      intent,
      answered: true,
      title,
      body: factText(fact, this.locale),
      citations: [this.cite(fact)],
      buttons: this.factButtons(fact),
      feedback: { factIds: [fact.id] },
    };
  }

  /** Several facts as a list, each cited (more from a section, search results). */
  factList(facts: Fact[], intent: string, title: string): Reply {
    return {
      kind: 'list',
      locale: this.locale,
      intent,
      answered: facts.length > 0,
      title,
      body: facts.map((f) => `• ${factText(f, this.locale)}`).join('\n'),
      citations: facts.map((f) => this.cite(f)),
      buttons: [],
    };
  }

  /** A section's summary with a button per follow-up. */
  sectionSummary(section: Section, intent: string): Reply {
    const first = this.report.facts.find((f) => f.section === section.id);
    return {
      kind: 'answer',
      locale: this.locale,
      intent,
      answered: true,
      title: section.title[this.locale],
      body: section.summary[this.locale],
      citations: first ? [this.cite(first)] : [],
      buttons: first ? [{ label: this.t('answer.more'), action: `more:${first.id}` }] : [],
    };
  }

  /** The list of sections, one button each. */
  topics(): Reply {
    return this.info('topics', this.t('topics.title'), this.t('topics.pick'), this.topicButtons());
  }

  /** One button per section. */
  topicButtons(): Button[] {
    return this.report.sections.map((s) => ({ label: s.title[this.locale], action: `topic:${s.id}` }));
  }

  /** A plain informational reply. */
  info(intent: string, title: string | undefined, body: string, buttons: Button[] = []): Reply {
    // NOTE: `answered` is false only when the bot says the report does not answer; help and topics answer what was asked.
    return { kind: 'info', locale: this.locale, intent, answered: true, title, body, citations: [], buttons };
  }

  /** An error the user may see (never exception text). */
  error(body: string, intent = 'error'): Reply {
    return { kind: 'error', locale: this.locale, intent, answered: false, body, citations: [], buttons: [] };
  }
}

/**
 * Renders a reply as plain text: notice, title, body, one source line, button labels.
 * The terminal chat prints this; `ask --json` puts it in `text`.
 */
export function renderPlainText(reply: Reply, t: Translator, report: string, options: { buttons?: boolean } = {}): string {
  const lines: string[] = [];
  if (reply.notice) lines.push(`(${reply.notice})`);
  if (reply.title) lines.push(reply.title);
  lines.push(reply.body);
  const sections = [...new Set(reply.citations.map((c) => c.section))];
  if (sections.length > 0 && reply.kind !== 'list') lines.push(t('answer.source', { report, section: sections.join(t('answer.separator')) }));
  if (options.buttons && reply.buttons.length > 0) lines.push(reply.buttons.map((b) => `[${b.label}]`).join(' '));
  return lines.join('\n');
}

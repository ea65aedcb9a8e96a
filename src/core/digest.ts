/**
 * The daily digest: which facts a chat gets next (a rotation that mixes sections and never
 * repeats a fact before every fact was sent) and the {@link Reply} that carries them, with a
 * quiz built from a figure once a week. Pure: dates come in as `YYYY-MM-DD` strings.
 *
 * @example
 * const plan = planDigest(report, chat.rotation, 3);
 * const reply = buildDigest({ report, locale: 'en', date: '2024-05-10', factIds: plan.factIds, rotationFrom: plan.rotationFrom, quiz: true });
 */
import { createTranslator, type Translator } from './i18n.js';
import type { Fact, Report, Section } from './knowledge.js';
import type { Button, Citation, Locale, Quiz, Reply } from './types.js';

/** NOTE: facts per digest by default, and at most (a digest stays one short message). */
export const DEFAULT_DIGEST_SIZE = 3;
export const MAX_DIGEST_SIZE = 10;

/** NOTE: the weekday (0 = Sunday … 6 = Saturday, of the chat's local date) whose digest carries the quiz. */
export const DEFAULT_QUIZ_WEEKDAY = 5;

/** NOTE: Telegram's quiz poll limits (characters); Slack's are looser. */
const QUIZ_QUESTION_MAX = 300;
const QUIZ_OPTION_MAX = 100;
const QUIZ_EXPLANATION_MAX = 200;
const BLANK = '____';

const orders = new WeakMap<Report, string[]>();
const indexes = new WeakMap<Report, Map<string, Fact> & { sections: Map<string, Section> }>();

/** Facts and sections by id, built once per report. */
function factIndex(report: Report): Map<string, Fact> & { sections: Map<string, Section> } {
  let index = indexes.get(report);
  if (!index) {
    index = Object.assign(new Map(report.facts.map((f) => [f.id, f])), { sections: new Map(report.sections.map((s) => [s.id, s])) });
    indexes.set(report, index);
  }
  return index;
}

const translators = new Map<Locale, Translator>();

/**
 * The digest's strings through i18next, each rendered once with `{{name}}` markers and then filled
 * in directly. NOTE: a fan-out renders thousands of digests; i18next's interpolation costs more
 * than all the rest of a digest. Works for the plain `{{name}}` strings of `digest.json`.
 */
function digestTranslator(locale: Locale): Translator {
  let cached = translators.get(locale);
  if (!cached) {
    const t = createTranslator(locale);
    const templates = new Map<string, string>();
    const markers = new Proxy({}, { get: (_target, name) => (typeof name === 'string' ? `{{${name}}}` : undefined), has: () => true });
    cached = (key, values) => {
      let template = templates.get(key);
      if (template === undefined) {
        template = t(key, markers as Record<string, string>);
        templates.set(key, template);
      }
      return values ? template.replace(/\{\{(\w+)\}\}/g, (all, name: string) => String(values[name] ?? all)) : template;
    };
    translators.set(locale, cached);
  }
  return cached;
}

/**
 * The rotation: every fact id once, sections interleaved.
 *
 * Why spread rather than round-robin: each fact gets the key (i + ½) / (facts in its section), so
 * a section's facts are spread evenly over the whole cycle; with round-robin a big section would
 * fill the end of the cycle alone. Fixed for a given report, so a chat's position is just a number.
 */
export function digestOrder(report: Report): string[] {
  const cached = orders.get(report);
  if (cached) return cached;
  const sectionRank = new Map(report.sections.map((s, i) => [s.id, i]));
  const bySection = new Map<string, Fact[]>();
  for (const fact of report.facts) bySection.set(fact.section, [...(bySection.get(fact.section) ?? []), fact]);
  const keyed: Array<{ id: string; key: number; rank: number }> = [];
  for (const [section, facts] of bySection) {
    facts.forEach((fact, i) => {
      keyed.push({ id: fact.id, key: (i + 0.5) / facts.length, rank: sectionRank.get(section) ?? 0 });
    });
  }
  keyed.sort((a, b) => a.key - b.key || a.rank - b.rank);
  const order = keyed.map((k) => k.id);
  orders.set(report, order);
  return order;
}

/** The facts of a chat's next digest and where its rotation goes after it. */
export interface DigestPlan {
  factIds: string[];
  rotationFrom: number;
  rotationTo: number;
}

/**
 * The next digest of a chat whose rotation stands at `rotation` (facts sent so far, all cycles).
 *
 * NOTE: a digest never crosses the end of a cycle: the last one of a cycle may be shorter, so no
 * fact repeats before every fact was sent and no digest holds the same fact twice.
 */
export function planDigest(report: Report, rotation: number, size = DEFAULT_DIGEST_SIZE): DigestPlan {
  const order = digestOrder(report);
  const total = order.length;
  const from = Math.max(0, Math.floor(rotation));
  const at = from % total;
  const n = Math.min(Math.max(1, Math.min(size, MAX_DIGEST_SIZE)), total - at);
  return { factIds: order.slice(at, at + n), rotationFrom: from, rotationTo: from + n };
}

/** What {@link buildDigest} needs. */
export interface DigestInput {
  report: Report;
  locale: Locale;
  /** The chat's local date of this digest, `YYYY-MM-DD`. */
  date: string;
  /** The facts, in order (from {@link planDigest} or the digest log); unknown ids are skipped. */
  factIds: string[];
  /** The rotation position of the first fact (for the progress line). */
  rotationFrom: number;
  /** Whether this digest ends with a quiz (see {@link isQuizDay}). */
  quiz?: boolean;
}

/**
 * Builds a digest reply: a title with the date, the progress line ("facts 37–39 of 150 · Housing"),
 * each fact with its section, a "more from this section" button per section, and on quiz days a
 * quiz from a figure. Returns undefined when none of the facts exists in the report any more.
 */
export function buildDigest(input: DigestInput): Reply | undefined {
  const { report, locale } = input;
  const t = digestTranslator(locale);
  const byId = factIndex(report);
  const facts = input.factIds.map((id) => byId.get(id)).filter((f): f is Fact => f !== undefined);
  if (facts.length === 0) return undefined;
  const sectionTitle = (id: string) => byId.sections.get(id)?.title[locale] ?? id;
  const total = report.facts.length;
  const first = (input.rotationFrom % total) + 1;
  const last = Math.min(total, first + facts.length - 1);
  const sectionIds = [...new Set(facts.map((f) => f.section))];
  const sections = sectionIds.map(sectionTitle).join(t('digest:sectionSeparator'));
  const progress = first === last ? t('digest:progressOne', { n: first, total, sections }) : t('digest:progress', { from: first, to: last, total, sections });
  const items = facts.map((f, i) => t('digest:item', { n: i + 1, text: locale === 'zh' ? f.zh : f.en, section: sectionTitle(f.section) }));
  const lines = [progress, '', ...items];
  if (last === total) lines.push('', t('digest:cycleDone'));
  const citations: Citation[] = facts.map((f) => ({ sectionId: f.section, section: sectionTitle(f.section), factId: f.id }));
  // One button per section; `more:<id>` continues after the digest's last fact of that section.
  const buttons: Button[] = sectionIds.map((id) => {
    const lastOfSection = facts.filter((f) => f.section === id).at(-1) as Fact;
    return { label: t('digest:more', { section: sectionTitle(id) }), action: `more:${lastOfSection.id}` };
  });
  const reply: Reply = {
    kind: 'digest',
    locale,
    intent: 'digest',
    answered: true,
    title: t('digest:title', { date: formatDigestDate(input.date, locale) }),
    body: lines.join('\n'),
    citations,
    buttons,
  };
  if (input.quiz) {
    const quiz = buildQuiz(report, facts, locale, input.date, t);
    if (quiz) reply.quiz = quiz;
  }
  return reply;
}

/** True when the local `date` (`YYYY-MM-DD`) falls on `weekday` (0 = Sunday). */
export function isQuizDay(date: string, weekday = DEFAULT_QUIZ_WEEKDAY): boolean {
  return dateToUtc(date).getUTCDay() === weekday;
}

/** `date` (`YYYY-MM-DD`) plus `days` calendar days. */
export function addDays(date: string, days: number): string {
  const d = dateToUtc(date);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

function dateToUtc(date: string): Date {
  const [y, m, d] = date.split('-').map(Number);
  return new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1, 12));
}

const dateFormats = new Map<Locale, Intl.DateTimeFormat>();

/** `2024年5月10日星期五` / `Friday 10 May 2024`. */
export function formatDigestDate(date: string, locale: Locale): string {
  let format = dateFormats.get(locale);
  if (!format) {
    // NOTE: building an Intl formatter costs far more than using one; a fan-out formats thousands of dates.
    format = new Intl.DateTimeFormat(locale === 'zh' ? 'zh-CN' : 'en-GB', { timeZone: 'UTC', weekday: 'long', year: 'numeric', month: 'long', day: 'numeric' });
    dateFormats.set(locale, format);
  }
  return format.format(dateToUtc(date));
}

const NUMBER = /\d[\d,]*(?:\.\d+)?/;

/**
 * A fill-in-the-blank quiz on a figure: the digest's first fact with a number in a figure, else
 * (so every weekly digest has one) the report's, picked by date. Wrong options are the right
 * figure scaled or shifted, formatted like it (same unit, decimals and digit grouping).
 */
export function buildQuiz(report: Report, facts: Fact[], locale: Locale, seed: string, t: Translator = digestTranslator(locale)): Quiz | undefined {
  const withFigure = (f: Fact) => f.figures.some((g) => NUMBER.test(g[locale]));
  let fact = facts.find(withFigure);
  if (!fact) {
    const all = report.facts.filter(withFigure);
    if (all.length === 0) return undefined;
    fact = all[hash(seed) % all.length] as Fact;
  }
  const figure = fact.figures.find((g) => NUMBER.test(g[locale]));
  if (!figure) return undefined;
  const answer = figure[locale];
  const text = locale === 'zh' ? fact.zh : fact.en;
  const wrong = wrongFigures(answer, hash(`${seed}:${fact.id}`)).slice(0, 3);
  if (wrong.length < 2) return undefined;
  const options = shuffle([answer, ...wrong], hash(`${fact.id}:${seed}`));
  const sectionTitle = report.sections.find((s) => s.id === fact.section)?.title[locale] ?? fact.section;
  const prefix = t('digest:quizPrefix');
  return {
    question: `${prefix}${clipAround(text.replace(answer, BLANK), BLANK, QUIZ_QUESTION_MAX - prefix.length)}`,
    options: options.map((o) => o.slice(0, QUIZ_OPTION_MAX)),
    correctIndex: options.indexOf(answer),
    explanation: clip(t('digest:quizExplanation', { answer, section: sectionTitle }), QUIZ_EXPLANATION_MAX),
    factId: fact.id,
  };
}

/** Plausible wrong versions of a figure: its number scaled (or shifted, for years and small counts), same format. */
function wrongFigures(figure: string, seed: number): string[] {
  const match = NUMBER.exec(figure);
  if (!match) return [];
  const raw = match[0];
  const grouped = raw.includes(',');
  const decimals = raw.split('.')[1]?.length ?? 0;
  const value = Number(raw.replace(/,/g, ''));
  const isYear = decimals === 0 && value >= 1900 && value <= 2100;
  const steps = isYear || value < 10 ? [-2, -1, 1, 2, 3, 4] : [0.5, 0.7, 1.3, 1.5, 2, 0.8, 1.2, 3];
  const candidates = shuffle(steps, seed).map((s) => (isYear || value < 10 ? value + s : value * s));
  const out: string[] = [];
  for (const v of candidates) {
    if (v <= 0) continue;
    const text = formatLike(v, decimals, grouped);
    const option = figure.replace(raw, text);
    if (option !== figure && !out.includes(option)) out.push(option);
  }
  return out;
}

function formatLike(value: number, decimals: number, grouped: boolean): string {
  const fixed = value.toFixed(decimals);
  if (!grouped) return fixed;
  const [int = '', frac] = fixed.split('.');
  const withCommas = int.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return frac === undefined ? withCommas : `${withCommas}.${frac}`;
}

/** A deterministic shuffle (so a resend after a crash carries the same quiz). */
function shuffle<T>(items: T[], seed: number): T[] {
  const out = [...items];
  let s = seed || 1;
  for (let i = out.length - 1; i > 0; i--) {
    s = (Math.imul(s, 1103515245) + 12345) >>> 0;
    const j = s % (i + 1);
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

/** FNV-1a, 32 bits. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

/** Shortens `text` to `max` characters keeping `mark` (the blank) in view. */
function clipAround(text: string, mark: string, max: number): string {
  if (text.length <= max) return text;
  const at = text.indexOf(mark);
  const start = Math.max(0, Math.min(at - Math.floor((max - mark.length) / 2), text.length - max + 1));
  const body = text.slice(start, start + max - 2);
  return `${start > 0 ? '…' : ''}${body}…`;
}

/** The quiz as plain text (terminal, `npm run digest -- --preview`). */
export function renderQuizText(quiz: Quiz, locale: Locale): string {
  const t = createTranslator(locale);
  const letters = 'ABCDEFGHIJ';
  const options = quiz.options.map((o, i) => `${letters[i]}) ${o}`).join('   ');
  return `${quiz.question}\n${options}\n${t('digest:quizAnswer', { letter: letters[quiz.correctIndex] ?? '?', explanation: quiz.explanation })}`;
}

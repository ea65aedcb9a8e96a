/**
 * Loads and validates a report in the fact-base format (`src/data/report/*.json`).
 * Another report in the same format loads by pointing `REPORT_DIR` at its folder.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BotError, type Report } from '../core/index.js';

/** The bundled report's folder. */
export const DEFAULT_REPORT_DIR = fileURLToPath(new URL('./report/', import.meta.url));

const ID = /^[a-z0-9][a-z0-9-]{0,30}$/;

/** A shape check that names the first problem by its path (`facts.3.en must be a non-empty string`). */
class Checker {
  problem?: string;
  fail(path: string, what: string): void {
    this.problem ??= `${path} ${what}`;
  }
  text(v: unknown, path: string): void {
    if (typeof v !== 'string' || v.length === 0) this.fail(path, 'must be a non-empty string');
  }
  pattern(v: unknown, path: string, re: RegExp, what: string): void {
    if (typeof v !== 'string' || !re.test(v)) this.fail(path, what);
  }
  bilingual(v: unknown, path: string): void {
    const o = v as Record<string, unknown> | undefined;
    if (typeof o !== 'object' || o === null) {
      this.fail(path, 'must be { zh, en }');
      return;
    }
    this.text(o.zh, `${path}.zh`);
    this.text(o.en, `${path}.en`);
  }
  words(v: unknown, path: string): void {
    const o = v as Record<string, unknown> | undefined;
    if (typeof o !== 'object' || o === null) {
      this.fail(path, 'must be { zh: [], en: [] }');
      return;
    }
    for (const l of ['zh', 'en']) {
      const list = o[l];
      if (!Array.isArray(list)) this.fail(`${path}.${l}`, 'must be a list of strings');
      else for (const [i, w] of list.entries()) this.text(w, `${path}.${l}.${i}`);
    }
  }
  list(v: unknown, path: string, each: (item: Record<string, unknown>, path: string) => void, min = 0): void {
    if (!Array.isArray(v) || v.length < min) {
      this.fail(path, min > 0 ? `must be a list of at least ${min}` : 'must be a list');
      return;
    }
    for (const [i, item] of v.entries()) {
      if (typeof item !== 'object' || item === null) this.fail(`${path}.${i}`, 'must be an object');
      else each(item as Record<string, unknown>, `${path}.${i}`);
    }
  }
}

/** Checks the shape of a parsed report; returns the first problem, or undefined. */
function checkShape(raw: unknown): string | undefined {
  const c = new Checker();
  const r = raw as Record<string, unknown>;
  if (typeof r !== 'object' || r === null) return 'the file must hold an object';
  c.text(r.id, 'id');
  const meta = (r.meta ?? {}) as Record<string, unknown>;
  for (const key of ['title', 'headline', 'compiler', 'publisher', 'source', 'editor']) c.bilingual(meta[key], `meta.${key}`);
  c.pattern(meta.date, 'meta.date', /^\d{4}-\d{2}-\d{2}$/, 'must be YYYY-MM-DD');
  c.pattern(meta.time, 'meta.time', /^\d{2}:\d{2}$/, 'must be HH:MM');
  if (meta.examples !== undefined) c.words(meta.examples, 'meta.examples');
  if (meta.searchExample !== undefined) c.bilingual(meta.searchExample, 'meta.searchExample');
  c.list(
    r.sections,
    'sections',
    (s, path) => {
      c.pattern(s.id, `${path}.id`, ID, 'must be lower-case a-z, 0-9 and -, at most 31 characters');
      c.bilingual(s.title, `${path}.title`);
      c.bilingual(s.summary, `${path}.summary`);
      c.words(s.keywords, `${path}.keywords`);
      if (s.district !== undefined) c.words((s.district as Record<string, unknown>)?.names, `${path}.district.names`);
    },
    1,
  );
  c.list(
    r.facts,
    'facts',
    (f, path) => {
      c.pattern(f.id, `${path}.id`, ID, 'must be lower-case a-z, 0-9 and -, at most 31 characters');
      c.text(f.section, `${path}.section`);
      c.text(f.zh, `${path}.zh`);
      c.text(f.en, `${path}.en`);
      c.list(f.figures, `${path}.figures`, (g, p) => {
        c.text(g.zh, `${p}.zh`);
        c.text(g.en, `${p}.en`);
      });
      c.words(f.keywords, `${path}.keywords`);
      if (f.details !== undefined && (!Array.isArray(f.details) || f.details.some((d) => typeof d !== 'string')))
        c.fail(`${path}.details`, 'must be a list of fact ids');
      if (
        f.together !== undefined &&
        (!Array.isArray(f.together) ||
          f.together.length < 2 ||
          f.together.some((g) => !Array.isArray(g) || g.length === 0 || g.some((n) => typeof n !== 'string')))
      )
        c.fail(`${path}.together`, 'must be a list of two or more lists of names');
    },
    1,
  );
  if (r.lexicon !== undefined) {
    if (!Array.isArray(r.lexicon)) c.fail('lexicon', 'must be a list of synonym groups');
    else {
      for (const [i, g] of r.lexicon.entries()) {
        if (!Array.isArray(g) || g.length < 2) c.fail(`lexicon.${i}`, 'must list at least two words');
        else for (const [j, w] of g.entries()) c.text(w, `lexicon.${i}.${j}`);
      }
    }
  }
  return c.problem;
}

/**
 * Reads `report.json` from a folder and checks it: schema, unique ids, every fact's section
 * exists, every figure appears in its fact's text in both languages.
 * Throws a BotError (`report_invalid`) naming the first problem.
 */
export function loadReport(dir: string = DEFAULT_REPORT_DIR): Report {
  const file = join(dir, 'report.json');
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (err) {
    throw new BotError('report_not_loaded', `report: cannot read ${file}: ${(err as Error).message}`);
  }
  const problem = checkShape(raw);
  if (problem) throw new BotError('report_invalid', `report: ${file}: ${problem}`);
  const report = raw as Report;
  report.lexicon ??= [];
  const sectionIds = new Set<string>();
  for (const s of report.sections) {
    if (sectionIds.has(s.id)) throw new BotError('report_invalid', `report: section ${s.id} defined twice`);
    sectionIds.add(s.id);
  }
  const factIds = new Set<string>();
  for (const f of report.facts) {
    if (factIds.has(f.id)) throw new BotError('report_invalid', `report: fact ${f.id} defined twice`);
    factIds.add(f.id);
    if (!sectionIds.has(f.section)) throw new BotError('report_invalid', `report: fact ${f.id} names missing section ${f.section}`);
    for (const d of f.details ?? [])
      if (!report.facts.some((x) => x.id === d)) throw new BotError('report_invalid', `report: fact ${f.id} details missing fact ${d}`);
    for (const fig of f.figures) {
      if (!f.zh.includes(fig.zh)) throw new BotError('report_invalid', `report: fact ${f.id} figure ${fig.zh} not in its Chinese text`);
      if (!f.en.includes(fig.en)) throw new BotError('report_invalid', `report: fact ${f.id} figure ${fig.en} not in its English text`);
    }
  }
  return report;
}

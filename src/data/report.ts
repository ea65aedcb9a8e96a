/**
 * Loads and validates a report in the fact-base format (`src/data/report/*.json`).
 * Another report in the same format loads by pointing `REPORT_DIR` at its folder.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { BotError, type Report } from '../core/index.js';

/** The bundled report's folder. */
export const DEFAULT_REPORT_DIR = fileURLToPath(new URL('./report/', import.meta.url));

const bilingual = z.object({ zh: z.string().min(1), en: z.string().min(1) });
const words = z.object({ zh: z.array(z.string().min(1)), en: z.array(z.string().min(1)) });
const id = z.string().regex(/^[a-z0-9][a-z0-9-]{0,30}$/, 'ids are lower-case a-z, 0-9 and -, at most 31 characters');

const reportSchema = z.object({
  id: z.string().min(1),
  meta: z.object({
    title: bilingual,
    headline: bilingual,
    compiler: bilingual,
    publisher: bilingual,
    source: bilingual,
    date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
    time: z.string().regex(/^\d{2}:\d{2}$/),
    editor: bilingual,
  }),
  sections: z
    .array(
      z.object({
        id,
        title: bilingual,
        summary: bilingual,
        keywords: words,
        district: z.object({ names: words }).optional(),
      }),
    )
    .min(1),
  facts: z
    .array(
      z.object({
        id,
        section: z.string(),
        zh: z.string().min(1),
        en: z.string().min(1),
        figures: z.array(z.object({ zh: z.string().min(1), en: z.string().min(1) })),
        keywords: words,
        details: z.array(z.string()).optional(),
      }),
    )
    .min(1),
  lexicon: z.array(z.array(z.string().min(1)).min(2)).default([]),
});

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
  const parsed = reportSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new BotError('report_invalid', `report: ${file}: ${issue?.path.join('.')} ${issue?.message}`);
  }
  const report = parsed.data as Report;
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

import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadReport } from '../../../src/data/report.js';

// NOTE: the article the fact base was made from travels with it (a copy of shared/seeds/000_…txt),
// so a clone anywhere can prove the coverage.
const ARTICLE = readFileSync(new URL('../../../src/data/report/source.txt', import.meta.url), 'utf8');
const report = loadReport();

// Lines of the article that are headings, not sentences: the sections' titles and two labels.
const HEADINGS = new Set(['几大看点', '各区社会治理新探索', ...report.sections.map((s) => s.title.zh)]);

/** Sentences of the article: split lines at 。!? and ;. */
function sentences(): string[] {
  return ARTICLE.split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !HEADINGS.has(l))
    .flatMap((l) => l.split(/(?<=[。!?])/))
    .map((s) => s.trim())
    .filter(Boolean);
}

/** A quantity from a Chinese figure: 2772亿元 → 2.772e11, 15.7万件 → 157000, 65% → 65. */
function zhQuantity(text: string): number | undefined {
  const digits = /(\d+(?:\.\d+)?)多?\s*(万|亿)?/.exec(text);
  if (digits) return Number(digits[1]) * (digits[2] === '亿' ? 1e8 : digits[2] === '万' ? 1e4 : 1);
  const numerals: Record<string, number> = { 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };
  const first = [...text].find((c) => c in numerals);
  return first ? numerals[first] : undefined;
}

/** A quantity from an English figure: 277.2 billion → 2.772e11, 157,000 → 157000, four → 4. */
function enQuantity(text: string): number | undefined {
  const m = /(\d[\d,]*(?:\.\d+)?)\s*(thousand|million|billion)?/.exec(text);
  if (m) return Number((m[1] as string).replace(/,/g, '')) * ({ thousand: 1e3, million: 1e6, billion: 1e9 }[m[2] as 'million'] ?? 1);
  const words: Record<string, number> = { one: 1, first: 1, two: 2, second: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 };
  const w = text
    .toLowerCase()
    .match(/[a-z]+/g)
    ?.find((x) => x in words);
  return w ? words[w] : undefined;
}

describe('the fact base', () => {
  it('quotes the article verbatim in every fact', () => {
    const notInArticle = report.facts.filter((f) => !ARTICLE.includes(f.zh)).map((f) => f.id);
    expect(notInArticle).toEqual([]);
  });

  it('puts every sentence of the article into some fact', () => {
    const uncovered: string[] = [];
    for (const sentence of sentences()) {
      let rest = sentence;
      for (const f of report.facts) if (rest.includes(f.zh)) rest = rest.split(f.zh).join('');
      if (/[\p{L}\p{N}]/u.test(rest)) uncovered.push(`${sentence} → left: ${rest}`);
    }
    expect(uncovered).toEqual([]);
  });

  it("holds every number of the article in some fact's Chinese text", () => {
    const numbers = new Set(ARTICLE.match(/\d+(?:\.\d+)?/g) ?? []);
    const missing = [...numbers].filter((n) => !report.facts.some((f) => (f.zh.match(/\d+(?:\.\d+)?/g) ?? ([] as string[])).includes(n)));
    expect(missing).toEqual([]);
  });

  it('translates every fact and section into English', () => {
    for (const f of report.facts) expect(f.en, f.id).toMatch(/[A-Za-z]{3,}/);
    for (const s of report.sections) {
      expect(s.title.en, s.id).toMatch(/[A-Za-z]{3,}/);
      expect(s.summary.en, s.id).toMatch(/[A-Za-z]{3,}/);
    }
  });

  it('renders each figure as the same quantity in both languages', () => {
    const wrong: string[] = [];
    for (const f of report.facts) {
      for (const fig of f.figures) {
        if (/^\d{4}-\d{2}-\d{2}$|^\d{1,2}:\d{2}$|十横十三纵|1\+10\+N|月$/.test(fig.zh)) continue;
        const zh = zhQuantity(fig.zh);
        const en = enQuantity(fig.en);
        if (zh === undefined || en === undefined || Math.abs(zh - en) > 1e-6 * Math.max(1, zh)) wrong.push(`${f.id}: ${fig.zh} ↔ ${fig.en}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('lists every figure of a fact that carries a number', () => {
    const unlisted = report.facts.filter((f) => /\d/.test(f.zh.replace(/(19|20)\d{2}年?|110/g, '')) && f.figures.length === 0).map((f) => f.id);
    expect(unlisted).toEqual([]);
  });

  it('names the report, its compiler, publisher, source, date and editor', () => {
    expect(report.meta).toMatchObject({
      compiler: { zh: '深圳市社会科学院' },
      publisher: { zh: '社会科学文献出版社' },
      source: { zh: '深思网' },
      date: '2019-10-25',
      editor: { zh: '战旗' },
    });
    expect(report.meta.title.zh).toContain('深圳蓝皮书');
  });

  it('rejects a report whose figure is not in its fact', () => {
    expect(() => loadReport('tests/fixtures/broken-report')).toThrow(/figure 99家 not in its Chinese text/);
  });

  it('marks the 110 figure as counting criminal and public-order reports together, and rejects a malformed mark', () => {
    expect(report.facts.find((f) => f.id === 'safety-01')?.together?.map((names) => names[0])).toEqual(['刑事', '治安警情']);
    const dir = mkdtempSync(join(tmpdir(), 'report-'));
    try {
      const fixture = JSON.parse(readFileSync('tests/fixtures/report/report.json', 'utf8'));
      fixture.facts[0].together = [['only one part']];
      writeFileSync(join(dir, 'report.json'), JSON.stringify(fixture));
      expect(() => loadReport(dir)).toThrow(/together/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

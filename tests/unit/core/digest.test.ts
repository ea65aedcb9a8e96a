import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, buildDigest, buildQuiz, digestOrder, formatDigestDate, isQuizDay, planDigest, renderQuizText } from '../../../src/core/index.js';
import { loadReport } from '../../../src/data/report.js';
import { makeReport } from '../../fakes/synthetic-report.js';

const fixture = loadReport('tests/fixtures/report');

describe('digest rotation', () => {
  it('lists every fact exactly once', () => {
    const report = makeReport({ a: 7, b: 2, c: 4 });
    const order = digestOrder(report);
    expect(order).toHaveLength(13);
    expect(new Set(order)).toEqual(new Set(report.facts.map((f) => f.id)));
  });

  it('spreads each section over the whole cycle instead of bunching it', () => {
    const report = makeReport({ big: 12, small: 3, mid: 6 });
    const order = digestOrder(report);
    const sectionOf = (id: string) => id.split('-')[0];
    // Every window of three consecutive facts mixes at least two sections.
    for (let i = 0; i + 3 <= order.length; i++) {
      expect(new Set(order.slice(i, i + 3).map(sectionOf)).size).toBeGreaterThan(1);
    }
    // The small section shows up in each third of the cycle.
    for (let third = 0; third < 3; third++) {
      expect(order.slice(third * 7, third * 7 + 7).some((id) => sectionOf(id) === 'small')).toBe(true);
    }
  });

  it('never repeats a fact before every fact was sent, whatever the report and digest size', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 9 }), { minLength: 1, maxLength: 6 }), fc.integer({ min: 1, max: 10 }), (sizes, size) => {
        const report = makeReport(Object.fromEntries(sizes.map((n, i) => [`s${i}`, n])));
        const total = report.facts.length;
        let rotation = 0;
        const sent: string[] = [];
        while (sent.length < total * 3) {
          const plan = planDigest(report, rotation, size);
          expect(plan.rotationFrom).toBe(rotation);
          expect(plan.factIds.length).toBeGreaterThan(0);
          expect(new Set(plan.factIds).size).toBe(plan.factIds.length);
          sent.push(...plan.factIds);
          rotation = plan.rotationTo;
        }
        for (let cycle = 0; cycle < 3; cycle++) {
          expect(new Set(sent.slice(cycle * total, (cycle + 1) * total)).size).toBe(total);
        }
      }),
    );
  });

  it('sends three facts by default and a shorter digest at the end of a cycle', () => {
    const report = makeReport({ a: 4, b: 3 });
    expect(planDigest(report, 0).factIds).toHaveLength(3);
    expect(planDigest(report, 6)).toMatchObject({ rotationFrom: 6, rotationTo: 7 });
    expect(planDigest(report, 7).factIds).toEqual(planDigest(report, 0).factIds);
  });
});

describe('buildDigest', () => {
  const report = makeReport({ housing: 5, health: 5 });

  it('writes a Chinese digest with the date, progress, each fact cited and more-buttons', () => {
    const plan = planDigest(report, 3);
    const reply = buildDigest({ report, locale: 'zh', date: '2024-05-06', ...plan });
    expect(reply?.kind).toBe('digest');
    expect(reply?.locale).toBe('zh');
    expect(reply?.title).toBe('每日摘要 · 2024年5月6日星期一');
    const [progress, , ...items] = (reply?.body ?? '').split('\n');
    expect(progress).toMatch(/^第 4–6 条 \/ 共 10 条 · 章节(housing|health)、章节(housing|health)$/);
    expect(items).toHaveLength(3);
    plan.factIds.forEach((id, i) => {
      const fact = report.facts.find((f) => f.id === id);
      expect(items[i]).toBe(`${i + 1}. ${fact?.zh}〔章节${fact?.section}〕`);
    });
    expect(reply?.citations.map((c) => c.factId)).toEqual(plan.factIds);
    expect(reply?.buttons.map((b) => b.label).sort()).toEqual(['更多:章节health', '更多:章节housing']);
    for (const b of reply?.buttons ?? []) expect(b.action).toMatch(/^more:[a-z0-9-]+$/);
    expect(reply?.quiz).toBeUndefined();
  });

  it('writes an English digest in English', () => {
    const reply = buildDigest({ report: fixture, locale: 'en', date: '2024-05-06', ...planDigest(fixture, 0, 1) });
    expect(reply?.title).toMatch(/^Daily digest · Monday,? 6 May 2024$/);
    expect(reply?.body).toMatch(/^fact 1 of 4 · /);
    expect(reply?.body).not.toMatch(/[\u4e00-\u9fff]/);
    expect(reply?.buttons[0]?.label).toMatch(/^More: /);
  });

  it('says when the cycle is complete', () => {
    const reply = buildDigest({ report, locale: 'en', date: '2024-05-06', ...planDigest(report, 9) });
    expect(reply?.body).toContain('fact 10 of 10');
    expect(reply?.body).toContain('starts again from the beginning');
  });

  it('skips facts that left the report and gives up when none is left', () => {
    expect(buildDigest({ report, locale: 'en', date: '2024-05-06', factIds: ['gone-1', 'housing-01'], rotationFrom: 0 })?.citations).toHaveLength(1);
    expect(buildDigest({ report, locale: 'en', date: '2024-05-06', factIds: ['gone-1'], rotationFrom: 0 })).toBeUndefined();
  });
});

describe('weekly quiz', () => {
  it('falls on Fridays by default', () => {
    expect(isQuizDay('2024-05-10')).toBe(true);
    expect(isQuizDay('2024-05-11')).toBe(false);
    expect(isQuizDay('2024-05-12', 0)).toBe(true);
    expect(addDays('2024-02-28', 2)).toBe('2024-03-01');
    expect(formatDigestDate('2024-05-10', 'en')).toMatch(/^Friday,? 10 May 2024$/);
  });

  it('asks for a figure of a digest fact, with plausible wrong figures, in the chat language', () => {
    for (const locale of ['zh', 'en'] as const) {
      const reply = buildDigest({ report: fixture, locale, date: '2024-05-10', factIds: ['safety-01', 'district-futian-01'], rotationFrom: 0, quiz: true });
      const quiz = reply?.quiz;
      expect(quiz?.factId).toBe('safety-01');
      const answer = locale === 'zh' ? '15.7万件' : '157,000';
      expect(quiz?.options[quiz.correctIndex]).toBe(answer);
      expect(quiz?.options).toHaveLength(4);
      expect(new Set(quiz?.options).size).toBe(4);
      for (const option of quiz?.options ?? []) expect(option).toMatch(locale === 'zh' ? /^\d+(\.\d)?万件$/ : /^\d{1,3}(,\d{3})*$/);
      expect(quiz?.question).toContain('____');
      expect(quiz?.question).not.toContain(answer);
      expect(quiz?.explanation).toContain(answer);
      expect(quiz?.question.length).toBeLessThanOrEqual(300);
      expect(quiz?.explanation.length).toBeLessThanOrEqual(200);
    }
  });

  it('is the same quiz when built again (a resend after a crash matches)', () => {
    const a = buildQuiz(fixture, fixture.facts, 'en', '2024-05-10');
    const b = buildQuiz(fixture, fixture.facts, 'en', '2024-05-10');
    expect(a).toEqual(b);
  });

  it('takes a figure from elsewhere in the report when the digest has none', () => {
    const quiz = buildQuiz(fixture, [fixture.facts[3] as never], 'zh', '2024-05-10');
    expect(quiz && ['health-01', 'health-02', 'safety-01']).toContain(quiz?.factId);
  });

  it('shifts years and small counts instead of scaling them', () => {
    const report = makeReport({ a: 1 });
    const fact = report.facts[0] as (typeof report.facts)[number];
    fact.zh = '2018年新增3家。';
    fact.figures = [{ zh: '2018年', en: '2018' }];
    const quiz = buildQuiz(report, [fact], 'zh', '2024-05-10');
    for (const option of quiz?.options ?? []) expect(Number(option.replace('年', ''))).toBeGreaterThan(2012);
  });

  it('has no quiz when the report has no figures', () => {
    const report = makeReport({ a: 3 }, { figures: false });
    expect(buildDigest({ report, locale: 'en', date: '2024-05-10', ...planDigest(report, 0), quiz: true })?.quiz).toBeUndefined();
  });

  it('renders as text with the answer for the terminal', () => {
    const quiz = buildQuiz(fixture, fixture.facts, 'en', '2024-05-10');
    expect(quiz && renderQuizText(quiz, 'en')).toMatch(/A\) .+ {3}B\) .+\n\([A-D]\) Answer: /);
  });
});

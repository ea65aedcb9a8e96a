import { describe, expect, it } from 'vitest';
import { AnswerEngine, MAX_QUESTION_LENGTH } from '../../../src/core/index.js';
import { loadReport } from '../../../src/data/report.js';

const engine = new AnswerEngine(loadReport());
const answer = (q: string, locale: 'zh' | 'en' = 'zh') => engine.answer(q, locale);
const text = (q: string, locale: 'zh' | 'en' = 'zh') =>
  answer(q, locale)
    .facts.map((f) => (locale === 'zh' ? f.zh : f.en))
    .join(' ');

describe('AnswerEngine on the bundled report', () => {
  it('answers a Chinese question with the fact that holds the figure', () => {
    expect(text('2018年深圳新增了多少家三甲和三级医院?')).toContain('8家');
  });

  it('answers an English question from the translated facts', () => {
    expect(text('How many registered social organisations did Shenzhen have at the end of 2018?', 'en')).toContain('10,325');
  });

  it('matches traditional characters against the simplified text', () => {
    expect(text('深圳新增了多少張病床?')).toContain('2555');
  });

  it('understands paraphrases through synonyms (NGO ↔ 社会组织, subway ↔ 轨道交通)', () => {
    expect(text('How many NGOs does Shenzhen have?', 'en')).toContain('10,325');
    expect(text('一天多少人坐地铁?')).toContain('519万人次');
  });

  it('forgives a typo in English and a homophone typo in Chinese', () => {
    expect(text('how many fundations are there in shenzen?', 'en')).toContain('354');
    expect(text('社会组织改革经历了哪几个介段?')).toContain('改革探索');
  });

  it('refuses questions about another city, another year or another subject', () => {
    expect(answer('北京的GDP是多少?').answered).toBe(false);
    expect(answer('2020年深圳新增了多少病床?').answered).toBe(false);
    expect(answer('What is the weather like in Shenzhen today?', 'en').answered).toBe(false);
    expect(answer('广州的公交分担率是多少?').answered).toBe(false);
  });

  it('refuses a question whose subject is in the report but whose detail is not', () => {
    expect(answer('深圳技术大学第一年招了多少本科生?').answered).toBe(false);
    expect(answer('How many beds does the University of Hong Kong-Shenzhen Hospital have?', 'en').answered).toBe(false);
    expect(answer('2018年深圳新增了多少张养老床位?').answered).toBe(false);
  });

  it('answers a list question with the facts that spell the list out', () => {
    const t = text('2018年深圳社会治理的三个突出特点分别是什么?');
    expect(t).toContain('共建共治共享');
    expect(t).toContain('智能化');
  });

  it('cuts an overlong question and says so', () => {
    const a = answer(`社会组织有多少个?${'啊'.repeat(MAX_QUESTION_LENGTH * 3)}`);
    expect(a.truncated).toBe(true);
    expect(a.question.length).toBe(MAX_QUESTION_LENGTH);
  });

  it('finds nothing to say for an empty or punctuation-only question', () => {
    expect(answer('   ').answered).toBe(false);
    expect(answer('???!!!').answered).toBe(false);
  });
});

describe('AnswerEngine on another report in the same format', () => {
  const fixture = new AnswerEngine(loadReport('tests/fixtures/report'));

  it('answers from that report, not the bundled one', () => {
    expect(fixture.answer('新增了多少张病床?', 'zh').facts[0]?.id).toBe('health-01');
    expect(fixture.answer('How many social organisations are there?', 'en').answered).toBe(false);
  });
});

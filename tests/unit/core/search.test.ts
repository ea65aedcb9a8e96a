import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { AnswerEngine } from '../../../src/core/answer.js';
import { loadReport } from '../../../src/data/report.js';

const engine = new AnswerEngine(loadReport());
const dir = new URL('../../eval/', import.meta.url);
const questions = readdirSync(dir)
  .filter((f) => f.endsWith('.jsonl'))
  .slice(0, 20)
  .flatMap((f) => readFileSync(new URL(f, dir), 'utf8').split('\n').filter(Boolean))
  .map((line) => JSON.parse(line) as { q: string; lang: 'zh' | 'en' });

describe('PassageIndex lookup', () => {
  it('finds the same facts with the same scores, in the same order, as one MiniSearch query', () => {
    expect(questions.length).toBeGreaterThan(500);
    for (const { q, lang } of questions) {
      const terms = engine.analyze(q, lang).searchTerms;
      expect(engine.index.lookup(terms), q).toEqual(engine.index.miniLookup(terms));
    }
  });

  it('counts a term asked twice once, as MiniSearch does, and ignores a term it drops', () => {
    for (const terms of [['hospit', 'hospit', 'bed'], ['医院', '', '医院'], ['nosuchword'], []]) {
      expect(engine.index.lookup(terms)).toEqual(engine.index.miniLookup(terms));
    }
    expect(engine.index.lookup(['nosuchword'])).toEqual([]);
  });
});

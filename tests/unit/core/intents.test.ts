import { describe, expect, it } from 'vitest';
import { matchIntent } from '../../../src/core/index.js';
import { loadReport } from '../../../src/data/report.js';

const report = loadReport();
const intent = (t: string) => matchIntent(t, report).name;

describe('matchIntent', () => {
  it('recognises help, greetings and thanks in both languages', () => {
    expect(intent('帮助')).toBe('help');
    expect(intent('what can you do?')).toBe('help');
    expect(intent('你好')).toBe('greeting');
    expect(intent('Hello!')).toBe('greeting');
    expect(intent('谢谢')).toBe('thanks');
  });

  it('recognises topics, a random fact, about, language and digest requests', () => {
    expect(intent('有哪些话题')).toBe('topics');
    expect(intent('random fact')).toBe('fact');
    expect(intent('这份报告是什么')).toBe('about');
    expect(matchIntent('switch to english', report)).toMatchObject({ name: 'lang', locale: 'en' });
    expect(matchIntent('取消订阅', report)).toMatchObject({ name: 'digest', args: 'off' });
  });

  it("names a district's section for a bare district question, in Chinese or English", () => {
    expect(matchIntent('福田区有什么新探索?', report).section?.id).toBe('futian');
    expect(matchIntent("What did Bao'an District do?", report).section?.id).toBe('baoan');
  });

  it('leaves real questions to search', () => {
    expect(intent('报告包括哪些板块?')).toBe('search');
    expect(intent('福田区的百系统指多少个数据应用?')).toBe('search');
  });
});

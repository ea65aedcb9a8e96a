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
    expect(intent('报告讲啥的?')).toBe('about');
    expect(intent('summary?')).toBe('about');
    expect(intent("What's the big picture?")).toBe('about');
    expect(intent('报告讲啥的钱')).toBe('search');
    expect(matchIntent('switch to english', report)).toMatchObject({ name: 'lang', locale: 'en' });
    expect(matchIntent('取消订阅', report)).toMatchObject({ name: 'digest', args: 'off' });
  });

  it("names a district's section for a bare district question, in Chinese or English", () => {
    expect(matchIntent('福田区有什么新探索?', report).section?.id).toBe('futian');
    expect(matchIntent("What did Bao'an District do?", report).section?.id).toBe('baoan');
  });

  it('reads chat phrasings of "what is special about this district" as the district', () => {
    expect(matchIntent('龙岗在社会治理上有啥特色？', report).section?.id).toBe('longgang');
    expect(matchIntent('宝安区重点推的是啥？', report).section?.id).toBe('baoan');
    expect(matchIntent('福田在治理上有啥新招？', report).section?.id).toBe('futian');
    expect(matchIntent('讲讲龙岗区', report).section?.id).toBe('longgang');
    expect(matchIntent('說說寶安區的做法', report).section?.id).toBe('baoan');
    expect(matchIntent('What is Longgang known for?', report).section?.id).toBe('longgang');
    expect(matchIntent('Any highlights from Yantian?', report).section?.id).toBe('yantian');
    expect(matchIntent("Futian's approach?", report).section?.id).toBe('futian');
  });

  it('leaves real questions to search', () => {
    expect(intent('报告包括哪些板块?')).toBe('search');
    expect(intent('福田区的百系统指多少个数据应用?')).toBe('search');
    expect(intent('盐田区在纠纷调处上做了什么')).toBe('search');
    expect(intent('福田区和罗湖区谁做得好')).toBe('search');
    expect(intent('宝安区2020年做什么')).toBe('search');
    expect(intent('How many platforms does Futian have?')).toBe('search');
    expect(intent('Which park in Longgang?')).toBe('search');
  });
});

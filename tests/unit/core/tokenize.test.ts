import { describe, expect, it } from 'vitest';
import { detectLocale, localeFromTag, resolveLocale } from '../../../src/core/index.js';
import { fromCantonese } from '../../../src/core/query.js';
import { indexTerms, normalize, sameSound, segmentChinese, stem } from '../../../src/core/tokenize.js';

describe('tokenize', () => {
  it('maps traditional characters and full-width letters before matching', () => {
    expect(normalize('醫院ＧＤＰ裏')).toBe('医院gdp里');
  });

  it('leaves simplified characters alone (么 stays 么)', () => {
    expect(normalize('什么')).toBe('什么');
  });

  it('gives Chinese words and bigrams, so 营收-style words are found inside sentences', () => {
    const terms = indexTerms('全市轨道交通日均客流量达519万人次');
    expect(terms).toContain('轨道');
    expect(terms).toContain('客流');
    expect(terms).toContain('519');
    expect(segmentChinese('深圳技术大学')).toContain('大学');
    expect(segmentChinese('how many 医院 are there')).toEqual(['医院']);
    expect(segmentChinese('how many hospitals')).toEqual([]);
  });

  it('stems English words and folds British spellings', () => {
    expect(stem('hospitals')).toBe(stem('hospital'));
    expect(stem('centre')).toBe('center');
    expect(stem('organisations')).toBe(stem('organizations'));
  });

  it('knows homophones', () => {
    expect(sameSound('阶', '介')).toBe(true);
    expect(sameSound('阶', '段')).toBe(false);
  });
});

describe('locale', () => {
  it('replies in Chinese when the query is Chinese and in English when it is English', () => {
    expect(detectLocale('有多少个社会组织?')).toBe('zh');
    expect(detectLocale('How many NGOs?')).toBe('en');
    // An English question that glosses a term in Chinese is English.
    expect(detectLocale('how many socail groups (社会团体) were regsitered in shenzen?')).toBe('en');
    expect(detectLocale('社会团体(social groups)有多少?')).toBe('zh');
    // So is one that names Chinese terms unquoted, or after an apostrophe ("Futian's '城区大脑'").
    expect(detectLocale('How many 社会团体 were registered by the end of the year?')).toBe('en');
    expect(detectLocale("What is at the heart of Futian's '城区大脑'?")).toBe('en');
    expect(detectLocale('block data是什么意思')).toBe('zh');
    expect(detectLocale('深圳的 social organisations 有多少 in total?')).toBe('zh');
    expect(detectLocale('英文版里的“a city for all”是啥意思?')).toBe('zh');
    expect(detectLocale('👍👍')).toBeUndefined();
  });

  it('prefers the chat setting, then the question, then the user language', () => {
    expect(resolveLocale({ chatLocale: 'en', text: '你好', fallback: 'zh' })).toBe('en');
    expect(resolveLocale({ text: '🙂', userLocale: 'en-US', fallback: 'zh' })).toBe('en');
    expect(resolveLocale({ text: '🙂', fallback: 'zh' })).toBe('zh');
    expect(localeFromTag('zh-hans')).toBe('zh');
  });
});

describe('fromCantonese', () => {
  it('reads Cantonese function words as Mandarin and leaves Mandarin words alone', () => {
    expect(fromCantonese('呢个中心喺边度?')).toBe('这个中心在哪里?');
    expect(fromCantonese('佢哋系边个?')).toBe('他们是谁?');
    expect(fromCantonese('边个区嘅群众安全感最高?')).toBe('哪个区的群众安全感最高?');
    expect(fromCantonese('周边几个社区的水系治理怎么样?')).toBe('周边几个社区的水系治理怎么样?');
    expect(fromCantonese('社会心理服务体系系咩?')).toBe('社会心理服务体系是什么?');
  });
});

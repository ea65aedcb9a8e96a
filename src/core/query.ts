/**
 * Turns a question into weighted words with their synonyms, and notes what kind of answer
 * it asks for (a quantity, a year, a list…), so the evidence test can refuse a fact that
 * shares words with the question but cannot answer it.
 */

import { englishTerms, englishWords, isEnglishStopword, normalize, numbers, segmentChinese, stem } from './tokenize.js';
import type { Locale } from './types.js';

/** One informative word of a question. */
export interface QueryWord {
  text: string;
  script: 'zh' | 'en';
  /** The word itself and its synonyms, normalised. */
  alternatives: string[];
  weight: number;
}

/** An analysed question. */
export interface QueryTerms {
  locale: Locale;
  /** What MiniSearch is asked (the question plus synonyms). */
  searchText: string;
  words: QueryWord[];
  /** Asks for a number ("多少", "how many"). */
  asksQuantity: boolean;
  /** The measure word after 多少/几 ("户" in 多少户), when there is one. */
  askedUnit?: string;
  /** Four-digit years named in the question. */
  years: string[];
  /** Asks for a list or a choice ("哪些", "which", "list the five…"). */
  asksList: boolean;
}

/** How the analyser weighs words: by their spread over the report's facts. */
export interface WordStats {
  /** Facts whose Chinese text contains the word. */
  zhDf(word: string): number;
  /** Facts whose English stems include the term. */
  enFrequency(term: string): number;
  readonly factCount: number;
}

/** Synonym groups, normalised, looked up by member. */
export class Lexicon {
  private readonly groups = new Map<string, string[]>();

  constructor(groups: string[][]) {
    for (const group of groups) {
      const norm = group.map((w) => normalize(w));
      for (const w of norm) {
        const key = keyOf(w);
        this.groups.set(key, [...new Set([...(this.groups.get(key) ?? []), ...norm])]);
      }
    }
  }

  /** The synonyms of a (normalised) word, including the word. */
  synonyms(word: string): string[] {
    return this.groups.get(keyOf(word)) ?? [word];
  }

  /** Multi-word entries that occur in the text (so "big data" stays one word). */
  phrasesIn(text: string): string[] {
    const out: string[] = [];
    for (const key of this.groups.keys()) if (key.includes(' ') && text.includes(key)) out.push(key);
    return out;
  }
}

function keyOf(word: string): string {
  return /[a-z]/.test(word) ? englishTerms(word).join(' ') || word : word;
}

// NOTE: question words, particles and chat filler: no evidence for or against a fact.
const ZH_STOP = new Set(
  `的 了 吗 呢 吧 啊 呀 么 嘛 哦 是 在 有 和 与 及 或 还 也 都 就 又 被 把 给 对 从 向 跟 让 用 要 会 能 可以 可 该 这 那 这个 那个 这些 那些 这种 那种
  哪 哪个 哪些 哪里 哪儿 哪一 哪一个 什么 啥 谁 怎么 怎样 怎么样 如何 为什么 为何 多少 几 几个 多大 多长 多久 是否 是不是 有没有 有没 没有 没
  请问 请 问 问问 一下 知道 告诉 告诉我 说说 讲讲 介绍 介绍一下 听说 据说 报告 报告里 报告中 里面 里 中 上 下 方面 情况 具体 到底 究竟 大概 一共 总共 共 总 总计 合计
  现在 目前 当时 当年 去年 今年 那年 已经 曾经 一直 还是 或者 以及 而且 但是 可是 所以 因为 如果 然后 之后 以后 之前 以前 其中 其他 另外
  我 你 他 她 它 我们 你们 他们 大家 咱们 自己 人家 搞 弄 做 干 办 整 算 得 着 过 呗 啦 哈 嗯 喔 诶 一个 一些 有些 些 个 次 年 月 日 号
  多 少 大 小 高 低 新 老 好 坏 更 最 很 挺 太 非常 比较 特别 主要 所有 全部 每 各 各个 哪几 哪几个 几项 多少个 一共有 提到 提出 说 讲 写 指 指的是 叫 称为
  深圳 深圳市 全市 市 2018 2019 年底 截至 截止`.split(/\s+/),
);

// NOTE: 哪几 ("which ones") asks for a list, not a number.
const ZH_QUANTITY = /多少|(?<!哪)几[个家所项条年种类大万次名位批张套件]|多大|多高|百分之几|占比多少|比例是多少/;

const ZH_LIST = /哪些|哪几|哪[一二三四五六七八九十]|包括|分别|都有|列举|有什么|是什么/;
const EN_LIST = /\b(which|list|name the|what are|what were|what kinds?|what types?)\b/;

/**
 * Words that frame a question rather than name its subject (进展, 情况, "level", "receive").
 * They count a little when a fact has them and cost little when it doesn't.
 */
const ZH_FRAME = new Set(
  `进展 取得 得到 获得 经历 前后 变化 发生 结果 成果 成效 效果 作用 意义 措施 举措 做法 办法 内容 方面 问题 东西 事情 事 时候 东东 样子
  具体 主要 重要 相关 有关 属于 包括 包含 涉及 哪方面 哪类 什么样 啥样 咋样 怎么回事 回事 说法 叫做 名字 名称 全称 指的 意思 含义 定义
  为啥 干嘛 能否 能不能 可不可以 会不会 打算 计划 准备 开始 结束 完成 实现 达到 进行 开展 推进 推动 加强 提高 提升 出现 存在 算是
  听说 据说 报道 新闻 消息 文章 网上 官方 数据 数字 统计 情况下 一共 总体 整体 大概 大约 左右 上下 以来 近年 近来 最近 期间`.split(/\s+/),
);
const EN_FRAME = new Set(
  `level levels receive received get gets got getting give gave given system systems kind kinds type types sort sorts thing things stuff deal
  happen happened happening say said mention mentioned according article list name names named describe described call called mean means meaning
  progress status situation specific specifically main major key important role effect effects result results achieve achieved achievement
  make made making take took taken taking put set go went going come came doing done built build builds create created launch launched actually really exactly overall total totally
  whole part parts area areas aspect aspects way ways current currently recent recently latest new news year years time times
  number figure figures data statistic statistics count amount share rate percent percentage average roughly approximately around about`.split(/\s+/),
);
const EN_QUANTITY = /\bhow (many|much|big|large|high|long)\b|\bnumber of\b|\bwhat (percentage|share|proportion|rate)\b|\bwhat percent/;

/**
 * Analyses a question in the given language.
 *
 * Words present in most facts (深圳, Shenzhen) weigh little; words the report never uses weigh
 * as much as rare ones, so a question about another subject cannot be covered.
 */
export function analyzeQuestion(question: string, locale: Locale, stats: WordStats, lexicon: Lexicon): QueryTerms {
  const text = normalize(question);
  const words: QueryWord[] = [];
  const seen = new Set<string>();
  const add = (word: string, script: 'zh' | 'en') => {
    if (seen.has(word)) return;
    seen.add(word);
    const alternatives = lexicon.synonyms(word);
    const weight = weigh(word, alternatives, script, stats);
    if (weight > 0) words.push({ text: word, script, alternatives, weight });
  };

  for (const w of chineseWords(text)) add(w, 'zh');
  const phrases = lexicon.phrasesIn(text);
  for (const p of phrases) add(p, 'en');
  const phraseTerms = new Set(phrases.flatMap((p) => englishTerms(p)));
  for (const w of englishWords(text)) {
    if (isEnglishStopword(w) || /^\d/.test(w)) continue;
    const [term] = englishTerms(w);
    if (!term || phraseTerms.has(term) || ['shenzhen', 'report', 'city'].includes(term)) continue;
    add(w, 'en');
  }

  const years = (text.match(/(?<!\d)(19|20)\d{2}(?!\d)/g) ?? []).filter((y) => y !== '2018');
  for (const n of numbers(text)) if (!years.includes(n) && n !== '2018') add(n, 'zh');

  const unit = /(?:多少|(?<!哪)几)([户家所项条个种类名位批张套件人元岁])/.exec(text)?.[1];
  const synonymsText = words.flatMap((w) => w.alternatives).join(' ');
  return {
    locale,
    searchText: `${text} ${synonymsText}`,
    words,
    asksQuantity: ZH_QUANTITY.test(text) || EN_QUANTITY.test(text),
    askedUnit: unit,
    years,
    asksList: ZH_LIST.test(text) || EN_LIST.test(text),
  };
}

/**
 * Chinese words of a question: segmenter words minus stopwords, with runs of single
 * characters joined back ("警/情" → 警情), since the segmenter splits rare words.
 */
export function chineseWords(text: string): string[] {
  const out: string[] = [];
  let run = '';
  const flush = () => {
    if (run.length >= 2) out.push(run);
    run = '';
  };
  for (const w of segmentChinese(text)) {
    if (ZH_STOP.has(w)) {
      flush();
      continue;
    }
    if (w.length === 1) run += w;
    else {
      flush();
      out.push(w);
    }
  }
  flush();
  return out;
}

function weigh(word: string, alternatives: string[], script: 'zh' | 'en', stats: WordStats): number {
  if (script === 'zh' ? ZH_FRAME.has(word) : EN_FRAME.has(word) || EN_FRAME.has(stem(word))) return FRAME_WEIGHT;
  let df = 0;
  for (const alt of alternatives) {
    // NOTE: a phrase is as rare as its rarest word.
    const d = script === 'zh' ? stats.zhDf(alt) : Math.min(...englishTerms(alt).map((t) => stats.enFrequency(t)));
    if (Number.isFinite(d)) df = Math.max(df, d);
  }
  const share = df / Math.max(1, stats.factCount);
  if (share > 0.3) return 0.15;
  if (df === 0) return script === 'en' && word.length <= 3 ? 0.5 : UNKNOWN_WEIGHT;
  return 1 + Math.log(1 + 1 / (share + 0.02)) / 4;
}

/** Weight of a question-framing word (进展, "level"). */
const FRAME_WEIGHT = 0.3;
/** Weight of a word the report never uses: another subject, so it counts fully against a fact. */
const UNKNOWN_WEIGHT = 1.2;

/**
 * Turns a question into weighted words with their synonyms, and notes what kind of answer
 * it asks for (a quantity, a year, a list…), so the evidence test can refuse a fact that
 * shares words with the question but cannot answer it.
 */

import { numberValue } from './synonyms.js';
import {
  chineseWordClass,
  englishRank,
  englishTerms,
  englishWords,
  hanBigrams,
  ING_NOUNS,
  isEnglishPredicate,
  isEnglishStopword,
  looksPredicate,
  nearSound,
  normalize,
  numbers,
  pinyinOf,
  segmentChinese,
  stem,
} from './tokenize.js';
import type { Locale } from './types.js';

/** One informative word of a question. */
export interface QueryWord {
  text: string;
  script: 'zh' | 'en';
  /** The word itself and its synonyms, normalised. */
  alternatives: string[];
  /** The English stems of each alternative (empty for Chinese ones), computed once. */
  terms: ReadonlyArray<readonly string[]>;
  weight: number;
  /** False when the report never uses the word (nor a synonym): another subject, or a typo. */
  known: boolean;
  /**
   * A word the answering fact must contain: `own` in its own text (the thing counted in
   * "多少张养老床位", a named place, the attribute asked); `near` in it or a neighbouring fact
   * (a rare name such as "people's hospital"). False for ordinary words.
   */
  hard: Hardness;
  /**
   * The word frames the question (a verb, an adjective, 特点, "so far") rather than naming its
   * subject (a noun, a name, a phrase): a fact may miss it and still answer, when it covers
   * nearly enough of the rest (see the engine's borderline coverage).
   */
  framing: boolean;
  /** The word only puts the facts that have it first (the aim asked): it is no evidence for or against a fact. */
  bonus?: boolean;
}

/**
 * How strictly a word must be found in the answering fact: in its own text ('own'), there or in
 * its section's title and keywords ('section'), or there or in a neighbouring clause ('near').
 * An English fact's own text already holds its section's title and keywords (see search.ts), so
 * the 'section' and 'own' hardness differ only for Chinese.
 */
export type Hardness = false | 'near' | 'section' | 'own';

const STRICTNESS: Record<string, number> = { false: 0, near: 1, section: 2, own: 3 };

/** The kind of answer a question asks for. */
export type AnswerKind = 'quantity' | 'percent' | 'money' | 'time' | 'list' | 'other';

/** An analysed question. */
export interface QueryTerms {
  locale: Locale;
  /** The index terms MiniSearch is asked for (the question's words, their synonyms, bigrams, stems). */
  searchTerms: string[];
  words: QueryWord[];
  /** Asks for a number ("多少", "how many"). */
  asksQuantity: boolean;
  /** The measure word after 多少/几 ("户" in 多少户), when there is one. */
  askedUnit?: string;
  /** Asks for a percentage, an amount of money, or a year/date. */
  asksPercent: boolean;
  asksMoney: boolean;
  asksTime: boolean;
  /** Four-digit years named in the question (the report's own data year excepted). */
  years: string[];
  /** Asks for a list or a choice ("哪些", "which", "list the five…"). */
  asksList: boolean;
  /**
   * Asks which ones, by name ("分别是哪几家", "which eight hospitals"): a fact that only counts
   * them is no answer.
   */
  asksWhichOnes: boolean;
  /** Asks what a district or a plan aims at ("what is Futian trying to build"). */
  asksAim: boolean;
  /** The number of things asked for by name ("which two public services", 哪两项), and its word. */
  itemCount?: { word: QueryWord; count: number };
  /**
   * Asks for personal advice or a procedure ("how do I get a hukou", "入户需要什么条件"): the
   * report describes the city and advises no one.
   */
  asksAdvice: boolean;
  /**
   * Asks what will happen ("when will the campus open", "什么时候能取消限购"), or an opinion ("do you
   * think its schools are better"): a review of a past year does not say.
   */
  asksPrediction: boolean;
  /** Asks for an extreme ("the most beds", "最好的学区"): the answer must rank or single one out. */
  asksSuperlative: boolean;
  /** The words right after an English superlative ("the best international school" → international, school). */
  superlativeOf?: string[];
  /** Asks who holds an office or did something ("who heads…", "院长是谁"): the answer must name a person. */
  asksPerson: boolean;
  /** "哪个单位牵头编的": the agent that led another action is asked; the fact must name one (由X编撰, X牵头). */
  asksLeadAgent: boolean;
  /** "which district did best", "哪个区": the answer must be about a district, not the whole city. */
  asksDistrict: boolean;
  /** "True or false: …", "Is it true that …": a claim to check; the fact checking it must hold every subject word. */
  checksClaim: boolean;
  /** "rank nationally", 全国排第几: a fact measured within the province only (全省) does not say. */
  asksNational: boolean;
  /** "which city came first": the answer must say who was first (for what the question names). */
  asksTopPlace: boolean;
  /** The report's authors are asked ("who are the authors", 作者): the page's editor (编辑:战旗) is none. */
  asksAuthor: boolean;
  /** Who wrote or compiled it is asked ("who wrote it", 谁写的, "the authors"): the compiling body answers. */
  asksWriter: boolean;
  /** Asks why: the answer must give a reason, a purpose or a cause. */
  asksReason: boolean;
  /** Asks for an exact figure ("具体是多少", "exactly how many"): a bound ("低于300人") is no answer. */
  asksExact: boolean;
  /** Asks for the others besides those it names ("除了A和B,另外两所是哪两所"). */
  asksOthers: boolean;
  /** The question's normalised text (for checks against a fact's list). */
  text: string;
  /** Numbers the question itself gives ("how many of the 652 schools…"), as written without separators. */
  givenNumbers: string[];
  /** Speaks of the report or article itself ("这份报告", "the blue book"). */
  aboutReport: boolean;
  /** Places other than Shenzhen the question names (北京, guangzhou), as written. */
  places: string[];
  /** Compares (比, "than", "vs"): a place named may be one Shenzhen is compared with. */
  compares: boolean;
  /** Another place named as the owner of what is asked ("Guangzhou's report", 广州的社会组织), as written. */
  owners: string[];
  /** Asks for a total stock ("一共有多少张病床"), not what was added. */
  asksTotal: boolean;
  /** Asks how many were added (新增, 新登记): a fact with only a running total does not say. */
  asksAdded: boolean;
  /** Asks for a name or title ("叫什么", "what is the name of"). */
  asksName: boolean;
  /** Asks for a proper name ("叫什么名字", "what is the full name"): the answer must quote one. */
  asksProperName: boolean;
  /** The English thing a "how many" question counts (its stems and its synonyms' stems). */
  countedStems?: ReadonlyArray<readonly string[]>;
  /** The Chinese things a quantity question counts or asks the amount of (人口 in 常住人口有多少), with synonyms. */
  countedZh?: string[][];
  /** Asks for a place in a ranking ("排名第几", "which place"). */
  asksRank: boolean;
  /** Terms the question quotes (“1+10+N”, "block data"), as written (lower case). */
  quoted: string[];
  /** Asks for an average ("平均每户几个孩子", "the average number of kids"). */
  asksAverage: boolean;
  /** Asks a day ("哪天发的", "what date"): a fact with a day answers, not one with a year only. */
  asksDay: boolean;
  /** Counts people in English ("how many people use it"): a figure of people answers (300人, 519万人次). */
  countsPeople: boolean;
  /** Asks per something ("每万常住人口有多少", "for every 10,000 residents"): a rate answers the count. */
  asksRate: boolean;
  /** Asks the value of a rate (生育率是多少, "what's the fertility rate"): a rate or a share answers. */
  asksRateValue: boolean;
  /**
   * The part a question singles out of a whole ("光教育支出就花了多少" → 教育; "on education alone"
   * → educ): each entry holds one word's forms (Chinese words, or English stems), and the
   * answering fact's own sentence must name every entry, or the report does not say.
   */
  partThings?: ReadonlyArray<readonly string[]>;
  /**
   * The kind of thing a "which X" question asks for (哪个园区 → 园区, "which industrial park" →
   * park), with synonyms: Chinese words, or English stems. The answer usually names an X itself.
   */
  whichThings?: ReadonlyArray<readonly string[]>;
  /** The words of the attribute or thing asked ("which metro line" → line, "常住人口一共多少" → 人口). */
  askedWords: string[];
}

/** How the analyser weighs words: by their spread over the report's facts. */
export interface WordStats {
  /** Facts whose Chinese text contains the word. */
  zhDf(word: string): number;
  /** Facts whose English stems include the term. */
  enFrequency(term: string): number;
  /** The report's word a misspelt English word probably means, if any. */
  correctSpelling(word: string, next?: string): string | undefined;
  /** Facts that hold an English phrase as written. */
  enPhraseDf(phrase: string): number;
  /** The report's Chinese word a pinyin spelling stands for ("shetuan" → 社团), if any. */
  hanForPinyin?(word: string): string | undefined;
  /** The report's two-character word that sounds like `word`, when only one does. */
  zhWordForSound?(word: string): string | undefined;
  /** True when a Chinese word is one of the report's keywords as a whole. */
  isZhKeyword?(word: string): boolean;
  readonly factCount: number;
}

/** Synonym groups, normalised, looked up by member. */
export class Lexicon {
  private readonly groups = new Map<string, string[]>();
  private readonly phrases = new Set<string>();
  /** Phrases by their first word, with their space-padded form (built on first use). */
  private byFirstWord?: Map<string, Array<[string, string]>>;

  /** Acronyms that are everyday words in lower case ("HIT"), and what they stand for. */
  private readonly acronyms = new Map<string, string>();

  /**
   * `groups` are synonym groups; `phrases` are multi-word terms to keep whole ("people's hospital").
   * A group's entry in capitals that is an everyday word in lower case ("HIT") is an acronym:
   * it is matched only in capitals (see spellAcronyms), so "hit a milestone" names no university.
   */
  constructor(groups: string[][], phrases: string[] = []) {
    for (const p of phrases) {
      const n = normalize(p);
      // NOTE: only phrases of two or more content words ("how many schools" is one word, not a phrase).
      if (/[a-z]/.test(n) && englishTerms(n).length >= 2) this.phrases.add(n);
    }
    for (const raw of groups) {
      const acronyms = raw.filter((w) => /^[A-Z]{2,6}$/.test(w) && (englishRank(w.toLowerCase()) ?? Number.POSITIVE_INFINITY) < EVERYDAY_RANK);
      const group = raw.filter((w) => !acronyms.includes(w));
      const name = group.find((w) => /^[a-z][a-z' -]+ [a-z' -]+$/i.test(w));
      if (name) for (const a of acronyms) this.acronyms.set(a, name);
      const norm = group.map((w) => normalize(w));
      for (const w of norm) if (/[a-z]/.test(w) && /[ -]/.test(w)) this.phrases.add(w);
      for (const w of norm) {
        const key = keyOf(w);
        this.groups.set(key, [...new Set([...(this.groups.get(key) ?? []), ...norm])]);
      }
    }
  }

  /** The question with each acronym written in capitals spelt out ("HIT" → Harbin Institute of Technology). */
  spellAcronyms(question: string): string {
    if (this.acronyms.size === 0 || !/[A-Z]{2}/.test(question)) return question;
    // NOTE: not in a question typed in capitals, nor a verb stressed ("did deaths HIT a low").
    if ((question.match(/\b[A-Z]{2,}\b/g)?.length ?? 0) >= 3) return question;
    return question.replace(/\b[A-Z]{2,6}\b(?!\s+(?:a|an|the|its?|their|our|new|record|rock|bottom|home)\b)/g, (w) => this.acronyms.get(w) ?? w);
  }

  /** The synonyms of a (normalised) word, including the word. */
  synonyms(word: string): string[] {
    return this.groups.get(keyOf(word)) ?? [word];
  }

  /** The word's Chinese forms: it and its synonyms without Latin letters. */
  zhForms(word: string): string[] {
    return this.synonyms(word).filter((w) => !/[a-z]/.test(w));
  }

  /** The word's English forms: the stems of it and each synonym that has any ("hospital beds" → hospit, bed). */
  enForms(word: string): Array<readonly string[]> {
    return this.synonyms(word)
      .map((alt) => englishTerms(alt))
      .filter((t) => t.length > 0);
  }

  /** Multi-word terms that occur in the text (so "big data" stays one word), longest first, not overlapping. */
  phrasesIn(text: string): string[] {
    if (!/[a-z]/.test(text)) return [];
    if (!this.byFirstWord) {
      this.byFirstWord = new Map();
      for (const p of this.phrases) {
        const spaced = p.replace(/[^a-z0-9'-]+/g, ' ').trim();
        const first = spaced.split(' ')[0] as string;
        const list = this.byFirstWord.get(first);
        if (list) list.push([p, ` ${spaced} `]);
        else this.byFirstWord.set(first, [[p, ` ${spaced} `]]);
      }
    }
    const padded = ` ${text.replace(/[^a-z0-9'-]+/g, ' ')} `;
    const found: string[] = [];
    for (const word of new Set(padded.trim().split(' '))) {
      for (const [p, spaced] of this.byFirstWord.get(word) ?? []) if (padded.includes(spaced)) found.push(p);
    }
    found.sort((a, b) => b.length - a.length);
    const out: string[] = [];
    for (const p of found) if (!out.some((o) => o.includes(p))) out.push(p);
    return out;
  }
}

/** How common (englishRank) a word must be for its capitals to be an acronym only in capitals. */
const EVERYDAY_RANK = 5_000;

function keyOf(word: string): string {
  if (!/[a-z]/.test(word)) return word;
  // NOTE: a phrasal verb keeps its particle: "put into" (imported), "put out" (published) and
  // "put off" (deterred) are three meanings, not one "put".
  const words = englishWords(word);
  if (words.length > 1 && words.some((w) => PARTICLES.has(w))) return words.map((w) => (PARTICLES.has(w) ? w : (englishTerms(w)[0] ?? w))).join(' ');
  return englishTerms(word).join(' ') || word;
}

/** The particles of English phrasal verbs. */
const PARTICLES = new Set(['up', 'down', 'out', 'off', 'into', 'in', 'on', 'over', 'back', 'away', 'through']);

// NOTE: question words, particles and chat filler: no evidence for or against a fact.
const ZH_STOP = new Set(
  `的 了 吗 呢 吧 啊 呀 么 嘛 哦 是 在 有 和 与 及 或 还 也 都 就 又 被 把 给 对 从 向 跟 让 用 要 会 能 可以 可 该 这 那 这个 那个 这些 那些 这种 那种
  哪 哪个 哪些 哪里 哪儿 哪一 哪一个 什么 啥 谁 怎么 怎样 怎么样 如何 为什么 为何 多少 几 几个 多大 多长 多久 是否 是不是 有没有 有没 没有 没
  请问 请 问 问问 话说 一下 知道 告诉 告诉我 说说 讲讲 介绍 介绍一下 听说 据说 报告 报告里 报告中 里面 里 中 上 下 方面 情况 具体 到底 究竟 大概 一共 总共 共 总 总计 合计
  现在 目前 当时 当年 去年 今年 那年 已经 曾经 一直 还是 或者 以及 而且 但是 可是 所以 因为 如果 然后 之后 以后 之前 以前 其中 其他 另外
  我 你 他 她 它 我们 你们 他们 大家 咱们 自己 人家 搞 弄 做 干 办 整 算 得 着 过 呗 啦 哈 嗯 喔 诶 一个 一些 有些 些 个 次 年 月 日 号
  多 少 大 小 高 低 新 老 好 坏 更 最 很 挺 太 非常 比较 特别 主要 所有 全部 每 各 各个 哪几 哪几个 几项 多少个 一共有 提到 提出 说 讲 写 指 指的是 叫 称为
  深圳 深圳市 全市 市 2018 2019 年底 截至 截止 共有 一共有 总共有 是啥 是什么 的是 来着 有人 那边 这边 这篇 这份 那份 这本 那本 名叫 叫啥 叫什么 啥名 几样 两种 几种 最后 最终
  升了 降了 涨了 怎么着 咋样 咋 算是 算第几 群里 大伙 大家伙 问一下 请教 想问 想知道 问下 了解 一下子 那套 这套 那个 那些 这么 那么 多么 好多 不少
  不光 不仅 光 只 一篇 这篇 本书 这本书 那本书 出点 出的 做到 专门 主要是 到底是 究竟是 是不是 对不对 吗 分别 到了 文中 文里 做的 高低 一类 哪类 每一 几成 占到 占了
  起来 加起来 下来 出来 上来 过来 是以 不太 不大 不怎么 不怎样 不咋 其实 实际上 真的 确实 几大 关于 为了 成了 一堆 搞得 搞的 放在 放到`.split(/\s+/),
);

// NOTE: 哪几 ("which ones") asks for a list, not a number.
const ZH_RELATION = /有什么关系|什么关系|有何关系|有啥关系|啥关系|关系如何|有没有关系|成正比|成反比/;
const ZH_QUANTITY = /多少|(?<![哪这那近前过第])几[个家所项条年种类大万次名位批张套件]|多大|多高|百分之几|占比多少|比例是多少/;

// NOTE: only "which … the most": "most families" is a majority, "highest-grade" a kind. A record
// ("the single-day ridership record", 单日最高) is one too: an average is none.
const SUPERLATIVE =
  /\b(?:which|what|who)\b[^?]*\bthe (?:most|largest|biggest|highest|lowest|fewest|least|best|worst|fastest|cheapest|easiest|quickest|nearest|closest|oldest|safest|busiest|richest)\b(?!-)|哪[^?？]{0,20}最(?:多|大|高|少|低|好|差|便宜|贵)|\b(?:single-day|one-day|daily|all-time|ridership|attendance) record\b|\brecord (?:high|low|day)\b|\ball-time (?:high|low)\b|单日最高|峰值|创纪录|历史新高|最高纪录/;
/** The noun phrase an English superlative qualifies: the words after it up to a stopword. */
function superlativeOf(text: string): string[] {
  // NOTE: not "the most worrying": after most and least comes an adjective, not the thing.
  const m =
    /\bthe (?:largest|biggest|highest|lowest|fewest|best|worst|fastest|cheapest|easiest|quickest|nearest|closest|oldest|safest|busiest|richest) ([a-z' -]+)/.exec(
      text,
    );
  if (!m) return [];
  const out: string[] = [];
  for (const w of englishWords(m[1] as string)) {
    // NOTE: "feel the pressure the worst according to the survey": an adverb, naming no thing.
    if (isEnglishStopword(w) || /^(?:according|among)$/.test(w) || out.length === 3) break;
    out.push(w);
  }
  return out;
}

const TREND = /\b(?:chang(?:e|ed|es|ing)|trend|trends|rise|rose|fall|fell|grow|grew|go up|went up|go down|went down)\b|变化|趋势|涨了|降了/;
// NOTE: an office holder, not "who leads / who is responsible" (often an organisation or the Party).
const PERSON =
  /\bwho (?:are|is|were|was) (?:the |its |their )?(?:lead |main |chief |principal )?(?:authors?|writers?|editors? in chief|chief editors?|researchers)\b|(?<!工)(?:作者|主编|执笔人)(?:是谁|都是谁|有谁|叫什么|叫啥)|谁是[^?？,，]{0,12}(?<!工)(?:作者|主编|执笔人)|\bwho (?:[a-z]+ly )?(?:heads|headed|runs|ran|chairs|chaired|directs|directed|founded|wrote|authored|is the (?:head|director|president|chairman|chair|mayor|secretary|dean|principal|boss))\b|\bwho's the (?:head|director|president|chairman|chair|mayor|secretary|dean|principal|boss)\b|\b(?:name|who) (?:is |was )?(?:of )?the (?:head|director|president|chairman|chair|mayor|party secretary|dean|principal|boss) of\b|(?:院长|书记|市长|校长|主任|局长|区长|会长|负责人)(?:是谁|叫什么|叫啥)/;
const OTHERS = /另外|其他|其余|别的|除了|\bother\b|\bbesides\b|\bapart from\b|\bexcept\b/;
const REASON =
  /\bwhy\b|\bwhat (?:caused|causes|led to|leads to|drove|drives|is behind|was behind|explains)\b|\bwhat(?:'s| is| are)? (?:holding|keeping|stopping|preventing|deterring)\b|\b(?:the )?reasons? (?:for|behind)\b|\bcauses? of\b|(?<![称成变命改])为什么|为啥|(?<![称成变命改])为何|什么原因|啥原因|原因是|怎么会|咋会|为了啥|为了什么|目的是什么|目的是啥|目的何在|\bwhat(?:'s| is| was) the (?:purpose|point) of\b/;
const ADVICE =
  /\bin your (?:opinion|view)\b|\byour (?:personal |own )?(?:opinion|view|take)\b|\bwhat do you (?:\w+ )?think\b|\bdo you personally think\b|\bis (?:it|shenzhen) (?:a )?better (?:place )?(?:to \w+(?: \w+)? )?than\b|你觉得|你认为|你怎么看|依你看|你个人|你支持|你赞成|你同意|哪个更好|哪个好|\b(?:is|are) (?:the )?best (?:for|to)\b|\bis (?:shenzhen|it|sz) a good place\b|\bbest (?:places?|areas?|districts?|neighbou?rhoods?|hospitals?|schools?|time|kindergartens?|universit(?:y|ies)) (?:for|to)\b|大家觉得|你们觉得|大伙觉得|\b(?:how (?:do|can|should|would|could) i|do i (?:need|have to)|can i|should i|where (?:can|do|should) i|am i (?:allowed|eligible))\b|我(?:怎么|该|能不能|可以|要怎么|需要)|需要什么条件|要什么条件|怎么办理|如何办理|怎么申请|如何申请|在哪(?:里|儿)?(?:买|办|申请)|(?:^|[,，\s])(?:该|应该)(?:买|租|选|去|报|读|住|换)[^?？]{0,10}还是|给(?:我|我们)?(?:点|个|些|几条)(?:建议|意见)|(?<!报告|蓝皮书|书里|文章|里面)有(?:啥|什么|没有)(?:好)?推荐|推荐(?:一下|几个|个)|\byour recommendations?\b|^(?:got |have you got )?any recommendations?\s*[?.!]*\s*$|\bany recommendations? for (?:me|us)\b|\bcan you recommend\b|\bwhat (?:do|would) you recommend\b|\b(?:can|could|may) (?:foreigners|foreign residents|expats|non-locals|outsiders|migrants|newcomers|students|families|residents|we|they|my [a-z]+) (?:still )?(?:apply|qualify|be eligible|sign up)\b|\b(?:who|which people) (?:can|could|may|gets to) (?:apply|qualify)\b|\bis eligible\b|\bare eligible\b|\beligibility\b|谁(?:可以|能|有资格)申请|(?:能|可以)申请吗|有没有资格|有资格吗/;
/** A Chinese rate asked for (生育率, 分担率, 死亡率) with its number (多少, 几); 率先 is no rate. */
const ZH_RATE_ASKED = /[\u3400-\u9fff]率(?!先)(?:[^?？,，]{0,6})(?:多少|几|多高|多低)/;

/** An English rate asked for ("what's the fertility rate"), not "rate" as a verb ("what did parents rate as"). */
const EN_RATE_ASKED = /\bwhat(?:'s| is| was| were) (?:the|its|their) (?:[a-z-]+ ){0,3}rates?\b(?! (?:as|it|them|the)\b)/;

/** A question about the future: when something will happen, or whether a plan will work. */
const PREDICTION =
  /\bwill (?:it|they|this|that|these|those|the [a-z' -]{2,40}) (?:actually |ever |really )?(?:work|succeed|pay off|last|happen|come true)\b|\b(?:do|does) (?:you|u|ya|the report|it) (?:think|reckon|expect|believe|predict)\b[^?]*\bwill\b|\bwill (?:shenzhen|sz|it|the city) (?:ever |eventually |soon )?(?:overtake|surpass|outpace|catch up with|beat)\b|(?:能不能|会不会|能否)(?:成功|实现|奏效|见效)/;
/** An opinion asked ("do you think Shenzhen's schools are better than Guangzhou's"): the report gives none. */
const OPINION =
  /\b(?:do|does) (?:you|u|ya) (?:think|reckon|believe|feel)\b(?! (?:that )?(?:the )?(?:report|article|piece|book|it|they) (?:says?|shows?|said|mentions?|claims?))[^?]*\b(?:better|worse|nicer|safer) than\b|你(?:觉得|认为)[^?？]*(?:更好|更差|好不好|比[^?？]{1,10}好)/;
/** When something will happen; a plan's period is in the report ("when will the strategic plan end"). */
const PREDICTION_WHEN = /\bwhen will\b|什么时候(?:能|会|才能|才会|可以)|何时(?:能|会|才)/;
const ZH_WHICH_ONES =
  /哪几[个家所项条种类位座支]|(?<![黑白红])名单|(?<!负面|权力|责任)清单|分别是哪|分别叫|都叫(?:什么|啥)|各叫(?:什么|啥)|具体叫(?:什么|啥)|具体是哪|都是哪|具体都?有哪些|都有哪些|哪[两三四五六七八九十\d]+[个家所项条种类位座支]|分别(?:指|代表|是什么|是啥)|各(?:指|代表)/;
const EN_WHICH_ONES =
  /\bwhich (?:two|three|four|five|six|seven|eight|nine|ten|\d+|other|ones)\b|\bname (?:the|all|them|some|a few|any|several|two|three)\b|\bwhat are (?:the )?["'“‘]?(?:two|three|four|five|six|seven|eight|nine|ten|\d+)\b|\bnames of\b|\bwhat (?:are|were) they(?=\s*(?:[?.!,]|$))|\bstand for\b|\bwhat are the ["'“‘]|\blist (?:a few|some|all|them|the)\b/;
const ZH_LIST = /哪些|哪几|哪[一二三四五六七八九十]|包括|分别|都有|列举|有什么|举例|举个|例子|比如|譬如/;
const EN_LIST = /\b(which|list|name the|name (?:one|a|an|some|any|two|three)|examples?|such as|for instance|what are|what were|what kinds?|what types?)\b/;

/**
 * Words that frame a question rather than name its subject (进展, 情况, "level", "receive").
 * They count a little when a fact has them and cost little when it doesn't.
 */
const ZH_FRAME = new Set(
  `进展 取得 得到 获得 经历 前后 变化 发生 结果 成果 成效 效果 作用 意义 措施 举措 做法 办法 内容 方面 问题 东西 事情 事 时候 东东 样子 状态 原文 称呼
  蓝皮书 具体 主要 重要 相关 有关 属于 实际 实际上 态度 看法 立场 观点 评价 说法 样子 当作 作为 当成 区域 地方 单位 机构 方式 关系 人群 包括 包含 涉及 哪方面 哪类 什么样 啥样 咋样 怎么回事 回事 说法 叫做 名字 名称 指的 意思 含义 定义
  为啥 干嘛 能否 能不能 可不可以 会不会 打算 计划 准备 开始 结束 完成 实现 达到 进行 开展 推进 推动 加强 提高 提升 出现 存在 算是
  听说 据说 报道 报导 新闻 消息 文章 网上 官方 数据 数字 统计 情况下 一共 总体 整体 大概 大约 左右 上下 以来 近年 近来 最近 期间
  程度 地步 希望 发现 现象 仍然 依然 形容 描述 概括 总结 归纳 比喻 表述 提法 称作 称为 叫法 排在 排到 位列 名列 跨度 期限 年限 时段 时间段 动静 新动静 动作 格局 覆盖 看作 看成 视为 视作 区间 一年 一条 那一条 哪一条 认为 显著 关键 关键词 名头 老百姓 百姓 人们 时刻 层面 地位 利用 年版 版本 进来 干活`.split(
    /\s+/,
  ),
);
const EN_FRAME = new Set(
  `one ones actual usual normal meant supposed particular certain individual clock offer offers offered offering compared prior saw seen heard money cash far level levels full title titles official sector sectors receive received get gets got getting give gave given system systems kind kinds type types sort sorts thing things stuff deal
  happen happened happening say said mention mentioned according article list name names named describe described call called mean means meaning refer refers referred example examples instance cite cited cites
  progress status situation specific specifically main major key important role effect effects result results achieve achieved achievement
  make made making take took taken taking put set go went going come came doing done built build builds create created launch launched actually really exactly overall total totally altogether
  whole part parts area areas aspect aspects way ways current currently recent recently latest new news year years time times
  number figure figures data statistic statistics stat stats own count amount percent percentage percentages average roughly approximately around about ballpark
  piece pieces bit bits lot lots folks guys people person someone anyone everyone thing online post posted site page web internet
  yo hey hi hello quick q qq question questions curious wondering remind tbh iirc ngl fwiw afaik idk plz ty rn lmk omg hmm nah ok okay like just pretty super kinda sorta gonna wanna basically literally seriously honestly anyway lol pls thx btw fyi imo wat wut u ur ya yeah yep nope
  big small huge tiny giant massive whole top bottom first last extra additional another same different sure real general certain various several few
  up down out over back around let allow tell show find found see look looking want need try tried change changed turn turned help helps helped helping related use uses used using
  move moving bring brought sit sits stand hold held run runs work works working end ended start started keep kept city's shenzhen's
  place places stuff scene deal thing bucket buckets slice piece tag tagged tagline bit version edition label labelled labeled drive drives campaign campaigns
  book books bluebook publication yearbook catchphrase catchy buzzword buzzwords volume thematic
  aggregate primarily empirical foreground foregrounds invoke invokes invoked characterise characterize characterises characterizes characterised characterized
  underpin underpins underpinning underlie underlies underlying developmental calendar relative landscape configuration avenue avenues stance normative provision reliance peer observations true false quiz suppose summarize summarise summarized summarised
  trend trends initiative initiatives framework frameworks setup approach approaches project projects programme programmes
  program programs scheme schemes model models purpose effort efforts push story phrase behind among now discussion discussions discuss discusses discussed`.split(
    /\s+/,
  ),
);
// NOTE: the report itself ("what does the blue book say about…") frames a question.
EN_FRAME.add('blue book');
// NOTE: "how much smarter / better" asks a degree, not a number ("how much higher" still does).
const HOW_MUCH_COMPARED =
  /\bhow much (?:better|worse|(?!higher|lower|bigger|larger|greater|fewer|faster|slower|longer|shorter|cheaper|older|younger)[a-z]{3,}er)\b/;
// NOTE: "the study of how much schoolwork kids carry, did…": of/into only before another question.
const EMBEDDED_QUANTITY =
  /\b(?:to|about|on|with|affects?|affected|between) how (?:many|much)\b|\b(?:of|into) how (?:many|much)\b(?=[^?,;]*[,;]\s*(?:did|do|does|is|are|was|were|what|which|who|how)\b)/;
const EN_QUANTITY =
  /\bhow (many|much)\b|\b(what|which)(?: is| was| were| are|'s) the (total |average |exact |overall )?number of\b|\bwhat(?:'s| is| was| were) the average\b|\bwhat(?:'s| is| was| were)\b[^?]*?\b(?:population|headcount|caseload|tally|count)\b|\bwhat (percentage|share|proportion|rate)\b|\bwhat percent/;

/** A replacement of String.prototype.replace: a string, or a function of the match. */
type Rewrite = readonly [RegExp, string | ((match: string, ...groups: never[]) => string)];

/**
 * Chat and formal phrasings rewritten to the words the facts use, in order (an entry may rely on
 * the ones before it). A table read by one small loop, not a chain of calls in analyzeQuestion:
 * V8 compiles a small function quickly, and the chain made analyzeQuestion too big to optimise
 * in good time (over a second of background compiling, repeated after each deoptimisation).
 */
const REWRITES: readonly Rewrite[] = [
  // NOTE: thousands separators go first so that "10,000" stays one number.
  [/(\d),(?=\d{3}\b)/g, '$1'],
  // NOTE: "18年" in chat is 2018 (not a length of time: 连续12年, 近10年, 12年来).
  [/(?<![\d.续近去第这前多几每])(0\d|1\d)年(?![来间内以多左])/g, '20$1年'],
  // NOTE: "affordable + policy homes": a plus between words is "and".
  [/([a-z]) \+ (?=[a-z])/g, '$1 and '],
  // NOTE: "10k" is 10000 in chat.
  [/\b(\d+(?:\.\d+)?)k\b/g, (_, n: string) => String(Math.round(Number(n) * 1000))],
  // NOTE: chat's sentence-final 来着 ("多少钱来着") is grammar; the segmenter would glue 来 to the word before it.
  [/来着(?=\s*(?:[?!。,]|$))/g, ' '],
  // NOTE: a vague amount the asker recalls (好几千亿, 上万) is no word of the question.
  [/好?几[十百千万亿]+|上[百千万亿]+/g, ' '],
  // NOTE: "the child-friendly city section" names a part of the report by its subject (not after
  // "who wrote": the report names no part's writer).
  [
    /(?<!\b(?:wrote|write|writes|written|authored|penned) )\b((?:the|that|this) (?!(?:first|second|third|fourth|fifth|sixth|last|next|other|each|every|which|what)\b)(?:[a-z'-]+ ){1,4})(?:section|part|chapter)\b/g,
    '$1',
  ],
  // NOTE: "need a one-liner each on X", "give me a quick line on X": how to answer, not what.
  [/^(?:i )?(?:need|want|give me|gimme|get me)\s+(?:a |one )?(?:quick |short )?(?:one[- ]liners?|line|sentence|blurb)(?: each)?\s+(?:on|about|for|of)\b/, ' '],
  // NOTE: "for the party side of things": the subject, by itself.
  [/\b(?:the |that |this )?(?!(?:flip|other|bright|plus|down|dark|up|wrong|right)\b)([a-z-]+) side of things\b/g, '$1'],
  // NOTE: "how safe ordinary folks feel": they feel safe; ordinary people are the public.
  [/\bhow (?!(?:many|much|long|often|far|do|did|does|is|are|was|were)\b)([a-z]+) ((?:[a-z']+ ){0,3})(feel|feels|felt)\b/g, '$2$3 $1'],
  [/\b(?:ordinary|regular|average|normal|everyday) (?:folks|people|citizens|residents|joes)\b/g, 'the public'],
  // NOTE: "Did the report say the first feature was about economic growth?": what it was
  // about is the asker's guess, to be checked by the fact on the feature, not required of it.
  [
    /\b(?:did|does|do) (?:the report|the article|it|they) (?:really |actually )?(?:say|claim|state|mention|find|argue) (?:that )?(.+?) (?:was|is|were|are) (?:all |mainly |mostly |really |actually )?(?:about(?! (?:a |an )?\d)|focused on) [^?]+/g,
    'what is $1',
  ],
  // NOTE: "who is the model mainly aimed at": the group it serves, no office holder.
  [
    /\bwho (?:is|are|was|were) (.+?) (?:mainly |mostly |primarily |chiefly )?(?:aimed at|targeted at|targeting|meant for|designed for|intended for|geared (?:at|to|toward|towards))(?=\s*(?:[?,.!]|$))/g,
    'which group is $1 aimed at',
  ],
  // NOTE: "the three headline traits": the main ones ("the headline" alone is the article's).
  [/\bheadline (traits|features|characteristics|points|findings|takeaways|trends)\b/g, 'main $1'],
  // NOTE: formal English: "i.e." and "e.g." are no words; "come out ahead of" is exceeding;
  // "X gave way to" is a shift; "civil-society organisations" are civil society organisations.
  [/\b(?:i\.e|e\.g)\.?,?/g, ' '],
  [/\b(?:come|comes|came) out ahead(?: of)?\b/g, 'exceed'],
  [/\b(?:gave|give|gives|given) way to\b/g, 'shifted to'],
  [/\bcivil-society\b/g, 'civil society'],
  // NOTE: "the total volume of incident reports" is their number; "how many agencies' datasets"
  // counts the agencies (the owner), whose datasets are the subject.
  [/\btotal volume of\b|\bvolume of (?=(?:[a-z-]+ ){0,3}(?:reports|records|cases|calls|incidents|complaints)\b)/g, 'number of'],
  // NOTE: chat's "tl;dr" is no word of the question.
  [/\btl;?dr\b/g, ' '],
  // NOTE: "in a nutshell", "to what extent did X improve" (how, a degree), "what stood out in 2018" (its
  // main features), "X is summed up as" (described as): the asker's frame, not the subject.
  [/\bin a nutshell\b/g, ' '],
  // NOTE: "the 'smart' side of governance": smart governance (and see "side of things").
  [/\bthe (?!(?:flip|other|bright|plus|down|dark|up|wrong|right|far|near|same|opposite)\b)('?[a-z-]+'?) side of (?=(?!things\b)[a-z])/g, '$1 '],
  [/\bto what (?:extent|degree)\b/g, 'how'],
  [
    /\bwhat (?:(?:two|three|four|five|main|big|key) )?(?:things |features |points |trends )?(?:stood|stands|stand) out\b(?: (?:about|in|with|from)\b)?(?=\s*(?:[?.!]*\s*$|how\b|the way\b|shenzhen\b|sz\b|2018\b|social governance\b|the city\b|the report\b))/g,
    'what were the main features of',
  ],
  [/\b(is|are|was|were) (?:summed up|summari[sz]ed|encapsulated|captured) (?=as\b|by\b|in\b)/g, '$1 described '],
  // NOTE: "who's the chief editor": who is (the office asked for is checked, see PERSON).
  [/\bwho(?:'s|s) (?=(?:the |its |their )?(?:chief |lead |main |principal )?(?:editors?|authors?|writers?|compilers?|publishers?)\b)/g, 'who is '],
  // NOTE: the report's own name and the year it reviews, asked in chat's words, asked as the
  // facts that give them say it ("报告叫什么名字", "what's the report called", "报告讲的是哪一年").
  [
    /(?:报告|蓝皮书|这本书|本书|这份报告)(?:的)?(?:标题|题目|名字|名称|书名)(?:是|叫)?(?:什么|啥)|(?:报告|蓝皮书|这本书|这份报告)(?:叫|叫做|名叫|称为)(?:什么|啥)(?:名字)?/g,
    '报告全名是什么',
  ],
  [
    /\bwhat(?:'s| is| was) (?:the |this )?(?:report|blue ?book|book) (?:called|named|titled)\b|^(?:the )?(?:report|blue ?book)(?:'s)? (?:full |official )?(?:title|name)\s*(?=[?.!]*$)/g,
    "what's the full title of the report",
  ],
  [
    /\b(?:(?:official|full|complete|exact) ){0,2}(?:title|name) of (?:the|this) (?:report|blue ?book|book)\b(?! (?:on|about|of|into)\b)|\b(?:report|blue ?book)'s (?:full |official )?(?:title|name)\b/g,
    'full title of the report',
  ],
  [
    /(^|报告|蓝皮书|它)(?:里|中)?(?:主要)?(?:讲|说|写|聊|谈|关注|针对|回顾|总结)(?:的)?(?:是)?(哪一?年|哪个年份)(?:的(?:情况|事|事情|数据|状况))?/g,
    (_, who: string) => `${who || '报告'}梳理的是哪一年`,
  ],
  [
    /\b(?:what|which) year(?:'s)? (?:(?:data|figures|situation|numbers) )?(?:is|does|do|did) (?:the|this) (?:report|blue ?book|book) (?:mainly |mostly )?(?:about|on|covering|cover|use|uses|focus on|look at|deal with)\b|\b(?:the|this) (?:report|blue ?book|book) is (?:mainly |mostly )?about (?:what|which) year\b/g,
    'which year does the report review',
  ],
  // NOTE: "which park serves as the example" is "which park is …" (not services, not acting); in
  // "what serves as the carrier" it says nothing ("what is the carrier" would ask the carrier's
  // name); "who served as editor" asks a person.
  [/\bwhat (?:serves?|served|acts?|acted|functions?|functioned) as\b/g, 'what'],
  [/(?<!\bwho )\b(?:serves?|served|serving|acts?|acted|acting|functions?|functioned|functioning) as\b/g, 'is'],
  // NOTE: "the shifts credited to Party leadership": attributed to (not credit, not trust).
  [/\bcredited (?:to|with)\b/g, 'of'],
  // NOTE: a business "signing up" registers (not signing a contract); a "credit rating" or
  // "credit record" is its credit (not a score).
  [/\bsign(?:ing|ed|s)? up\b|\bsign-?ups?\b/g, 'registration'],
  // NOTE: "how many credit records" still counts records.
  [/(?<!\bhow many )\bcredit (?:ratings?|records?|scores?|histor(?:y|ies))\b/g, 'credit'],
  // NOTE: "what do kids point to as the cause": cite (not points scored).
  [/\bpoint(?:s|ed)? to\b(?: (?:it )?as)?/g, 'cite'],
  // NOTE: "the system they rolled out": launched, which only frames the question.
  [/\broll(?:ed|s|ing)? out\b/g, 'launched'],
  // NOTE: "grades one through nine" is compulsory education (义务教育); a "catchy line" is a slogan.
  [/\b(?:grades? (?:one|1) (?:through|thru|to|-) (?:nine|9)|(?:first|1st) (?:through|thru|to) (?:ninth|9th) grades?)\b/g, 'compulsory education'],
  [/\bcatchy (?:line|phrase|name)\b/g, 'slogan'],
  // NOTE: "these days", "nowadays": now (not per day).
  [/\b(?:these days|nowadays)\b/g, 'now'],
  // NOTE: "the report everyone's sharing": how it reached the asker, not what is asked.
  [/\b(?:that |which )?(?:everyone|everybody|people|folks)(?:'s| is| are) (?:sharing|talking about|posting|forwarding|reading)\b/g, ' '],
  // NOTE: 大概, 大约 (roughly) are no words of the question; the segmenter would cut 大概要 into 大 + 概要.
  [/大概|大约|大致/g, ' '],
  // NOTE: dialect and net slang: 拢共 (一共), 啥子 (啥), 康康 (看看).
  [/拢共|拢总/g, '一共'],
  [/啥子/g, '啥'],
  [/康康/g, '看看'],
  // NOTE: "稳哪三样": 样 after a numeral counts things, as 项 does; a lone 稳 before the thing
  // asked is 稳定 (the segmenter drops a one-character verb).
  [/(?<=[哪几两二三四五六七八九十])样(?![子本品板])/g, '项'],
  [/稳(?=(?:了|住|的是)?(?:哪|什么|啥))/g, '稳定'],
  // NOTE: "举几个例": give examples (a list), not how many; 有些什么 is 有哪些.
  [/举几个例子?|举个例子?|举些例子?/g, '举例'],
  [/有些什么|有(?:啲|些)啥/g, '有哪些'],
  // NOTE: 哪条线 asks a (metro) line by name: a fact that names none does not say which.
  [/哪条线(?!路)/g, '哪几条线路'],
  // NOTE: "just name a couple": a few, not a married couple.
  [/\b(name|list|give me|tell me|mention) a couple\b(?! of)/g, '$1 some'],
  // NOTE: chat's 管事 (have a say in running things) is governance (治理).
  [/管事/g, '治理'],
  // NOTE: and 写作业 into 写作 + 业.
  [/写作业/g, '写 作业'],
  // NOTE: pinyin for 区 and 家 typed as a homophone: "which qu", "Futian qu" (district); 几架 (几家).
  [/\bqu\b/g, 'district'],
  [/(几|多少)架(?=了|呢|啊|吗|[?？!！]|$)/g, '$1家'],
  // NOTE: "the figures in this thing are mostly about which year", "which year are the numbers
  // from": the year the report reviews.
  [
    /\b(?:the )?(?:figures|numbers|data|stats|statistics)(?: in (?:the|this|that) (?:report|thing|doc|document|book|blue ?book))? (?:are |is )?(?:mostly |mainly |all |largely )?(?:about|from|for|covering|cover|refer to|relate to) (?:what|which) year\b|\b(?:what|which) year (?:are|do|is|does) (?:the )?(?:figures|numbers|data|stats|statistics)(?: in (?:the|this|that) (?:report|thing|doc|document|book|blue ?book))? (?:mostly |mainly |all |largely )?(?:about|from|for|cover|refer to|relate to)\b/g,
    'which year does the report review',
  ],
  // NOTE: the article and the report asked about with no subject or in chat's words: "who's
  // behind the report" (compiled it), "when did this come out", "where was this posted",
  // "啥时候发的", "谁出的", "标题是啥", "how many parts does the report have".
  [/\bwho(?:'s| is| was| are)? behind (?:the |this |that )?(?:report|blue ?book|book|it|this)\b(?! (?:on|about|of|into)\b)/g, 'who compiled the report'],
  [
    /\bwhen (?:did|does) (?:this|it|the report|the article|the piece|the story|the blue ?book) (?:come out|drop|go (?:up|live|online))\b/g,
    'when was this article published',
  ],
  [/\bwhere (?:was|is) (?:this|it|the article|the piece|the story) (?:posted|published|put up|from)\b/g, 'which website published this article'],
  [/^(?:这|那)?(?:篇|个|份)?(?:文章|新闻|报道)?(?:是)?(?:啥|什么|几)时候(?:发|出|发的|发布|发表|出来|上线)的?(?=\s*[?？!]*\s*$)/, '这篇文章什么时候发布的'],
  [/^(?:这|那)?(?:本|份)?(?:报告|蓝皮书|书)?(?:是)?谁出的(?=\s*[?？!]*\s*$)/, '报告是哪家出版社出版的'],
  [/^(?:标题|题目)(?:是|叫)?(?:啥|什么)(?=\s*[?？!]*\s*$)/, '这篇文章的标题是什么'],
  [
    /\bhow many (parts|sections|chapters|segments|modules)(?: (?:does|do|did) (?:the |this )?(?:report|blue ?book|book|it) (?:have|has|contain|consist of|include)| are there in (?:the |this )?(?:report|blue ?book|book)| (?:is|was) (?:the |this )?(?:report|blue ?book|book) (?:made up of|composed of))\b/g,
    'how many $1 is the report divided into',
  ],
  // NOTE: "挂出来" is chat for posting; "how is the report laid out" asks its parts; "areas of
  // daily life" are fields; "did the pilots span" is what they covered; "when judging X" is
  // about X; what an article "points to" is what it cites.
  [/挂(?:出来|出|上去|上网|网上)/g, '发布'],
  [
    /\bhow (?:is|was) (?:the |this )?(?:report|blue ?book|book) (?:laid out|organi[sz]ed|structured|set out|arranged)\b/g,
    'how many parts is the report divided into',
  ],
  [/\b(?:areas|spheres|aspects|domains) of (?:daily |everyday |public |social )?life\b/g, 'fields'],
  [/\b(did|do|does) ((?:[a-z'-]+ ){1,4})span\b/g, '$1 $2cover'],
  [/\bwhen (?:judging|assessing|evaluating|rating|gauging)\b/g, 'on'],
  [/\b(?:does|do|did) (?:the |this )?(?:article|report|piece|it) (?:point to|points to|pointed to)\b/g, 'does the report cite'],
  // NOTE: "the blue book itself": the report; "big-picture" is overall; Singapore and Hong Kong
  // chat's closing particles (ah, lah, leh, lor) are no words; "the write-up came from which site"
  // asks the website; "which settings were picked" asks the fields.
  [/\b(report|blue ?book|book|article|piece|survey|study|write-?up) itself\b/g, '$1'],
  [/\bbig[- ]picture (?=goal|aim|view|plan|objective|idea|vision|message|takeaway)/g, 'overall '],
  [/\s+(?:ah|lah|leh|lor|meh|hor)(?=\s*[?!.]*\s*$)/g, ''],
  [
    /\b(?:the |this |that )?(?:write-?up|article|piece|story|post|news) (?:came|comes|is|was) from (?:which|what) (?:web)?site\b/g,
    'which website published this article',
  ],
  [/\bwhich settings\b/g, 'which fields'],
  // NOTE: "在哪条街": a street address (see CONTACT).
  [/在哪条(?:街|路|马路)(?!道)|哪条(?:街|路)上/g, '具体地址在哪'],
  // NOTE: "is the 超纲教学 issue sorted out already?": whether it still exists (the report says
  // what still occurs); "the 超纲教学 issue" is the term (a Chinese or quoted one).
  [
    /^((?:so |and |but )?(?:is|are|has|have) .+?)\s+(?:been )?(?:sorted out|sorted|resolved|solved|fixed|eliminated|stamped out|gone away)(?: already| yet| now| by now)?(?=\s*[?!.]*\s*$)/,
    '$1 still exist',
  ],
  [/\b(the|that|this) ([\u3400-\u9fff]+|'[^']+'|"[^"]+") (?:issue|problem)\b/g, '$1 $2'],
  // NOTE: work chat: "KPI check:", "according to the authors" (who says it is no subject), "the
  // headcount of schools" (their number), "how Shenzhen ran things" (its governance).
  [/^(?:kpi|quick|sanity|fact|data|number|numbers|stat|stats) check\s*[:,-]\s*/, ''],
  [/,?\s*(?:according to|per|as per) (?:the )?(?:authors?|writers?|researchers?)\b/g, ' '],
  [/\bheadcount of\b/g, 'number of'],
  [/\b(?:ran|runs|run|running) things\b/g, 'governance'],
  // NOTE: "到2018年为止" is as of 2018; "the section about X" names the part by its subject; a name
  // that "appears" somewhere is there.
  [/为止/g, ' '],
  [/^(?:in )?the (?:section|part|chapter) (?:about|on|covering)\b/, ' '],
  [/\b(?:appears|appear|appeared)\b/g, 'is'],
  // NOTE: chat fragments: "ngo count?" asks how many; "crime down?" asks whether it went down.
  [/^(?:the )?(?:total )?([a-z][a-z' -]{1,30}?) count\s*(\?*)\s*$/, 'how many $1$2'],
  [/^([a-z][a-z' -]{1,30}?) (down|up)\s*(\?+)\s*$/, 'did $1 go $2$3'],
  // NOTE: "提了啥建议": 提 here is 提出 (made), no 提高.
  [/提(?=了?(?:啥|什么|哪些|几个|几条|哪几[个条]|个|些)?(?:建议|对策|意见|要求|目标|口号|理念|措施|举措|概念|思路))/g, '提出'],
  // NOTE: "降了多少个百分点": chat asks the percent change (of a rate, 分担率, it asks points, which no fact gives).
  [/^(?!.*[率比例重]).*$/, (q: string) => q.replace(/多少个?百分点/g, '多少%')],
  // NOTE: "total hospital beds in sz now?": a count asked in a fragment.
  [
    /^(?:and |so |ok |what about )?(?:the )?total (?:number of )?(?![^?]*\b(?:spending|spend|expenditure|budget|investment|cost|amount|population|score|area|share|drop|growth|rise|fall|fell|rose|grew|increase|decrease|change|percentage|percent|rate|how|what|which|by)\b)([a-z][^?]*?)\s*(\?*)$/,
    'how many $1 in total$2',
  ],
  // NOTE: "the trends the authors spotted": what the report found, no question about its authors.
  [
    /\bthe (?:authors?|writers?|researchers?) (?=(?:spotted|found|identified|noted|say|said|saw|highlight|highlighted|flag|flagged|listed|pointed|describe|described|argue|argued|reckon|reckoned)\b)/g,
    'the report ',
  ],
  // NOTE: chat: "the big trends" (the main features), "keep tabs on" (supervise), "splash out on"
  // (spend on), "push forward" (promote).
  [
    /\b(?:big|main|key|major|overall|headline) trends\b(?!\s+(?:in|of|on|for|about|around|among)\s+(?!(?:shenzhen|2018|the city|this city)\b))/g,
    'main features',
  ],
  [/\b(?:keep|keeps|keeping|kept) (?:tabs|an eye|a close eye) on\b/g, 'supervise'],
  [/\b(?:splash|splashes|splashed|splashing) out\b/g, 'spend'],
  [/\b(?:push|pushes|pushed|pushing) forward\b/g, 'promote'],
  // NOTE: "all told" adds nothing (not a running total: "created all told" asks what was added);
  // "how things are run", "how the city is run": its governance.
  [/\ball told\b/g, ' '],
  [/\bhow (?:things|the city|shenzhen|society|the place) (?:is|are|was|were|gets?|got) (?:run|governed|managed)\b/g, 'social governance'],
  // NOTE: "looking back at which year": the year it reviews.
  [/\b(?:look|looks|looking|looked) back (?:at|on)\b/g, 'review'],
  // NOTE: "what does the report want Shenzhen to focus on (from here)": what it recommends.
  [
    /\bwhat (?:does|do|did) (?:the report|it|the authors) (?:want|wants|urge|urges) (?:[a-z']+ ){1,3}?to (?:focus on|work on|prioriti[sz]e)\b(?: from here| next| going forward)?/g,
    'what does the report recommend',
  ],
  // NOTE: "cut into how many parts", "organised into": divided into.
  [/\b(?:cut|split|broken|carved|organi[sz]ed|structured) (?:up )?into\b/g, 'divided into'],
  // NOTE: "how many schools were operating": being open is no subject of its own.
  [/\b(were|are|was|is) (?:operating|running|in operation|up and running)\b/g, '$1'],
  // NOTE: "which year do the report's observations pertain to": the year it covers.
  [/\b(?:pertain|pertains|pertained)(?: to)?\b/g, 'cover'],
  [/\bhow many ((?:[a-z-]+ ){0,2}[a-z-]+s)' (?=[a-z])/g, 'how many $1 with '],
  // NOTE: "党建那部分" points at a part of the report by its subject; "一口气" is chat.
  [/[那这]一?部分|一口气/g, ' '],
  // NOTE: "分了几大板块": how many (major) parts; 全书 is the report.
  [/几大(?=板块|特点|特征|方面|领域|部分|看点|转变|体系|建议)/g, '几个'],
  [/全书/g, '报告'],
  // NOTE: chat's "po出来" is posting (发布).
  [/po(?:出来|上去|出|了|的)/g, '发布'],
  // NOTE: "what phrase sums up X" asks a phrase that describes X; the report sums up nothing here.
  [/\b(phrase|catchphrase|tagline|slogan|motto|buzzword|term|word|words|label|name) (?:that |which )?(?:sums?|summed) up\b/g, '$1 describe'],
  // NOTE: "报告分了几块", "盘的是哪一年": chat for the report's parts and what it reviews.
  [/分(?:了|成|为)?哪?(?:几|多少)(?:大)?块(?![钱毛])/g, '分为几个板块'],
  [/(?<![复覆])盘(?=的是|了)/g, '盘点'],
  // NOTE: "which site is this from": the website that published the article.
  [
    /\b(?:which|what) (?:web)?site (?:(?:is|was) (?:this|it|the article|the story|the piece) (?:from|on)|(?:posted|published|ran|carried|put out|put up) (?:this|it|the article|the story|the piece))\b/g,
    'which website published this article',
  ],
  // NOTE: "比上一年增长了百分之几": year on year, a percentage.
  [/比(?:上|前)一?年|比去年|较上年|较去年|与上年相比|跟去年比|和去年比/g, '同比'],
  [/百分之(?:几|多少)/g, '多少%'],
  // NOTE: "As a parent I'm curious:": who asks, and why, is no part of the question.
  [
    /^(?:as an? [a-z' -]{2,40}?(?:,|:|(?= i'?m\b| i am\b| i\b))\s*)?(?:i'?m (?:just )?curious|i am (?:just )?curious|just curious|i wonder|i was wondering)\s*[:,-]?\s*/,
    '',
  ],
  [
    /^as an? (?:[a-z-]+ ){0,2}(?:parent|mum|mom|dad|teacher|student|resident|researcher|journalist|reporter|expat|local|newcomer|official|civil servant|scholar|analyst|migrant)\b[a-z' -]{0,30}[,:]\s*/,
    '',
  ],
  // NOTE: "affordable/policy homes": either or both.
  [/(?<=[a-z]{2})\/(?=[a-z]{2})/g, ' and '],
  // NOTE: "speech n instructions": chat for "and" (not the N of 1+10+N).
  [/(?<=[a-z]) n (?=[a-z])/g, ' and '],
  // NOTE: "how much $$ went to": money.
  [/\$+(?!\s*\d)/g, ' money '],
  // NOTE: "how much cash did they put into X": money put into something is spent on it.
  [
    /^(?=.*\b(?:cash|money|funds|funding|yuan|rmb|budget)\b).*$/,
    (q) =>
      q.replace(
        /\b(?:put|puts|pour|pours|poured|pump|pumps|pumped|plough|ploughed|plow|plowed|sink|sank|sunk|throw|threw|thrown)( (?:\w+ ){0,3}?)into\b/g,
        'spend$1on',
      ),
  ],
  // NOTE: "which year does the report look at": the report reviews it ("looking after kids" is
  // no review, so "looks at" is no synonym of its own).
  [/\b(report|it|book|blue book|edition)\b((?: (?:actually|mainly|really|basically|primarily|mostly))?) (?:looks?|looked|looking) at\b/g, '$1$2 reviews'],
  // NOTE: "the park used as a case study", "does the case study describe": the district
  // sections are the report's cases; the words name no subject.
  [/\b(?:used |given |featured |picked |chosen )?as an? (?:case study|case|example)(?= in\b|[?.,!]|$)|\b(?:the|this|that) case study\b/g, ' '],
  // NOTE: "why do it in the first place": an idiom, no ranking.
  [/\bin the first place\b/g, ' '],
  // NOTE: "where do things stand with X": what progress X made.
  [/\bwhere (?:do|did|does) (?:things|it|matters) stand (?:with|on)\b/g, 'what progress on'],
  // NOTE: "put the report together": compiled it.
  [/\bput (the|this|that|it|its)\b((?: [a-z]+){0,2}?) together\b/g, 'compiled $1$2'],
  // NOTE: "how many cases did the police solve": cases solved (no clearance figure is given).
  [/\b(cases|crimes) (?:did|do|does|have|has|had) ([a-z' ]{0,30}?)\bsolve\b/g, '$1 solved by $2'],
  // NOTE: "get a say in": an idiom for taking part.
  [/\b(?:get|gets|got|getting|have|has|had|having|given|give) (?:a|any|some|their|its|more) (?:real )?say in\b/g, 'take part in'],
  // NOTE: "running the city", "how the city is run": city governance.
  [/\b(?:run|running|runs|ran) (?:the|this|our|a) city\b|\bhow (?:the|this|our) city is (?:run|governed)\b/g, 'city governance'],
  // NOTE: "make a mark in": an idiom for playing a role.
  [/\b(?:make|makes|made|making) (?:a|an|its|their) (?:real |big )?mark\b/g, 'play a role'],
  // NOTE: "more or less keen": which way is asked, neither word is the subject.
  [/\bmore or less\b|\bless or more\b/g, ' '],
  // NOTE: "members fall under the committee": a phrasal verb, not a fall.
  [/\b(?:fall|falls|fell|come|comes|came|sit|sits|sat) (under|within)\b/g, 'are $1'],
  // NOTE: "the report has how many parts": the report's parts are the parts it is divided into.
  [/\b(report|blue book|book|it) (has|have|got) how many (part|parts|section|sections|chapter|chapters)\b/g, 'how many $3 is the $1 divided into'],
  // NOTE: "how big a slice", "what cut of": a share is asked.
  [/\bhow (?:big|large|much) (?:of )?an? (?:slice|share|cut|portion|chunk|piece|proportion)\b|\bwhat (?:slice|cut|portion|chunk|piece)\b/g, 'what share'],
  // NOTE: "how long is the code" asks a size, as "how many" does: long is no word of the subject.
  [/\bhow (?:long|big|large|high|tall|wide)\b/g, 'how many'],
  // NOTE: "是谁写的": who wrote it is who compiled it (写 alone is a frame word: "报告里写了什么").
  [/谁(?:来)?(?:写|撰写|执笔|编写)(?=的|了|这|那)/g, '谁编'],
  // NOTE: "该往哪使劲": where effort should go next (the report's recommendations).
  [/(?:该|应该|要)?往哪(?:里|儿|个方向)?(?:使劲|发力|用力|努力|走)/g, '在哪些方面加大力度'],
  // NOTE: "不是在罗湖搞的吧?": a guess the asker denies names nothing the answer must hold.
  [/不是在?[\u4e00-\u9fff]{2,3}?区?(?:搞|做|办|开展|弄)的吧/g, ' '],
  // NOTE: "有没有在罗湖区搞?到底是哪几个区?": a place checked by a question that then asks
  // which districts is a guess too.
  [/(?:有没有|是不是|是否)在[\u4e00-\u9fff]{2,3}?区?(?:搞|做|办|开展|弄)(?:过|了)?(?=[^?]*\?.*哪(?:个|几个|些)区)/g, ' '],
  // NOTE: "是134.5万没错吧?", "对吧", "is that right?": the asker checking what they say, no
  // word of the subject.
  [/(?:没错|没说错)(?:吧|吗|么|不)?|对(?:吧|吗|么)(?=[?？,，]|$)|是吧(?=[?？,，]|$)|对不对|对不(?=[?？]|$)/g, ' '],
  [/,?\s*(?:is that|is this|is it|am i|was that) (?:right|correct|true|so)\s*(?=[?.!]*\s*$)|,\s*right\s*(?=[?.!]*\s*$)/g, ' '],
  // NOTE: "…比例有多高?报告里有数吗": whether a figure is given closes the question it asks.
  [/[?？,，]\s*(?:报告|文章)?(?:里|里面|中)?有(?:没有)?(?:数|数据|数字)(?:吗|么|不|没)?[?？]?\s*$/, '?'],
  // NOTE: formal "X为何?" closing a clause asks what X is, right after the noun X (为何要…,
  // 这是为何, ",为何?" ask why); 何种 is 什么.
  [
    /([数幅额率分次量值])(?:分别|各自)?为何(?=\s*(?:[?？,，。;；]|$))/g,
    (m, ch: string, at: number, all: string) => (/[是这那]$/.test(all.slice(0, at)) ? m : `${ch}是多少`),
  ],
  [/(?<=[\u4e00-\u9fff])(?<![是这那])为何(?=\s*(?:[?？,，。;；]|$))/g, '是什么'],
  [/何种/g, '什么'],
  // NOTE: "多不多": how many ("更多吗" compares, so it stays).
  [/多不多/g, '多少'],
  // NOTE: "举几个例子" asks for a list, not a count of examples; so does "说几个重点方向就行".
  [/举(?:几|一|两|三)?个?例子|举个例|举例(?:说明)?/g, ' 哪些 '],
  [/(?:说|列|讲|举|挑|给我?|来)(?:几|一两|两三|三五)[个条点项][\u3400-\u9fff]{0,6}?(?:就行|就好|就可以|即可|就够了?|就成)[了啊吧呀]?/g, ' 哪些 '],
  // NOTE: "…哪6个领域?说几个": a closing "name a few" asks the list too.
  [
    /(?:随便)?(?:说|列|讲|举|挑|拣)(?:几|一两|两三|三五)个(?:重点|要点|主要的|关键的)?(?:说说|讲讲|聊聊|说一下|讲一下)?[吧呗呀啊]?(?=\s*[?!.。]?\s*$)/g,
    ' 哪些 ',
  ],
  // NOTE: "有几家…的社会组织, 能说出几个名字吗": names are asked; the count only sets them up.
  [
    /^.*(?:说|列|举|讲|报)[出说]?(?:几|一两|两三)个(?:名字|名称)[吗么不呢]?.*$/,
    (q) => q.replace(/有(?:好)?几[家个所位]/g, '有').replace(/(?:能|可以)?(?:说|列|举|讲|报)[出说]?(?:几|一两|两三)个(?:名字|名称)[吗么不呢]?/g, ' 哪些 '),
  ],
  // NOTE: "刚看到新闻说深圳出了本蓝皮书,这篇报道…": what the asker saw is context when the
  // question then points at it (这篇, 那个).
  [
    /^(?:刚|刚刚|今天|昨天|最近|前两天)?(?:看到|看了|听说|听人说|看新闻说|看到新闻说|群里有人说|有人说|朋友说|朋友圈看到)[^,?!;]{0,30},(?=\s*(?:这|那|它|该)(?:篇|份|个|本|条)?)/,
    ' ',
  ],
  // NOTE: "…?只说年份就行": how to answer, not what; a clause of its own at the end.
  [/[,?!;]\s*(?:只|直接)?(?:说|给|回答|告诉我)(?:个|下)?[\u3400-\u9fff]{0,4}?就(?:行|好|可以)了?\s*$/, ' '],
  // NOTE: "what holds families back": the phrasal verb whole.
  [/\b(hold|holds|held|holding|keep|keeps|kept|keeping) ((?:[a-z']+ ){0,2}?[a-z']+) back\b/g, '$1 back $2'],
  // NOTE: "how many affordable, inclusive kindergartens": adjectives in a row, not a list of nouns.
  [/\bhow many ([a-z-]+), (?=[a-z(])/g, (m, a: string) => (looksPredicate(a) ? `how many ${a} ` : m)],
  // NOTE: "a couple of" is "some": no couple is asked about.
  [/\ba couple of\b/g, 'some'],
  // NOTE: "w/" is "with" in chat.
  [/\bw\/(?=\s)/g, 'with'],
  // NOTE: "群里有人说…" tells where the asker heard it; 说 is no 数 typed wrong.
  [/(?:群里|网上|朋友圈)?有人说/g, ' '],
  // NOTE: "领导让我写个摘要,", "my boss asked me to check,": the task the asker was given is context.
  [/^(?:我的?|我们)?(?:领导|老板|上级|老师|导师|同事|主任|经理|朋友|家人|家里人|老婆|老公|孩子|娃)(?:让|叫|要|请|托)我[^,?!;]{0,15},/, ' '],
  [
    /^(?:my )?(?:boss|teacher|professor|manager|editor|supervisor|colleague|friend|wife|husband|mom|dad)s? (?:asked|told|wants|wanted|needs|asks) me to [^,?!;]{0,60},/,
    ' ',
  ],
];

/** The question with {@link REWRITES} applied in order. */
function rewriteQuestion(text: string): string {
  let out = text;
  for (const [pattern, by] of REWRITES) out = out.replace(pattern, by as string);
  return out;
}

/**
 * Analyses a question in the given language.
 *
 * Words present in most facts (深圳, Shenzhen) weigh little; words the report never uses weigh
 * more than any other, so a question about another subject cannot be covered.
 */
export function analyzeQuestion(question: string, locale: Locale, stats: WordStats, lexicon: Lexicon): QueryTerms {
  const text = fixAttributeTypos(correctText(rewriteQuestion(fromCantonese(normalize(lexicon.spellAcronyms(question)))), stats, lexicon), stats);
  const words: QueryWord[] = [];
  const seen = new Set<string>();
  // NOTE: a word right after "is", "was", "got" is a participle or an adjective ("is split into").
  const afterAuxiliary = new Set([...text.matchAll(/\b(?:is|are|was|were|be|been|being|get|gets|got)\s+([a-z]+)/g)].map((m) => m[1] as string));
  // NOTE: "how much data": the amount of a thing is asked, and the thing is what it is about; so
  // is a rate ("birth rate", "crime rate"), a noun here, not the verb.
  const measured = new Set([
    ...[...text.matchAll(/\bhow much ([a-z]+)/g)]
      .map((m) => m[1] as string)
      .filter((w) => !looksPredicate(w) && !isEnglishStopword(w) && !/er$|^(?:money|cash|time)$/.test(w)),
    'rate',
    'rates',
  ]);
  const add = (word: string, script: 'zh' | 'en', hard: Hardness = false) => {
    const existing = words.find((w) => w.text === word);
    if (existing) {
      if ((STRICTNESS[String(hard)] ?? 0) > (STRICTNESS[String(existing.hard)] ?? 0)) existing.hard = hard;
      if (hard) existing.framing = false;
      if (hard) existing.weight = Math.max(existing.weight, HARD_WEIGHT);
      return;
    }
    if (seen.has(word)) return;
    seen.add(word);
    // NOTE: a Chinese word is matched against Chinese text: its English synonyms would only be
    // looked for there in vain, for every candidate fact (most of the coverage time).
    const synonyms = lexicon.synonyms(word);
    const alternatives = script === 'zh' ? synonyms.filter((a) => /[\u3400-\u9fff\d]/.test(a) || stats.zhDf(a) > 0) : synonyms;
    const { weight: base, known } = weigh(word, alternatives, script, stats, !measured.has(word));
    // NOTE: the thing asked about weighs most: a fact that names it has most of the evidence.
    const weight = hard ? Math.max(base, HARD_WEIGHT) : base;
    if (weight > 0)
      words.push({
        text: word,
        script,
        alternatives,
        terms: alternatives.map((a) => (script === 'en' ? englishTerms(a) : [])),
        weight,
        known,
        hard,
        framing: !hard && (isFraming(word, script) || afterAuxiliary.has(word)) && !measured.has(word),
      });
  };

  // NOTE: a term of the lexicon (a group of synonyms), not just a string the report contains.
  const isTerm = (w: string) => lexicon.synonyms(w).length > 1;
  const knownZh = (w: string) => stats.zhDf(w) > 0 || lexicon.synonyms(w).length > 1 || ZH_STOP.has(w) || ZH_FRAME.has(w);
  // NOTE: question words stand apart, so the segmenter cannot glue them to a neighbour (人为 in 人为啥).
  const zhText = text.replace(/为什么|为啥|为何|是什么|是啥|什么|多少|哪些|哪个|怎么|几点几分|几点/g, ' $& ');
  for (const w of chineseWords(
    zhText,
    knownZh,
    isTerm,
    (w) => stats.isZhKeyword?.(w) ?? false,
    (w) => {
      if (chineseWordClass(w) !== undefined || [...w].some((ch) => FUNCTION_CHARS.has(ch))) return undefined;
      const han = stats.zhWordForSound?.(w);
      return han && (han[0] === w[0] || han[1] === w[1]) ? han : undefined;
    },
  ))
    add(w, 'zh');
  const phrases = lexicon.phrasesIn(text);
  // NOTE: a rare name (people's hospital, shenzhen technology university) is an entity the answer
  // must itself name; two-word topic phrases (strategic plan, police work) are not.
  // A name has a possessive, or three words one of which is not everyday English (tsinghua, tian'an).
  const rareWord = (w: string) => (englishRank(w.replace(/'.*$/, '')) ?? Number.POSITIVE_INFINITY) >= 3000;
  const isName = (p: string) => (/'s\b/.test(p) || (p.split(' ').length >= 3 && p.split(' ').some(rareWord))) && stats.enPhraseDf(p) <= 2;
  for (const p of phrases) add(p, 'en', isName(p) ? 'near' : false);
  // NOTE: "three things", "two ways": how many items are asked, not a subject.
  for (const w of words) if (/^(?:two|three|four|five|six|seven|eight|nine|ten) (?:things|items|points|aspects|ways|areas)$/.test(w.text)) asFraming(w);
  // NOTE: a place's words are the place ("hong kong"), not two subjects of their own.
  const places = placesIn(text);
  const compares = COMPARING.test(text);
  const phraseTerms = new Set([...phrases, ...places.filter((p) => p.includes(' '))].flatMap((p) => englishTerms(p)));
  for (const w of englishWords(text)) {
    if (isEnglishStopword(w) || /^\d/.test(w)) continue;
    const [term] = englishTerms(w);
    if (!term || phraseTerms.has(term) || ['shenzhen', 'report', 'city'].includes(term)) continue;
    // NOTE: a Chinese term typed in pinyin ("minsheng weishishi", "shetuan") is that term.
    const han = w.length >= 4 && englishRank(w) === undefined && stats.enFrequency(term) === 0 ? stats.hanForPinyin?.(w) : undefined;
    if (han) add(han, 'zh');
    else add(w, 'en');
  }
  addRequiredThings(text, places, words, add, stats);
  const counted = countedNouns(text, knownZh, isTerm);
  for (const c of counted) if (!c.modifier) add(c.word, c.script, 'own');
  // NOTE: only a noun the report uses: one it never uses weighs as an unknown word already.
  for (const c of counted) if (c.modifier && stats.enFrequency(englishTerms(c.word)[0] ?? c.word) > 0) add(c.word, c.script, 'near');
  const countedEn = counted.find((c) => c.script === 'en');
  const asked = askedAttributes(text, knownZh, isTerm);
  // NOTE: an English "which" kind only orders the answers (see whichThings); "which department"
  // is often answered by a bureau's name alone.
  for (const a of asked) if (!(a.which && a.script === 'en')) add(a.word, a.script, 'own');
  // NOTE: "哪所学校" is answered by a university: a kind asked is named by any of its kinds; so is
  // a kind counted ("几所学校进了…计划": 4所大学).
  for (const a of [...asked, ...counted.map((c) => ({ ...c, which: true }))]) {
    const members = a.which && a.script === 'zh' ? KIND_MEMBERS[a.word] : undefined;
    const word = members && words.find((w) => w.text === a.word);
    if (word) addAlternatives(word, members);
  }
  // NOTE: "全名叫啥": a full name is answered by the fact that quotes one (《…》), whether or not
  // it says "full name".
  for (const word of words) if (word.script === 'zh' && (word.text === '全名' || word.text === '全称') && word.hard) addAlternatives(word, ['《']);
  // NOTE: "which postgrad institution was approved" is answered by a graduate school, "which body
  // compiled it" by an academy.
  for (const word of words) {
    const members = word.script === 'en' ? KIND_MEMBERS_EN[word.text] : undefined;
    if (members) addAlternatives(word, members);
  }
  const zhThings = [...counted, ...asked].filter((c) => c.script === 'zh').map((c) => [...lexicon.zhForms(c.word), ...(KIND_MEMBERS[c.word] ?? [])]);
  const whichThings = asked
    .filter((a) => a.which && !BARE_NAMED.has(a.word))
    .flatMap((a) =>
      a.script === 'zh' ? [lexicon.zhForms(a.word)] : [...lexicon.enForms(a.word), ...(KIND_MEMBERS_EN[a.word] ?? []).map((m) => [...englishTerms(m)])],
    );

  // NOTE: "那个2015年成立的党委, 到2018年底管着多少名党员": a year that tells when the subject was
  // founded describes it; the time asked is the other one.
  const founded = new Set(
    [...text.matchAll(/(?<!\d)((?:19|20)\d{2})年?(?:成立|设立|建立|创建|组建|挂牌)|\b(?:founded|established|set up) in ((?:19|20)\d{2})\b/g)].map(
      (m) => (m[1] ?? m[2]) as string,
    ),
  );
  let years = (text.match(/(?<!\d)(19|20)\d{2}(?!\d)/g) ?? []).filter((y) => y !== '2018' && !(founded.has(y) && /2018/.test(text)));
  // NOTE: a number the report never uses is no evidence either way (years are checked apart).
  for (const n of numbers(text)) if (!years.includes(n) && n !== '2018' && stats.zhDf(n) > 0) add(n, 'zh');
  years = frameAsked(text, words, years);
  const asksAuthor = /\b(?:authors?|writers?)\b|(?<!工)作者|执笔/.test(text);
  const unitAt = /(?:多少|(?<![哪这那近前过第])几)([户家所项条个种类名位批张套件起宗人元岁年])(?!点)/.exec(text);
  // NOTE: "多少人才房": 人 begins a term here, no measure word.
  const unit = unitAt && !beginsTerm(text, (unitAt.index ?? 0) + unitAt[0].length - 1, isTerm) ? unitAt[1] : undefined;
  // NOTE: "relate to how many kids", "find about how much families spend": a clause after a
  // preposition is the subject of another question, not the quantity asked.
  // NOTE: "学历和生多少孩子有什么关系" asks a relation; the quantity is part of its subject.
  const asksQuantity =
    (ZH_QUANTITY.test(text) && !ZH_RELATION.test(text)) || (EN_QUANTITY.test(text) && !EMBEDDED_QUANTITY.test(text) && !HOW_MUCH_COMPARED.test(text));
  const asksAim = !asksQuantity && AIM_ASKED.test(text);
  if (asksAim) addAim(words);
  const searchTerms = searchTermsOf(words, stats);
  return {
    locale,
    searchTerms,
    words,
    itemCount: itemCountOf(text, words),
    asksAim,
    asksQuantity,
    askedUnit: asksQuantity || !ZH_RELATION.test(text) ? unit : undefined,
    years,
    asksAuthor,
    text,
    ...textFlags(text, asksAuthor),
    compares,
    owners: compares
      ? []
      : ownersIn(
          text,
          places.filter((p) => !SHENZHEN_PLACES.has(p)),
        ),
    places,
    asksRateValue: (asksQuantity && ZH_RATE_ASKED.test(text)) || EN_RATE_ASKED.test(text),
    countedZh: zhThings.length > 0 ? zhThings : undefined,
    whichThings: whichThings.length > 0 ? whichThings : undefined,
    askedWords: [...asked, ...counted].map((a) => a.word),
    partThings: partThings(text, knownZh, lexicon),
    countedStems: countedEn ? [...lexicon.enForms(countedEn.word), ...(KIND_MEMBERS_EN[countedEn.word] ?? []).map((m) => [...englishTerms(m)])] : undefined,
  };
}

/** The number of things a question asks for by name ("which two …", 哪两个, "what are the three …"). */
function itemCountOf(text: string, words: readonly QueryWord[]): { word: QueryWord; count: number } | undefined {
  // NOTE: also "two public services picked up speed. Which ones?".
  const m =
    /哪([两二三四五六\d])[个家所项条种类位座支方大]|\b(?:which|what are the|name the) (two|three|four|five|six|\d)\b|\b(two|three|four|five|six) [a-z ]+[^?.!]*[?.!]\s*which ones\b/.exec(
      text,
    );
  const said = m?.[1] ?? m?.[2] ?? m?.[3];
  if (!said) return undefined;
  const count = numberValue(said) ?? Number(said);
  // NOTE: the numeral may be a word of its own or begin a phrase ("three things").
  const word = words.find(
    (w) =>
      w.alternatives.includes(String(count)) || w.text.startsWith(`${said} `) || (w.script === 'zh' && w.text.length === 2 && text.includes(`哪${w.text}`)),
  );
  return word && count >= 2 ? { word, count } : undefined;
}

/**
 * Asks what a district or a plan aims at ("what is Futian trying to build with all that data",
 * 龙华想打造什么, "give the district a what?"). A goal named as such ("Longgang's goal") is a word
 * of the question already: the aim added would answer "the goal for police reports" with any goal.
 */
const AIM_ASKED =
  /想要?(?:打造|建成|建立|形成|搞成|变成|做成)|要(?:打造|建成|形成)|旨在|致力|\b(?:trying|try|tries|want(?:s|ed)?|hop(?:e|es|ed|ing)|aim(?:s|ed|ing)?|seek(?:s|ing)?|meant|intend(?:s|ed)?|plan(?:s|ned|ning)?|looking|set out|going) to (?:build|create|make|form|achieve|become|develop|shape|turn|forge)\b|\bultimately\b|\ba what\b|\bwhat (?:do|does|did) (?:[a-z']+ ){1,5}(?:form|formed|create|created)\b|\bwhat (?:is|was|are|were) (?:formed|created)\b/;

const AIM_VERBS = new Set(['build', 'create', 'make', 'form', 'achieve', 'become', 'develop', 'shape', 'turn', 'forge']);

/** The report's words for what something is meant to become (打造“城区大脑”, 形成…新局面). */
export const AIM_WORDS = ['打造', '形成', '建成', '营造', '目标', '致力', '旨在'];

/**
 * Adds the aim to the question's words: a fact that says what is being built (打造…) comes first
 * (see `bonus`). The verb that asks it ("trying to form") only frames the question.
 */
function addAim(words: QueryWord[]): void {
  for (const w of words) if (w.script === 'en' && AIM_VERBS.has(w.text)) asFraming(w);
  const said = words.find((w) => w.script === 'zh' && AIM_WORDS.includes(w.text));
  if (said) addAlternatives(said, AIM_WORDS);
  else
    words.push({
      text: '打造',
      script: 'zh',
      alternatives: AIM_WORDS,
      terms: AIM_WORDS.map(() => []),
      weight: 1.2,
      known: true,
      hard: false,
      framing: true,
      bonus: true,
    });
}

/** Adds a word to the question's words, with its alternatives and weight (see analyzeQuestion). */
type AddWord = (word: string, script: 'zh' | 'en', hard?: Hardness) => void;

/**
 * Things the answer itself must name: places, subjects the report has nothing on, contact
 * details, a kind asked after 什么, named institutions, and terms quoted from the report.
 */
function addRequiredThings(text: string, places: readonly string[], words: QueryWord[], add: AddWord, stats: WordStats): void {
  // NOTE: a part of Shenzhen the report names (大鹏新区 for the two-child survey) is named by its
  // section; any other place by the fact itself.
  for (const place of places) add(place, /[a-z]/.test(place) ? 'en' : 'zh', SHENZHEN_PLACES.has(place) ? 'section' : 'own');
  // NOTE: subjects the report has nothing on (weather, sports, share prices) must be in the answer.
  for (const m of text.matchAll(OFF_TOPIC)) {
    const word = m[0];
    // NOTE: a phrase by the phrase ("world cup": the report has "world", not the cup).
    const absent = !/[a-z]/.test(word)
      ? stats.zhDf(word) === 0
      : word.includes(' ')
        ? stats.enPhraseDf(word) === 0
        : stats.enFrequency(englishTerms(word)[0] ?? word) === 0;
    if (absent) add(word, /[a-z]/.test(word) ? 'en' : 'zh', 'own');
  }
  // NOTE: private (民办, 私立) schools, kindergartens, hospitals are no public ones: the answer must say private.
  // (普惠 "inclusive" kindergartens are often private, and 民办非企业单位 are a kind of organisation.)
  if (!/普惠|inclusive|affordable|private-ish/.test(text))
    for (const m of text.matchAll(
      /(?:民办|私立|私营)(?=的?(?:中小学|小学|中学|学校|幼儿园|医院|大学|高校|学位))|\bprivate(?:ly[- ]run)?\b(?= (?:[a-z-]+ )?(?:schools?|kindergartens?|hospitals?|universit(?:y|ies)|colleges?|clinics?|places))/g,
    ))
      add(m[0], /[a-z]/.test(m[0]) ? 'en' : 'zh', 'own');
  // NOTE: "Is Shenzhen safer than Hong Kong?": what is compared with another place must be in the
  // answer too, not only the place ("Hong Kong" names a hospital elsewhere).
  for (const m of text.matchAll(/\b([a-z]{3,}er|better|worse) than (?:in |that of |those of )?([a-z' ]+?)(?=[?.,!]|$)/g)) {
    const [comparative, other] = [m[1] as string, (m[2] as string).trim()];
    // NOTE: a comparison of amounts (more, greater, higher) is made by the figures themselves.
    if (/^(?:more|greater|higher|bigger|larger|less|fewer|lower|smaller)$/.test(comparative)) continue;
    if (places.some((p) => p === other && !SHENZHEN_PLACES.has(p)) && !isEnglishStopword(comparative)) add(comparative, 'en', 'own');
  }
  // NOTE: a phone number, a hotline, an e-mail address asked for must be in the answer itself.
  // A line named by its number ("the 110 hotline", 110报警电话) is named, not asked for.
  for (const m of text.matchAll(CONTACT)) {
    if (/\d{3,}\s*(?:[a-z]+\s)?$|\d{3,}[\u3400-\u9fff]{0,2}$/.test(text.slice(Math.max(0, (m.index ?? 0) - 12), m.index))) continue;
    add(m[0], /[a-z]/.test(m[0]) ? 'en' : 'zh', 'own');
  }
  // NOTE: "比作一根什么轴": a rare one-character noun after 什么 is the kind asked (动力主轴).
  const kindChar = /什么([\u3400-\u9fff])(?=[?!,.;]|$)/.exec(text)?.[1];
  if (kindChar && !FUNCTION_CHARS.has(kindChar) && !ZH_STOP.has(kindChar) && stats.zhDf(kindChar) > 0 && stats.zhDf(kindChar) <= 5) add(kindChar, 'zh', 'own');
  // NOTE: a named institution (市人民医院, 北京大学深圳医院) is what is asked about: the answer names it.
  // NOTE: "2018年中山大学": a date before the name is no part of it.
  for (const m of text.matchAll(/(?:^|\d[年月日号]|[^\u3400-\u9fff]|深圳市?|市)([\u3400-\u9fff]{2,4}?)(医院|大学|中学|(?<!中)小学|学院|银行|集团)(?!生)/g)) {
    const name = (m[1] as string) + (m[2] as string);
    const prefix = m[1] as string;
    if (
      /[深圳市区新]/.test(prefix) ||
      [...prefix].some((ch) => ch !== '人' && FUNCTION_CHARS.has(ch)) ||
      INSTITUTION_KINDS.test(prefix) ||
      chineseWordClass(prefix) === 'predicate'
    )
      continue;
    add(name, 'zh', 'own');
  }
  // NOTE: a term quoted from the report (从“多元混治”变成了什么) is what the question is about:
  // the answer or a fact beside it (the list after "五大转变") holds it.
  // NOTE: an English question may quote it in single quotes ('条块分割').
  for (const m of text.matchAll(/[“"「『']([\u3400-\u9fff]{2,10})[”"」』']/g)) {
    const quoted = m[1] as string;
    if (stats.zhDf(quoted) === 0 || stats.zhDf(quoted) > 3 || words.some((w) => w.text === quoted)) continue;
    add(quoted, 'zh', 'near');
    // NOTE: a requirement, not more evidence: its words are counted already.
    const word = words.find((w) => w.text === quoted);
    if (word) word.weight = FRAME_WEIGHT;
  }
  // NOTE: a gloss in brackets after a quoted Chinese term ('条块分割' (split between vertical and
  // horizontal silos)) says the term again in the asker's words: the term is the evidence.
  for (const m of text.matchAll(/[“"「『']([\u3400-\u9fff]{2,10})[”"」』']\s*[(（]([^)）]{3,80})[)）]/g)) {
    if (stats.zhDf(m[1] as string) === 0) continue;
    const gloss = englishWords(m[2] as string).join(' ');
    for (const w of words) if (w.script === 'en' && !w.hard && gloss.includes(w.text)) asFraming(w);
  }
  // NOTE: an English term quoted from the report ('big closed loop') is evidence as a phrase: the
  // fact that says it, not only its words.
  for (const m of text.matchAll(/(?:^|\s)['"“‘]([a-z][a-z -]{4,40}[a-z])['"”’](?=[\s?.,!]|$)/g)) {
    const quoted = m[1] as string;
    const df = quoted.includes(' ') ? stats.enPhraseDf(quoted) : 0;
    if (df >= 1 && df <= 3) add(quoted, 'en');
  }
}

/**
 * Marks as framing (no subject) the words that only set up the question: a guessed change, bare
 * numbers, a claim's figures, how many items are asked, and clauses of context. Returns the
 * years still asked about.
 */
function frameAsked(text: string, words: QueryWord[], askedYears: string[]): string[] {
  let years = askedYears;
  // NOTE: "兴趣是不是也跟着下降了?": the change a yes-no question guesses is checked, not required
  // (the answer may say it rose).
  const guessed = /是不是(?:也|又|还|都)?(?:跟着|随之)?([\u4e00-\u9fff]{2})了?[?？吗呢]?/.exec(text)?.[1];
  if (guessed && /^(?:下降|上升|提高|提升|降低|增加|减少|增长|变多|变少|变好|变差|加重|减轻)$/.test(guessed))
    for (const w of words) if (w.text === guessed && !w.hard) asFraming(w);
  // NOTE: a number alone is no evidence ("2" must not pick the fact that says 20%).
  for (const w of words) if (/^\d/.test(w.text)) w.weight = Math.min(w.weight, NUMBER_WEIGHT);
  // NOTE: "True or false: Shenzhen ended 2018 with 20 3A hospitals": the claim's figures and years
  // are checked by the fact on its subject, not required (a subject the report has nothing on,
  // such as GDP, still is).
  if (CLAIM_CHECKED.test(text)) {
    years = [];
    for (const w of words) if (/^\d[\d.,]*$/.test(w.text)) asFraming(w);
  }
  // NOTE: "which two sectors": how many are asked and their kind, when its members are named
  // without the word, are no evidence (the answer says "education and health").
  // NOTE: so are "two public services picked up speed. Which ones?" and "… name them".
  const kindAsked =
    /\b(?:which|what) (?:other )?(two|three|four|five|six|seven|eight|nine|ten)(?: ([a-z]+))?\b/.exec(text) ??
    /\b(two|three|four|five|six|seven|eight|nine|ten) (?:[a-z-]+ )?([a-z]+)\b[^?.]*[?.,:;-]\s*(?:so |and |but )?(?:which|what) (?:ones|are they|were they|are those|were those)\b|\b(two|three|four|five|six|seven|eight|nine|ten) (?:[a-z-]+ )?([a-z]+)\b[^?.]*[?.,:;-]\s*(?:can you |could you |pls |please )?(?:name|list) them\b/.exec(
      text,
    );
  for (const w of words) {
    if (w.hard || !kindAsked) continue;
    const [count, kind] = [kindAsked[1] ?? kindAsked[3], kindAsked[2] ?? kindAsked[4]];
    if (w.text === count || (w.text === kind && BARE_NAMED.has(w.text))) asFraming(w);
  }
  // NOTE: "吃穿住行、上学看病这些民生": examples before 这些 (这类, 之类, 等) name the kind after
  // them, which is what is asked; a fact need not give the examples.
  // NOTE: only before a kind that is itself a word of the question ("这些民生"), not a frame
  // ("这些方面": the examples are the subject) or a verb ("这些是哪个区搞的").
  const examples = /([\u4e00-\u9fff、，,和与及或]{4,40})(?:这些|这类|那些|之类的?|等等)([\u4e00-\u9fff]{2,4})/.exec(text);
  const kind = examples?.[2];
  if (examples && kind && /[、，,和与及或]/.test(examples[1] as string) && words.some((w) => w.script === 'zh' && !w.framing && kind.startsWith(w.text)))
    for (const w of words) if (w.script === 'zh' && !w.hard && (examples[1] as string).includes(w.text) && !kind.includes(w.text)) asFraming(w);
  // NOTE: "X alone" singles out a part (see partThings); "alone" is no subject ("single-handedly").
  if (EN_PART.test(text)) for (const w of words) if (w.text === 'alone') asFraming(w);
  // NOTE: "which fields picked up speed": a kind named bare (fields, areas, districts) is answered by
  // its members' names, so it is no evidence either way.
  // NOTE: so is "other" in "what other field": the answer names the others.
  const kindMatch = /\b(?:which|what) (other )?([a-z]+)\b/.exec(text);
  const bareKind = kindMatch?.[2];
  for (const w of words) if (!w.hard && ((bareKind && BARE_NAMED.has(bareKind) && w.text === bareKind) || (kindMatch?.[1] && w.text === 'other'))) asFraming(w);
  // NOTE: a clause that asks nothing beside one that does is the asker's context ("我在写一篇
  // 论文", "手机打字见谅", "saw this in a group chat"): words the report never uses there are no
  // subject of the question. Places and other hard words stay.
  const clauses = text
    .split(/(?<=[,.;:!?])|\s[-–—]+\s/)
    .map((c) => c.trim())
    .filter(Boolean);
  const asking = clauses.filter((c) => ASKING.test(c));
  // NOTE: so is a subject the report has nothing on, told as context ("我家娃明年上小学,").
  if (asking.length > 0 && asking.length < clauses.length) {
    for (const w of words) {
      const offTopic = w.hard && isOffTopic(w.text);
      if (w.known || (w.hard && !offTopic)) continue;
      const inAsking = asking.some((c) => (w.script === 'zh' ? c.includes(w.text) : englishWords(c).includes(w.text)));
      if (inAsking) continue;
      asFraming(w);
      if (offTopic) w.hard = false;
    }
  }
  // NOTE: what the asker grants before "but" ("The report came out in 2019, but which year does
  // it look back on?", "名字带着2019, 但其实梳理的是哪一年") is context, even in the report's words.
  // NOTE: so is a clause opened by "although" (虽然, 尽管): "Although published in 2019, which year…".
  const granted =
    /^([^?]+?)[,，]\s*(?:but|但是|但|可是)\s*([\s\S]*)$/.exec(text) ?? /^((?:although|though|even though|虽然|尽管)[^?,，]+)[,，]\s*([\s\S]*)$/.exec(text);
  if (granted && ASKING.test(granted[2] as string) && !ASKING.test(granted[1] as string)) {
    const [given, rest] = [granted[1] as string, granted[2] as string];
    // NOTE: only when what follows names its own subject ("…, but how many?" asks about the given).
    frameContext(words, [given], [rest]);
    // NOTE: so is a year granted there ("I assumed the 2019 edition looks at 2019, but which year…").
    years = years.filter((y) => rest.includes(y));
  }
  // NOTE: "学习兴趣是提高了还是下降了": the options of a choice are what the answer says one of,
  // not its subject; a fact that says the other is the answer.
  const choice = /([\u3400-\u9fff]{2})了?还是([\u3400-\u9fff]{2})了?[?？吗呢]*\s*$/.exec(text);
  if (choice) for (const w of words) if (w.script === 'zh' && !w.hard && (w.text === choice[1] || w.text === choice[2])) asFraming(w);
  // NOTE: the asker introduced before the question ("带孩子坐地铁的家长问一下:有没有…") is context too.
  const introduced = /^([^?？:：]{2,30}?)(?:想|来)?(?:问一下|问下|请教一下|请问)[:：,，]\s*([\s\S]+)$/.exec(text);
  if (introduced && ASKING.test(introduced[2] as string)) frameContext(words, [introduced[1] as string], [introduced[2] as string]);
  // NOTE: a clause about the asker ("My manager wants one slide on how the report is organised.",
  // "想给部门图书角买一本这个蓝皮书,") is context even in the report's words, when the clause that
  // asks names its own subject.
  if (clauses.length > 1) {
    // NOTE: when a clause ends with "?", one ending with "." tells ("…how the report is organised.").
    const marked = clauses.some((c) => c.endsWith('?'));
    // NOTE: so is a remark after the question ("三甲医院一共几家?看病总是排长队", "…? The GP queues are mental").
    const lastAsked = clauses.findLastIndex((c) => c.endsWith('?'));
    const asker = clauses.filter(
      (c, i) => ((marked ? !c.endsWith('?') : !ASKING.test(c)) && ASKER.test(c)) || (marked && i > lastAsked && !asksItself(c) && !NARROWING.test(c)),
    );
    frameContext(
      words,
      asker,
      clauses.filter((c) => !asker.includes(c)),
    );
    // NOTE: options the asker guesses after asking ("Who compiled it? some think tank or a uni?")
    // name what the answer may be, not what it is about, even when the asking clause is all frame.
    // NOTE: so does one guess ("— was it Shenzhen University?", "i thought it was nanshan",
    // "我以为是南山"), or a bare name after a question asking where, which or who ("…done? nanshan?"):
    // even a place named there is no place the answer must name.
    const guesses = clauses.filter((_, i) => guessesAnswer(clauses, i));
    if (guesses.length > 0 && clauses.some((c) => !guesses.includes(c) && ASKING.test(c))) {
      const rest = clauses.filter((c) => !guesses.includes(c));
      const guessedPlaces = placesIn(guesses.join(' '));
      for (const w of words) {
        if (!saidIn(w, guesses) || saidIn(w, rest)) continue;
        if (w.hard && !(PLACE_HARDNESS.has(String(w.hard)) && guessedPlaces.includes(w.text))) continue;
        w.hard = false;
        asFraming(w);
      }
    }
  }

  return years;
}

/** The terms MiniSearch is asked for (see rank). */
function searchTermsOf(words: readonly QueryWord[], stats: WordStats): string[] {
  // NOTE: MiniSearch is asked only for terms that can match: alternatives in the word's own
  // script that the report uses. Coverage still counts every alternative.
  const searchTerms = new Set<string>();
  for (const w of words) {
    // NOTE: an index loop: entries() allocates a pair per alternative, on every question.
    for (let i = 0; i < w.alternatives.length; i++) {
      const alt = w.alternatives[i] as string;
      if (w.script === 'en') {
        for (const t of w.terms[i] ?? []) if (stats.enFrequency(t) > 0) searchTerms.add(t);
      } else if (!/[a-z]/.test(alt) && stats.zhDf(alt) > 0) {
        // NOTE: the index holds Chinese as bigrams, so a longer word is looked up by its bigrams only.
        for (const b of hanBigrams(alt)) searchTerms.add(b);
      } else if (/^\d/.test(alt)) searchTerms.add(alt);
    }
  }
  return [...searchTerms];
}

/** What a question asks, read from its (rewritten) text alone. */
function textFlags(
  text: string,
  asksAuthor: boolean,
): Pick<
  QueryTerms,
  | 'asksPercent'
  | 'asksMoney'
  | 'asksTime'
  | 'asksList'
  | 'asksWhichOnes'
  | 'asksAdvice'
  | 'asksPrediction'
  | 'asksSuperlative'
  | 'superlativeOf'
  | 'asksPerson'
  | 'asksLeadAgent'
  | 'asksDistrict'
  | 'checksClaim'
  | 'asksNational'
  | 'asksTopPlace'
  | 'asksWriter'
  | 'asksReason'
  | 'asksExact'
  | 'asksOthers'
  | 'givenNumbers'
  | 'aboutReport'
  | 'quoted'
  | 'asksDay'
  | 'countsPeople'
  | 'asksAverage'
  | 'asksRate'
  | 'asksRank'
  | 'asksName'
  | 'asksProperName'
  | 'asksTotal'
  | 'asksAdded'
> {
  return {
    asksPercent: PERCENT.test(text),
    // NOTE: "how have the costs changed" asks about a trend, not an amount.
    asksMoney: MONEY.test(text) && !TREND.test(text) && !EMBEDDED_QUANTITY.test(text),
    // NOTE: "When X and Y are linked, what do they form?": a leading when-clause before another
    // question word is a condition, not the question.
    // NOTE: nor is "when it comes to X".
    asksTime:
      TIME.test(text) &&
      !/^(?:and |so |but )?when\b[^?]*,\s*(?:(?:at|in|on|for|to|from|by|with|under) )?(?:what|which|who|how|where)\b|\bwhen it comes to\b/.test(text),
    asksList: ZH_LIST.test(text) || EN_LIST.test(text),
    asksWhichOnes: ZH_WHICH_ONES.test(text) || EN_WHICH_ONES.test(text),
    asksAdvice: ADVICE.test(text),
    asksPrediction: PREDICTION.test(text) || OPINION.test(text) || (PREDICTION_WHEN.test(text) && !/\bplan\b|\bstrateg|规划|计划|纲要/.test(text)),
    asksSuperlative: SUPERLATIVE.test(text),
    superlativeOf: superlativeOf(text),
    asksPerson: PERSON.test(text),
    asksLeadAgent: LEAD_AGENT.test(text),
    asksDistrict: DISTRICT_ASKED.test(text),
    checksClaim: CLAIM_CHECKED.test(text),
    asksNational: /全国|\bnational(?:ly)?\b|\bnationwide\b|\b(?:in|across) (?:all of )?china\b|\bcountry-?wide\b/.test(text),
    asksTopPlace:
      /\b(?:which|what) (?:[a-z]+ )?(?:city|cities)\b[^?]*\b(?:first|on top|top spot|number one|no\.? ?1|1st)\b|哪个城?市[^?？]{0,20}第一|第一的是哪个城?市/.test(
        text,
      ) ||
      (/\b(?:which|what) (?:[a-z]+ )?(?:city|cities)\b|哪个城?市/.test(text) && AHEAD_OF_SHENZHEN.test(text)),
    // NOTE: the authors, unless a lead one ("lead author" is a person), are who compiled it.
    // NOTE: not a part's writer ("who wrote the homework-burden chapter"): the report names none.
    asksWriter:
      (/\b(?:wrote|written|authored|compiled)\b|谁写|谁编/.test(text) ||
        (asksAuthor && !/\b(?:lead|main|chief|principal) (?:authors?|writers?)\b/.test(text))) &&
      !/\b(?:wrote|written|authored|penned) (?:the|that|this) [a-z' -]{2,40} (?:chapter|section|part)\b|(?:章|篇|部分)(?:是|又是|都是)?谁写/.test(text),
    asksReason: REASON.test(text),
    asksExact:
      /具体[^,?!。]{0,4}多少|具体数字|确切|精确|\bexactly how (?:many|much)\b|\bhow (?:many|much)\b[^?,]*\b(?:exactly|precisely)\b|\bhow (?:many|much)\b[^?]*,\s*(?:exactly|precisely)\s*[?]*\s*$|\bexact (?:number|figure|count)\b/.test(
        text,
      ),
    asksOthers: OTHERS.test(text),
    givenNumbers: numbers(text).filter((n) => !/^(19|20)\d{2}$/.test(n)),
    // NOTE: a police or 110 report is an incident, not the report; "when was it posted" asks about the article.
    aboutReport:
      /报告|蓝皮书|文章|[这那](?:篇|份)|报道|本书|这条(?:新闻|消息)|这篇新闻|这新闻|这个新闻|这则|稿子|\b(?<!(?:police|110|crime|incident|emergency) )(report|blue book|book|article|piece|post)\b|\b(?:19|20)\d{2} (?:edition|volume|issue)\b|\b(?:this|the|that) (?:edition|volume)\b|\bthe title says\b|\b(?:was|is) (?:it|this) (?:posted|published|put up|uploaded)\b/.test(
        text,
      ),
    quoted: [...text.matchAll(/[“"「『]([^“”"「」『』']{1,16})[”"」』]|(?<![a-z])'([^“”"「」『』']{1,16})'(?![a-z])/g)]
      .map((m) => ((m[1] ?? m[2]) as string).trim())
      .filter((q) => q.length > 0),
    // NOTE: a clock time is asked of the dated fact too (几点几分, "what time": 2019-10-25 17:54).
    asksDay:
      /哪天|哪一天|几号|几月几[日号]|什么日子|几点钟|几点几分|几点(?:发|发布|发表|上线|更新|出)|\bwhat time\b(?! (?:period|frame|span))|\bwhat (?:date|day)\b|\bwhich (?:date|day)\b|\bon what date\b/.test(
        text,
      ),
    countsPeople: /\bhow many (?:[a-z]+ )?(?:people|persons|residents|users|visitors|passengers|folks|individuals)\b/.test(text),
    asksAverage: /平均|人均|\baverage\b|\bon average\b|\bper capita\b/.test(text),
    asksRate: /每|人均|平均|\bper\b|\baverage\b|\b(?:for )?(?:every|each) [\d,]+/.test(text),
    asksRank:
      /排名第几|第几名|排第几|排在第几|名列第几|\b(which|what) (?:exact |precise )?(rank|position|spot)\b|\b(?:which|what) place\b(?=[^?]*\b(?:come|came|comes|finish|finished|rank|ranked|among|list|survey|poll|ranking|score|scored)\b)|\branked? (what|where)\b|\bwhere\b[^?]* rank(?:ed)?\b|\bwhere did (?:it|they|[a-z]+) (?:end up|finish|come|land|place|stand)\b/.test(
        text,
      ),
    asksName:
      /名称|名字|叫什么|叫啥|全称|全名|标题|称为什么|称作什么|怎么称呼|比作|比喻|形容成|\bmetaphor(?:ically)?\b|\bwhat (?:picture|image|imagery|analogy)\b|\bfiguratively\b|\bfigure of speech\b|\blikened\b|\bname\b|\bcalled\b|\btitled?\b|\bdubbed\b|\bnicknamed?\b|\b(?:does|do|did) (?:[a-z']+ ){1,4}call\b|\brefer to (?:it|them) as\b|\bhow does (?:it|the report) refer to\b/.test(
        text,
      ),
    asksProperName:
      /叫什么名字|叫啥名(?!头)|什么名字|名称是|全称|全名|\bwhat(?: is|'s|was) (?:the|its|their) (?:(?:full|actual|exact|official|proper|real|specific) )?names?\b|\bwhat (?:is|are) (?:it|they) called\b/.test(
        text,
      ),
    asksTotal:
      /一共有|总共有|总数|共有多少|(?:一共|总共|合计)(?:有)?(?:几|多少)|全市共有|现在有多少|\bin total\b|\btotal number\b|\baltogether\b|\bhow many\b[^?]*\b(?:does|do|did) (?:[a-z']+ ){1,3}have\b|\bnow have\b|\bcurrently have\b|\b(?:are|is) there (?:now|currently|today)\b|\bso far\b|\bto date\b|\bcumulative(?:ly)?\b|累计|至今/.test(
        text,
      ) && !/新增|新建|\bnew\b|\badded?\b|\bextra\b|\bmore\b/.test(text.replace(NOT_JUST_NEW, ' ')),
    asksAdded: /新增|新登记|新成立|新注册|新开办|新开了|\bhow many new\b|\bnewly (?:added|registered|built|opened)\b/.test(text),
  };
}

const PERCENT =
  /百分之|百分比|百分点|多少个点|几个点|(?:占比|比例|比重)(?:是|有|为|大概是|大约是)?(?:多少|多高|多大)|的(?:占比|比例|比重)(?:呢|啊)?\s*[?？]?\s*$|多少比例|几折|打几折|多大比例|多少比重|多少%|几成|\bwhat (percentage|percent|share|proportion)\b|\bwhat %|\bby what (percentage|percent)\b|\bhow many percent|\bas an? (?:percentage|share|proportion)\b/;
/**
 * Another city ranked above Shenzhen ("ahead of Shenzhen", 排在深圳前面): the report names none.
 * Asked with "which city" it asks the top place (asksTopPlace), which no fact then gives (firstAsked).
 */
export const AHEAD_OF_SHENZHEN =
  /\b(?:ahead of|above|before|beat|beating|outranked|outranking|outscored|higher than|better than) (?:shenzhen|sz)\b|(?:排在|排)深圳(?:前面|之前|前头|前)|比深圳(?:还)?(?:靠前|高)/;

/** "not just the new ones", 不只是新增的: a total, with the added ones set aside. */
const NOT_JUST_NEW = /\b(?:not|and not) (?:just|only) (?:the )?(?:new|added|extra)(?: ones?)?\b|不(?:只|仅)是?新增的?/g;

const MONEY =
  /\bhow much (?:[\w'-]+ ){0,5}(?:spend|spent|invest|invested|pay|paid|budget|budgeted|fund|funded)\b|花了多少|花多少|花在[^?？,，]{1,30}的钱(?:一共|总共|合计|共)?(?:是|有)?(?:多少|几)|多少钱|投入多少|投资多少|预算多少|总投资|投资额|投资了多少|投入了多少|造价|\b(?:what(?:'s| is| are| was) the|how much (?:is|are|was|were)(?: the)?) (?:\w+ ){0,2}(?:rent|rents|price|prices|cost|costs|fee|fees|fare|fares|ticket|tickets|salary|wage|wages|tuition)\b|\bhow much (?:is|are|does|do|would) (?:a|an|one)\b|多少钱|几多钱|几块钱|房租|月租|起步价|(?<![哪分成为])几块[?？]?$|多少块(?![地区域])|几毛钱|多少[\u3400-\u9fff]{0,4}(?:经费|资金|拨款|补贴)|价格|价钱|票价|费用是多少|租金是多少|工资|收入是多少|多少元|\bhow much (money|does it cost|did it cost|is the rent|rent|do .* earn)|(?<!-)\b(price|cost|costs|fee|fees|salary|salaries|wage|wages|budget|budgets)\b(?!-)/;
const TIME =
  /哪一年|哪年|什么时候|何时|哪个月|几月份|什么时间|哪一天|哪天|几号|几点|^(and |so |but )?when\b|\bwhen (did|was|were|is|will|does|do|has|had)\b|\bwhat (year|month|date|day|time)\b|\bwhich (year|month|date|day)\b|\bwhat time\b/;

// NOTE: places a question may name instead of Shenzhen. Shenzhen's own districts are not here.
const PLACES = [
  '北京',
  '上海',
  '广州',
  '天津',
  '重庆',
  '杭州',
  '南京',
  '武汉',
  '成都',
  '西安',
  '苏州',
  '东莞',
  '惠州',
  '珠海',
  '佛山',
  '香港',
  '澳门',
  '台湾',
  '台北',
  '厦门',
  '青岛',
  '长沙',
  '郑州',
  '宁波',
  '无锡',
  '合肥',
  '济南',
  '沈阳',
  '大连',
  '哈尔滨',
  '昆明',
  '福州',
  '雄安',
  '海南',
  '浙江',
  '江苏',
  '湖南',
  '湖北',
  '四川',
  '福建',
  '山东',
  '河南',
  '美国',
  '日本',
  '韩国',
  '新加坡',
  '英国',
  '伦敦',
  '纽约',
  '东京',
  '光明区',
  '南山',
  '大鹏',
  '前海',
  '坪地',
  '中山市',
  '江门',
  '汕头',
  '湛江',
  'beijing',
  'shanghai',
  'guangzhou',
  'tianjin',
  'chongqing',
  'hangzhou',
  'nanjing',
  'wuhan',
  'chengdu',
  "xi'an",
  'suzhou',
  'dongguan',
  'huizhou',
  'zhuhai',
  'foshan',
  'hong kong',
  'macau',
  'macao',
  'taiwan',
  'xiamen',
  'qingdao',
  'changsha',
  'zhengzhou',
  'singapore',
  'london',
  'new york',
  'tokyo',
  'america',
  'united states',
  'japan',
  'korea',
  'guangming',
  'nanshan',
  'dapeng',
  'qianhai',
  'zhongshan city',
  'hainan',
  'zhejiang',
  'jiangsu',
];

/** A question that compares (比, "than", "vs"): a place there may be one Shenzhen is compared with, and owns nothing. */
const COMPARING =
  /(?<!同)比(?![如例重率])|超过|高于|低于|赶超|领先|对比|相比|\bthan\b|\bexceed|\bcompar|\bvs\b|\bversus\b|\boutdo|\bovertak|\bbeat|\bsurpass|\brank|\bahead\b|\bbehind\b|\bagainst\b|\bstack(?:s)? up\b|\brelative to\b/;

/** Parts of Shenzhen among PLACES that are not one of the report's district sections. */
export const SHENZHEN_PLACES = new Set(['南山', '大鹏', '前海', 'nanshan', 'dapeng', 'qianhai']);

const ZH_PLACES = PLACES.filter((p) => !/[a-z]/.test(p));
const EN_PLACES = new RegExp(`\\b(${PLACES.filter((p) => /[a-z]/.test(p)).join('|')})\\b`, 'g');

/**
 * Places other than Shenzhen that own what a question asks about ("Guangzhou's report",
 * 广州的社会组织): a fact that only compares Shenzhen with them ("exceeds Beijing, Shanghai and
 * Guangzhou") does not answer. Not in a question that compares (see COMPARING), nor one named
 * beside another (深圳和广州的).
 */
function ownersIn(text: string, places: string[]): string[] {
  const out: string[] = [];
  for (const place of places) {
    const owner = /[a-z]/.test(place) ? `${place}'s` : `${place}的`;
    for (let at = text.indexOf(owner); at >= 0; at = text.indexOf(owner, at + 1)) {
      if (!/(?:超|多于|少于|和|跟|与|同|像|\bover|\band|\bor|\blike)\s*$/.test(text.slice(Math.max(0, at - 10), at))) {
        out.push(owner);
        break;
      }
    }
  }
  return out;
}

/** Named places other than Shenzhen (or its districts other than the report's sections) in the question. */
function placesIn(text: string): string[] {
  const found: string[] = [];
  for (const place of ZH_PLACES) if (text.includes(place)) found.push(place);
  for (const m of text.matchAll(EN_PLACES)) found.push(m[1] as string);
  return found;
}

const EN_COUNT_STOP =
  /^(are|were|is|was|do|does|did|have|has|had|can|could|will|would|in|on|at|for|from|to|by|with|under|across|there|that|this|the|a|an|and|or|long|big|old|high|wide|tall|much|large|shenzhen|it|they|we|you)$/;
/** Verbs that often follow the thing a "how many" question counts ("how many people live here"). */
const EN_COUNT_VERBS =
  /^(?:work|works|worked|live|lives|lived|serve|serves|served|take|took|join|joined|use|used|come|came|stay|stayed|attend|attended|go|went|get|got|receive|received|broke|began|begun|started|saw|made|staff|staffs|staffed|man|mans|manned|run|runs|ran)$/;
const EN_COUNT_VAGUE = new Set([
  'pieces',
  'piece',
  'kinds',
  'kind',
  'types',
  'type',
  'sorts',
  'sort',
  'units',
  'unit',
  'items',
  'lots',
  'lot',
  'bits',
  'number',
  'numbers',
  'sets',
  'set',
  'batches',
  'batch',
]);

// NOTE: chat shorthand, spelt out before anything else reads the question.
const SHORTHAND: Record<string, string> = {
  r: 'are',
  prep: 'preparatory',
  u: 'you',
  ur: 'your',
  ppl: 'people',
  sz: 'shenzhen',
  hk: 'hong kong',
  gz: 'guangzhou',
  incl: 'including',
  govt: 'government',
  gov: 'government',
  dept: 'department',
  depts: 'departments',
  hosp: 'hospital',
  approx: 'approximately',
  esp: 'especially',
  yr: 'year',
  yrs: 'years',
  tho: 'though',
  thru: 'through',
  w: 'with',
  bc: 'because',
  cuz: 'because',
  abt: 'about',
  num: 'number',
  pct: 'percent',
  kinda: 'kind of',
  gonna: 'going to',
  whats: "what's",
  wat: 'what',
  wats: "what's",
  wich: 'which',
  whos: "who's",
  hows: 'how',
  thats: 'that',
  theres: 'there',
  dont: 'do not',
  doesnt: 'does not',
  didnt: 'did not',
  isnt: 'is not',
  orgs: 'organizations',
  org: 'organization',
  k12: 'primary and secondary',
  wht: 'what',
  univ: 'university',
  uni: 'university',
  incr: 'increase',
  decr: 'decrease',
  recs: 'recommendations',
  stats: 'statistics',
  avg: 'average',
  edu: 'education',
  info: 'information',
  mgmt: 'management',
  ok: '',
  okay: '',
  assoc: 'association',
  assn: 'association',
  smth: 'something',
  sth: 'something',
  doc: 'document',
  docs: 'documents',
  cas: 'chinese academy of sciences',
  fwd: 'forward',
  intl: 'international',
  natl: 'national',
  prov: 'provincial',
  psych: 'psychological',
  hw: 'homework',
  schl: 'school',
  schls: 'schools',
  bldg: 'building',
  bldgs: 'buildings',
  pop: 'population',
  // NOTE: short function words typed fast, which the spelling check leaves alone (too short).
  wer: 'were',
  waz: 'was',
  teh: 'the',
  thier: 'their',
  wen: 'when',
  wut: 'what',
  hwo: 'how',
  nad: 'and',
  fo: 'of',
};

/**
 * Fixes a homophone typo in a word that asks for an attribute (比列 → 比例, 数凉 → 数量): a
 * two-character run the report never uses whose second character sounds (nearly) like the word's.
 */
function fixAttributeTypos(text: string, stats: WordStats): string {
  let out = text;
  for (const word of ATTRIBUTE_WORDS) {
    for (let i = out.indexOf(word[0] as string); i >= 0 && i + 1 < out.length; i = out.indexOf(word[0] as string, i + 1)) {
      const pair = out.slice(i, i + 2);
      // NOTE: not when the second character starts a word of the report (万名常住: 常住 stays).
      const next = out.slice(i + 1, i + 3);
      // NOTE: nor when it is grammar ("另外两个是啥": 个是 is no mistyped 个数), or a place ("哪个市").
      if (
        pair !== word &&
        !GRAMMAR_CHAR.test(pair[1] as string) &&
        !/[市区省县镇]/.test(pair[1] as string) &&
        // NOTE: nor when the first character ends a word of the report ("同比涨了": 比涨 is no 比重).
        !(i > 0 && stats.zhDf(out.slice(i - 1, i + 1)) > 0) &&
        nearSound(pair[1] as string, word[1] as string) &&
        stats.zhDf(pair) === 0 &&
        !(next.length === 2 && stats.zhDf(next) > 0)
      )
        out = out.slice(0, i) + word + out.slice(i + 2);
    }
  }
  return out;
}

/** Replaces chat shorthand and misspelt English words with the report's word they were probably meant as. */
function correctText(text: string, stats: WordStats, lexicon: Lexicon): string {
  // NOTE: a place name typed syllable by syllable ("long hua", "bao an") is the report's name.
  const joined = text.replace(/\b([a-z]{2,5}) ([a-z]{2,5})\b/g, (pair, a: string, b: string) => {
    if (englishRank(a) !== undefined && englishRank(b) !== undefined) return pair;
    const [term] = englishTerms(a + b);
    return term && stats.enFrequency(term) > 0 ? a + b : pair;
  });
  const spelt = joined.replace(/\b[a-z]+\b/g, (w) => SHORTHAND[w] ?? w);
  return spelt.replace(/[a-z][a-z']{3,}/g, (raw: string, at: number) => {
    if (isEnglishStopword(raw) || EN_FRAME.has(raw) || englishRank(raw.replace(/'.*$/, '')) !== undefined) return raw;
    const known = lexicon.synonyms(raw).some((alt) => englishTerms(alt).some((t) => stats.enFrequency(t) > 0)) || lexicon.synonyms(raw).length > 1;
    if (known) return raw;
    // NOTE: a possessive keeps its 's ("lunghua's" → longhua's).
    const [word, tail = ''] = raw.split(/(?=')/);
    const next = /^\s+([a-z]+)/.exec(spelt.slice(at + raw.length))?.[1];
    const corrected = word && word.length >= 4 ? stats.correctSpelling(word, next) : undefined;
    return corrected ? corrected + tail : raw;
  });
}

/**
 * Subjects a report on society rarely covers and chat often asks about: weather, sports, markets,
 * and next year (a report on 2018 forecasts nothing). Named in a question and absent from the
 * report, they make the question out of scope.
 */
const OFF_TOPIC =
  /\b(?:weather|temperature|forecast|typhoons?|rainfall|football|soccer|basketball|league(?! tables?)|championship|world cup|olympics?|stock market|share prices?|exchange rate|next year|gdp|clearance rate|arrest|arrests|arrested|solved? (?:cases|crimes)|(?:cases|crimes) solved)\b|天气|气温|台风|下雨|足球|篮球|联赛|中超|英超|欧冠|球队|球赛|世界杯|奥运|股市|股票|汇率|明年|后年|生产总值|破案|破获|侦破|抓获|逮捕|刑拘/g;

/** OFF_TOPIC for one word, whole. */
const OFF_TOPIC_WORD = new RegExp(`^(?:${OFF_TOPIC.source})$`);

/** True when a word of the question is one of the off-topic subjects (see OFF_TOPIC). */
function isOffTopic(word: string): boolean {
  return OFF_TOPIC_WORD.test(word);
}

/** "哪个单位牵头编的", "谁负责开发的": who led an action, named by the verb after 牵头. */
const LEAD_AGENT =
  /(?:(?:哪个|哪家|哪一个|哪一家)(?:部门|单位|机构|公司|组织|企业)|谁)(?:来)?(?:(?:牵头|负责|带头|主导|联合|共同|一起|具体)[\u3400-\u9fff]|(?:牵头|负责|带头|主导)(?:的|[?!,.;]|$))|(?:哪个|哪家|哪一个|哪一家)(?:部门|单位|机构|组织)(?:做|搞|开展|进行|组织|发起|主持|实施)的|\b(?:which|what) (?:organi[sz]ation|institution|agency|body|institute|department|firm|company) (?:conducted|did|ran|carried out|commissioned)\b|\bwho (?:conducted|carried out|ran|commissioned|did) (?:the|that|this) (?:survey|poll|study|research)\b/;

/** "which district", "哪个区": a district is asked for (not 区域, a region). */
const DISTRICT_ASKED = /\b(?:which|what) districts?\b|哪(?:个|些|几个|一个)?(?:区|辖区|行政区)(?![域别间])/;

/** Contact details a chat asks for (a phone number, a hotline, an e-mail address, an address, directions). */
const CONTACT =
  /电话|热线|手机号|联系方式|邮箱|什么地址(?![规库编标数])|(?:^|的|中心|办公|具体|详细)地址(?:在哪|是什么|是啥|在什么地方)|\bphone number\b|\btelephone\b|\bhotline\b|\bemail address\b|\bcontact details\b|\bwhat(?:'s| is) the (?:street )?address\b|\bstreet address\b|怎么(?:过去|去)(?=[?？,，。!]|$)|具体(?:位置|地址)|\bhow (?:do|can|would|should) (?:i|we|you|one) get (?:there|to)\b|\bdirections to\b/g;

/** A Cantonese marker: only a question with one is read as Cantonese (周边家庭, 联系哪个部门 stay Mandarin). */
const CANTONESE = /嘅|咩|乜嘢|冇|喺|唔|点解|几多|咗|嚟|嗰|佢|哋|呢[本份个篇间条啲度]|(?<![周路旁身这那两一左右东西南北前后外里上下半无])边[间个度]/;

/** Words that make a kind of institution, not a name: 公立医院 and 三甲医院 are no one hospital. */
const INSTITUTION_KINDS =
  /^(?:公立|私立|民办|公办|三甲|三级|二级|甲等|乙等|高等级|高水平|优质|知名|著名|附属|综合|专科|市属|区属|市级|区级|重点|名牌|本地|外地|大型|新建|新增|新|好|全市|各区|高等|普通|职业|社区|儿童|妇幼|中医|本科|研究型)+$/;

/** Kinds of a kind, in Chinese: a question asking which 学校 is answered by a 大学. */
/** Adds kinds a word's kind stands for to its alternatives (学校 → 大学, institution → academy). */
function addAlternatives(word: QueryWord, members: readonly string[]): void {
  const added = members.filter((m) => !word.alternatives.includes(m));
  word.alternatives = [...word.alternatives, ...added];
  word.terms = [...word.terms, ...added.map((m) => (word.script === 'en' ? englishTerms(m) : []))];
}

const KIND_MEMBERS: Record<string, string[]> = {
  学校: ['大学', '中学', '小学', '学院', '高校', '幼儿园'],
  机构: ['社会科学院', '研究院', '学院', '中心', '委员会', '局', '办公室'],
  单位: ['社会科学院', '研究院', '中心', '委员会', '局', '办公室', '出版社'],
};

const EN_BODIES = ['academy', 'institute', 'bureau', 'committee', 'commission', 'office', 'press', 'department'];
const EN_INSTITUTIONS = ['school', 'university', 'college', 'academy', 'hospital', 'institute'];
/** General English kinds and the kinds of thing the report names that are one of them. */
const KIND_MEMBERS_EN: Record<string, string[]> = {
  organization: EN_BODIES,
  organisation: EN_BODIES,
  entities: ['units', 'organisations', 'organizations', 'associations', 'institutions'],
  entity: ['unit', 'organisation', 'organization', 'association', 'institution'],
  university: ['institute of technology', 'graduate school'],
  universities: ['institute of technology', 'graduate school'],
  institution: EN_INSTITUTIONS,
  institutions: EN_INSTITUTIONS,
  body: EN_BODIES,
  bodies: EN_BODIES,
  agency: EN_BODIES,
  outfit: EN_BODIES,
};

/**
 * Cantonese as typed in Shenzhen chats, in Mandarin (嘅 → 的, 喺 → 在, 边个 → 谁 or 哪个, 咩 → 什么,
 * 呢本…系边间出版社出嘅): the report is in Mandarin. Only a question with a Cantonese marker is
 * changed, and only forms that are no part of a Mandarin word (体系, 关系 and 旁边 keep 系 and 边).
 */
export function fromCantonese(text: string): string {
  if (!CANTONESE.test(text)) return text;
  return text
    .replace(/点解/g, '为什么')
    .replace(/几多(?!年)/g, '多少')
    .replace(/几时/g, '什么时候')
    .replace(/乜嘢/g, '什么')
    .replace(/点样/g, '怎么样')
    .replace(/接落嚟/g, '接下来')
    .replace(/边度|边处/g, '哪里')
    .replace(/呢度/g, '这里')
    .replace(/几年到几年/g, '哪年到哪年')
    .replace(/以边个/g, '以什么')
    .replace(/边个(?=[区间家所条位种类项机部单学医组网])/g, '哪个')
    .replace(/边个/g, '谁')
    .replace(/[喺在]边(?![界境缘])/g, '在哪')
    .replace(/(?<![旁身周这那两一左右东西南北前后外里上下半无])边(?=[几条间位种年日啲一所家])/g, '哪')
    .replace(/呢(?=[篇个份本条啲度次种位间方])/g, '这')
    .replace(/(?<![体关联派维院直世谱星父母])系(?![统列数谱])/g, '是')
    .replace(/嘅/g, '的')
    .replace(/喺/g, '在')
    .replace(/[咩乜]/g, '什么')
    .replace(/咗/g, '了')
    .replace(/嚟/g, '来')
    .replace(/嗰/g, '那')
    .replace(/佢/g, '他')
    .replace(/哋/g, '们')
    .replace(/唔/g, '不')
    .replace(/冇/g, '没有')
    .replace(/啲/g, '些')
    .replace(/畀/g, '给')
    .replace(/睇/g, '看')
    .replace(/揾/g, '找')
    .replace(/咁/g, '这么');
}

/** A clause about the one asking: their work, their chat, what they want it for. */
const ASKER =
  /^(?:想|打算|准备|要给|帮|(?:saw|seen|heard|read|noticed|came across|stumbled (?:on|upon|across)|got sent|was sent)\b)|我|咱|同事|老板|领导|(?<!小)朋友|孩子他|\b(?:i|i'm|i've|i'd|my|me|we|we're|our|us|colleague|colleagues|manager|boss|friend|friends|team|curious)\b/;

/**
 * A clause of options the asker guesses ("some government think tank or a university?",
 * "政府智库还是高校?") after the clause that asks: context, as a clause about the asker is.
 */
const GUESSED_OPTIONS = /^(?:some|a|an|maybe|probably|like|perhaps)\b[^?]*\bor\b|还是/;
/**
 * True when clause `i` (after the first) guesses the answer rather than asks: options ("some think
 * tank or a uni?"), one guess ("was it Shenzhen University?", "i thought it was nanshan", 我以为是南山),
 * or a bare place after a question asking where, which or who ("…done? nanshan?").
 */
export function guessesAnswer(clauses: readonly string[], i: number): boolean {
  const c = clauses[i];
  if (i === 0 || c === undefined) return false;
  if (GUESSED_OPTIONS.test(c) && !ASKING.test(c.replace(/[?]$/, ''))) return true;
  if (GUESSED_ONE.test(c)) return true;
  // NOTE: a bare place, not a bare attribute ("Which website posted it? Editor?" asks a second thing).
  const asksWhich = clauses.some((x) => /\b(?:where|which|who)\b|哪|谁/.test(x));
  return asksWhich && BARE_GUESS.test(c) && !ASKING.test(c.replace(/[?？]$/, '')) && placesIn(c).length > 0;
}

/** A bare name with a question mark ("nanshan?", "还是南山?"). */
const BARE_GUESS = /^(?:or |maybe |perhaps |probably )?[a-z'-]+(?: [a-z'-]+)?\s*[?？]$|^(?:还是|难道是)?[\u4e00-\u9fff]{2,4}[?？]$/;

/** A single guess put after the question: "was it Shenzhen University?" (a body), "i thought it was nanshan", 我以为是南山. */
const GUESSED_ONE =
  /^(?:or )?(?:was|is) (?:it|that) (?:maybe |perhaps |really )?(?:the |a |an |by |from )?(?:[a-z'-]+ ){0,4}(?:university|academy|institute|press|bureau|department|government|college|centre|center|company|firm|think tank|ngo|commission|office)\s*[?？]?$|^(?:i|we) (?:thought|think|guess|heard|assumed|believe|reckon|figured)\b|^(?:我)?(?:以为|记得|猜|觉得|印象中|好像)(?:是|在)|^是不是[\u4e00-\u9fff]{2,6}(?:啊|呀)?[?？]?$|^是[\u4e00-\u9fff]{2,6}吗[?？]?$/;

/** Hardness of a place named in a question (addRequiredThings); a guessed place loses it (frameAsked). */
const PLACE_HARDNESS = new Set(['own', 'section']);

/** A claim put to the bot to check ("True or false: …", "Is it true that …"). */
const CLAIM_CHECKED = /^(?:quick quiz:?\s*)?(?:true or false|t or f|fact[- ]check)\b|^is it (?:true|correct|right) that\b/;

/**
 * True when a clause after the question asks something itself: an English one opening with a
 * question word ("The GP queues are mental" asks nothing; "is it…" does), a Chinese one by ASKING.
 */
function asksItself(clause: string): boolean {
  return /[a-z]/.test(clause) ? OPENS_QUESTION.test(clause) : ASKING.test(clause);
}

/** A clause after the question that narrows it ("Especially the one about standards", 尤其是…): no remark. */
const NARROWING =
  /^(?:especially|specifically|particularly|in particular|mainly|mostly|only|just|esp|and|also|plus|(?:the|that|this|those|these) (?:[a-z-]+ )?(?:one|ones|part|parts|bit|figure|number)\b|特别|尤其|主要|就是|只要|只|那|这|还有|以及|另外|重点)/;

/** English words that ask: question words and the auxiliaries a yes-no question opens with. */
const EN_QUESTION_WORDS = 'what|which|who|whom|whose|when|where|why|how|is|are|was|were|do|does|did|can|could|has|have|had';

/** A clause that asks something: a question word or mark (the mark stays with its clause). */
const ASKING = new RegExp(`[?]$|多少|几|什么|啥|哪|谁|吗|呢|怎|为何|如何|是否|有没有|是不是|\\b(?:${EN_QUESTION_WORDS})\\b`);

/** An English clause that opens with a question word (or "and"/"or" going on with the question). */
const OPENS_QUESTION = new RegExp(`^(?:${EN_QUESTION_WORDS}|and|or)\\b`);

/** Characters that are grammar, not part of a word (的, 了, 是, 在, 吗…): no typo is respelled into or across them. */
const GRAMMAR_CHAR = /[的了着过到在是有和与也都就还又吗呢吧啊呀把被给从向]/;

/** "光X就", "单是X", "仅X一项": a part singled out of a whole ("not only", 不光, is no such marker). */
const ZH_PART =
  /(?<![不])(?:光|单|单单|仅|仅仅|只)是?([\u3400-\u9fff]{2,6}?)(?:就|一项|一类|这一项|这一块)|(?:里面|里头|当中|里|中|内)[,，]\s*([\u3400-\u9fff0-9]{2,8}?)占(?:了)?(?:多少|几|百分之)/;
/** "on education alone", "public rental housing units alone", "just the criminal ones", "went to education specifically", "spend just on education". */
const EN_PART =
  /\b((?:[a-z0-9-]+ ){0,3}?[a-z0-9-]+) alone\b|\bjust (?:the )?((?:[a-z-]+ ){0,2}?[a-z-]+) ones\b|\b(?:to|on|for|into) ((?:[a-z-]+ ){0,2}?[a-z-]+) (?:specifically|in particular|exclusively|by itself)\b|\b(?:just|only|solely|exclusively|specifically) (?:on|for|to|into) (?:the )?([a-z-]+)\b/;

/** The words of the part a question singles out, each with its forms (see QueryTerms.partThings). */
function partThings(text: string, known: (w: string) => boolean, lexicon: Lexicon): string[][] | undefined {
  const partMatch = ZH_PART.exec(text);
  const zh = partMatch?.[1] ?? partMatch?.[2];
  if (zh) {
    // NOTE: verbal nouns (教育, 支出) are the part here, so word classes are not asked.
    const words = chineseWords(zh, known).filter((w) => w.length >= 2 && !ZH_FRAME.has(w) && !ZH_STOP.has(w));
    // NOTE: a numbered part ("1号线") must be named as written.
    const numbered = zh.match(/\d+[\u3400-\u9fff]{1,2}/g) ?? [];
    if (words.length + numbered.length > 0) return [...words.map((w) => lexicon.zhForms(w)), ...numbered.map((n) => [n])];
  }
  const en = EN_PART.exec(text);
  const phrase = en?.[1] ?? en?.[2] ?? en?.[3] ?? en?.[4];
  if (!phrase) return undefined;
  // NOTE: the part is the noun phrase just before "alone": a verb or preposition ends it ("spend on education").
  const words: string[] = [];
  for (const w of englishWords(phrase).reverse()) {
    if (isEnglishStopword(w)) break;
    // NOTE: a verb is skipped ("spend alone"); a word in -ing before a noun names it ("housing units").
    if (!EN_FRAME.has(w) && (!looksPredicate(w) || (/ing$/.test(w) && words.length > 0))) words.unshift(w);
  }
  const parts = words.map((w) => [...new Set(lexicon.enForms(w).flat())]).filter((forms) => forms.length > 0);
  return parts.length > 0 ? parts : undefined;
}

/**
 * Kinds whose members are named without the kind word ("which districts" → Futian and Nanshan;
 * 哪个部门 → 民政局), unlike a park, a university or an association: no answer need say them.
 */
const BARE_NAMED = new Set(
  'district districts area areas field fields domain domains sector sectors group groups step steps measure metric metrics indicator indicators category categories city cities province provinces country countries department departments region regions place places part parts street streets subdistrict subdistricts qualities attributes adjectives 部门 城市 地方 地区 区域 街道 省份 国家 单位'.split(
    ' ',
  ),
);

/** Attributes any subject has (总数, 比例): asking for them says nothing about which fact answers. */
const GENERIC_ATTRIBUTES = new Set(
  '总数 总量 数量 数目 人数 个数 领域 环节 步骤 规模 比例 比重 占比 金额 数字 情况 时间 日期 年份 月份 结构 号码 电话 名字 名称 多少 数额 总额 增幅 降幅 幅度 速度 结果 区间 范围 群体 人群 类型 种类 类别'.split(
    ' ',
  ),
);

/** Two-character attribute words a homophone typo is fixed to (see fixAttributeTypos). */
const ATTRIBUTE_WORDS = [...GENERIC_ATTRIBUTES].filter((w) => w.length === 2);

const CLAUSE_START = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'which', 'who', 'it', 'they', 'he', 'she', 'we', 'you', 'i', 'shenzhen']);

/** Words in an asked attribute's phrase that the answer need not contain: numbers, "one", time. */
const NOT_ATTRIBUTES = new Set(
  'one ones first second third fourth fifth last two three four five six seven eight nine ten now then today currently still also really actually actual exact precise real exactly full complete official formal title titles other another component components element elements point purpose'.split(
    ' ',
  ),
);

/**
 * The attribute a question asks of its subject, which the answer must itself name:
 * "破案率是多少" → 破案率, "主编是谁" → 主编, "哪条线路" → 线路, "who is the chief editor" → chief, editor.
 */
function askedAttributes(
  text: string,
  known: (w: string) => boolean,
  isTerm?: (w: string) => boolean,
): Array<{ word: string; script: 'zh' | 'en'; which?: true }> {
  const out: Array<{ word: string; script: 'zh' | 'en'; which?: true }> = [];
  const keep = (word: string | undefined, which?: true) => {
    // NOTE: "建设量" is the amount of 建设: the amount is asked, the thing must be there.
    const w = word && word.length >= 3 && word.endsWith('量') ? word.slice(0, -1) : word;
    if (w && !ZH_FRAME.has(w) && !ZH_STOP.has(w) && !GENERIC_ATTRIBUTES.has(w) && chineseWordClass(w) !== 'predicate')
      out.push(which ? { word: w, script: 'zh', which } : { word: w, script: 'zh' });
  };
  // NOTE: only with a copula (破案率是多少, 主编是谁): "加了多少" asks about a verb, not an attribute.
  // NOTE: "中心有多少个心理咨询师" counts what follows (see countedNouns); "常住人口一共多少" asks an
  // attribute, and so does a rate, a line or a price right before 多少 ("录取分数线多少").
  const before =
    /([\u3400-\u9fff]{2,8}?)[”’"'》」』]?(?:是多少|(?:有多少|一共(?:有)?多少|总共(?:有)?多少|共有多少)(?![个家所项条种类名位批张套件户人]?(?![万亿千百])[\u3400-\u9fff]{2})|(?<=[线率价费])多少|是谁|是哪位|叫什么名字|叫什么|叫啥|在哪里|在哪儿|在哪(?![个家所位条座些一几两三四五六七八九十\d]))/.exec(
      text,
    );
  // NOTE: "在国内是谁先提的": a place the question is set in is no attribute; what follows the
  // place may be ("在广东的录取分数线是多少" → 分数).
  // NOTE: "能吃午饭、睡午觉的有多少所": a 的 clause before 有多少 describes the things counted (the
  // schools left unsaid); it is no attribute.
  if (before?.[1] && !/的$/.test(before[1])) {
    const words = chineseWords(before[1], known, isTerm);
    if (/[在于从]$/.test(text.slice(0, before.index))) words.shift();
    keep(words.at(-1));
  }
  // NOTE: "哪个部门牵头", "which department leads": the kind of thing asked for follows 哪/which.
  // NOTE: "哪两种治理" asks two kinds of 治理 as "哪种" asks one.
  const which = /哪[一两二三四五六七八九十几]?[个家所位条座种类项](?!些)([\u3400-\u9fff]{2,6})/.exec(text);
  if (which?.[1]) {
    // NOTE: the head of the noun phrase: the last of the leading nouns ("哪所外地名校" → 名校).
    // NOTE: only nouns that follow each other ("哪个园区当例子": 当 ends the noun phrase).
    const phrase = which[1];
    let head: string | undefined;
    let at = 0;
    for (const w of chineseWords(phrase, known)) {
      // NOTE: a comparative ends it too ("哪一类降幅更大" asks a 降幅, not a 更大).
      if (
        w.length < 2 ||
        /^[更最较]/.test(w) ||
        chineseWordClass(w) !== undefined ||
        chineseWordClass(w.slice(0, 2)) === 'predicate' ||
        phrase.indexOf(w, at) !== at
      )
        break;
      head = w;
      at += w.length;
    }
    // NOTE: a one-character head after it is the kind asked ("哪条地铁线" asks a 线, not a 地铁).
    const after = head ? phrase[at] : undefined;
    // NOTE: "哪所总部在东北的名校": a noun followed by 在 is the subject of a clause, not the kind asked.
    const rest = text.slice((which.index ?? 0) + which[0].length - which[1].length);
    if (head && rest.startsWith(head) && /^[在于][\u3400-\u9fff]{1,4}的/.test(rest.slice(head.length))) head = undefined;
    if (head && after && /[线路号站区镇村街校院馆园]/.test(after)) head += after;
    keep(head, true);
  }
  // NOTE: a one-character kind at the end ("专列跑的是哪条线?", "在哪条线跑?") is asked as well.
  const single = /哪[一两二三四五六七八九十几]?[条个座所]([线路站])(?=[跑走开通行]?(?:[?？,，。!！吗呢啊呀]|$))/.exec(text)?.[1];
  if (single && !out.some((o) => o.which)) out.push({ word: single, script: 'zh', which: true });
  // NOTE: a modifier may come first ("which tech company built"), a place after ("which park in Longgang is").
  const enWhich =
    /\bwhich (?:((?!of\b)[a-z]+) )?([a-z]+)(?: (?:(?:out|over|down|up) )?(?:in|at|from|under) [a-z']+(?: district)?)? (does|did|do|is|was|are|were|has|have|had|leads?|led|runs?|ran|built|organi[sz]ed|started|launched)\b/.exec(
      text,
    );
  // NOTE: a term of two words is asked whole ("which publishing house": a press, not a house).
  const modified = enWhich?.[1] ? `${enWhich[1]} ${enWhich[2]}` : undefined;
  const noun = modified && isTerm?.(modified) ? modified : enWhich?.[2];
  if (noun && !isEnglishStopword(noun) && !EN_FRAME.has(noun) && !EN_COUNT_VAGUE.has(noun) && !BARE_NAMED.has(noun) && !isFraming(noun, 'en'))
    out.push({ word: noun, script: 'en' });
  // NOTE: the kind asked for, to prefer an answer that names one, is the noun before the verb
  // ("which industrial park did" → park), even one the lexicon lists as a verb too.
  // NOTE: or the last words ("built around which park?").
  const lastWhich = /(?:\b(?:around|in|at|on|by|from|under|with|to|of|for)|\s[-–—,:;]) which (?:[a-z]+ )?([a-z]+)\s*[?.!]?\s*$/.exec(text)?.[1];
  const kind = enWhich && /^(?:does|did|do|is|was|are|were|has|have|had)$/.test(enWhich[3] as string) ? noun : lastWhich;
  if (kind && !isEnglishStopword(kind) && !EN_FRAME.has(kind) && !EN_COUNT_VAGUE.has(kind) && !/(?:ing|ed|ly)$/.test(kind))
    out.push({ word: kind, script: 'en', which: true });
  // NOTE: "哪个部门牵头", "谁牵头": what the asked agent did must be in the answer too, or the fact
  // names no one who did it. (In English the verb moved the answer to another subject's fact.)
  const agentZh =
    /(?:哪个|哪家|哪一个|哪一家)(?:部门|单位|机构|公司|组织|企业)(?:来)?([\u3400-\u9fff]{2})/.exec(text)?.[1] ??
    /谁(?:来)?([\u3400-\u9fff]{2})/.exec(text)?.[1];
  // NOTE: "哪个单位牵头编的": 牵头 leads another verb, which is what was done (see LEAD_AGENT).
  const leadsVerb = agentZh !== undefined && /^(?:牵头|负责|带头|主导|联合|共同|一起|具体)$/.test(agentZh) && LEAD_AGENT.test(text);
  // NOTE: "谁最先建起", "谁更容易": an adverb after 谁 is no verb of the agent's.
  // NOTE: "谁家孩子更多": 谁家 is "whose", not 谁 doing 家孩.
  const adverb = agentZh !== undefined && /^[的来最更首率先比会能在是都也还就已家]/.test(agentZh);
  if (agentZh && !leadsVerb && !adverb && !agentZh.endsWith('的') && !ZH_STOP.has(agentZh)) out.push({ word: agentZh, script: 'zh' });
  // NOTE: "name one social group in Yantian that…", "give an example of a hospital": an instance is asked.
  const instance =
    /\b(?:name|give(?: me)?|list) (?:one|a|an|some|any|two|three|(?:an? )?examples? of(?: an?)?) ((?:[a-z'-]+ ){0,2}?[a-z'-]+?)(?: (?:that|which|who|in|from|of|with|at|for|to)\b|[?.,]|$)/.exec(
      text,
    )?.[1];
  if (instance && !isEnglishStopword(instance) && !EN_FRAME.has(instance)) out.push({ word: instance, script: 'en', which: true });
  const en =
    /(?<!\b(?:beyond|than|from|of|about|into|with|for|on|at|by|to|over|under|like) )\b(?:what|who|which)(?: is| was| are| were)? (?:the|(?:[a-z]+ )?[a-z']+'s) ([a-z' -]{3,40}?)(?= of\b| for\b| in\b| at\b| on\b| did\b| does\b| do\b| has\b| have\b|[?.,]|$)/.exec(
      text,
    );
  if (en?.[1]) {
    // NOTE: the attribute is the noun phrase; a verb ends it ("'district brain' meant to achieve"),
    // and a participle is no part the answer must hold ("guiding objective" → objective).
    const phrase: string[] = [];
    const words = englishWords(en[1]);
    for (const [i, w] of words.entries()) {
      if (phrase.length > 0 && (/(?:ing|ed|ly)$/.test(w) || (isEnglishPredicate(w) && words[i + 1] === 'to'))) break;
      // NOTE: a determiner or pronoun starts a relative clause ("the six sections the report is split into").
      if (phrase.length > 0 && CLAUSE_START.has(w)) break;
      phrase.push(w);
    }
    for (const w of phrase.slice(-3)) {
      if (!isEnglishStopword(w) && !EN_FRAME.has(w) && !EN_COUNT_VAGUE.has(w) && !NOT_ATTRIBUTES.has(w) && !/(?:ing|ed)$|^\d/.test(w))
        out.push({ word: w, script: 'en' });
    }
  }
  return out;
}

/**
 * True when a term of 3 or 4 characters (人才房) begins at `at` in `text` (two are too often a
 * measure word's own compound: 人次).
 */
function beginsTerm(text: string, at: number, isTerm: (w: string) => boolean): boolean {
  for (let n = 3; n <= 4 && at + n <= text.length; n++) if (isTerm(text.slice(at, at + n))) return true;
  return false;
}

/**
 * The thing a quantity question counts, which the answering fact must name itself:
 * "多少张养老床位" → 养老, 床位; "how many extra hospital beds" → beds.
 */
function countedNouns(
  text: string,
  known: (w: string) => boolean,
  isTerm: (w: string) => boolean,
): Array<{ word: string; script: 'zh' | 'en'; modifier?: true }> {
  const out: Array<{ word: string; script: 'zh' | 'en'; modifier?: true }> = [];
  // NOTE: "几年", "多少天" count time itself; what follows is no counted thing ("连续几年高速下降").
  const zh = /(?:多少|(?<![哪这那近前过第])几)([个家所项条种类名位批张套件户元岁人年月天次])?([\u3400-\u9fff]{2,6})/.exec(text);
  // NOTE: "多少人才房": a measure character that begins a term (人才房) is part of the thing counted.
  if (zh?.[1] && beginsTerm(text, (zh.index ?? 0) + zh[0].length - (zh[2]?.length ?? 0) - 1, isTerm)) {
    zh[2] = `${zh[1]}${zh[2]}`;
    zh[1] = undefined as unknown as string;
  }
  // NOTE: "多少人坐": a measure character and one verb character (坐) count no thing; the measure
  // is the unit asked.
  if (zh && !zh[1] && zh[2]?.length === 2 && /^[个家所项条种类名位批张套件户元岁人年月天次]/.test(zh[2]) && !known(zh[2]) && !isTerm(zh[2])) zh[2] = '';
  // NOTE: "多少个与儿童紧密相关的领域": a measure word then a 的 clause; the head after 的 is counted.
  const head = zh?.[1] ? /^[\u3400-\u9fff]{1,10}?的([\u3400-\u9fff]{2,6})/.exec(text.slice((zh.index ?? 0) + zh[0].length - (zh[2]?.length ?? 0))) : null;
  if (zh && head?.[1]) zh[2] = head[1];
  // NOTE: "多少比例的学校" asks a share, not a count of 比例.
  if (zh?.[2] && !/[年月天次]/.test(zh[1] ?? '') && !/^(?:比例|比重|占比|百分比)/.test(zh[2])) {
    // NOTE: the report's own terms stay whole (社会组织, not 社会 + 组织); a word it never uses is
    // still the thing counted (几块钱 → 块钱).
    // NOTE: a person named by a suffix (失信者, 心理咨询师) is counted whole: the report must name them.
    const person = /^[\u3400-\u9fff]{1,4}?[者师员]/.exec(zh[2])?.[0];
    if (person && person.length >= 3) out.push({ word: person, script: 'zh' });
    // NOTE: so is one described by a 的 clause: "多少失信的人" counts 失信者.
    const described = /^([\u3400-\u9fff]{2,4})的人/.exec(zh[2])?.[1];
    if (described) out.push({ word: `${described}者`, script: 'zh' });
    const words = chineseWords(zh[2], known, isTerm);
    // NOTE: "市直部门有多少家接入数据库": a verb after the measure word makes the noun before 有 the
    // thing counted (the departments), not the object of the verb (the database).
    const subject =
      zh[1] &&
      /^(?:接入|接了|联通|连通|参加|参与|加入|获得|入选|开通|开展|建成|完成|实现|进入|使用|申请|通过|达到|提供|入驻|签约|登记|注册|成立)/.test(zh[2] as string)
        ? /([\u3400-\u9fff]{2,8})(?:一共|总共|共|都)?有$/.exec(text.slice(0, zh.index))?.[1]
        : undefined;
    const subjectWords = subject
      ? chineseWords(subject, known, isTerm).filter((w) => w.length >= 2 && chineseWordClass(w) === undefined && !ZH_FRAME.has(w) && !ZH_STOP.has(w))
      : [];
    if (subjectWords.length > 0) out.push({ word: subjectWords.at(-1) as string, script: 'zh' });
    // NOTE: "从多少涨到多少": a verb with its complement (涨到, 变成) is no counted thing.
    else
      for (const w of (words.length > 0 ? words : chineseWords(zh[2])).slice(0, head ? 1 : 3))
        if (!ZH_FRAME.has(w) && chineseWordClass(w) !== 'predicate' && !/[到成为了]$/.test(w)) out.push({ word: w, script: 'zh' });
  }
  // NOTE: "How many 社工 are employed": a Chinese term counted in an English question.
  const zhInEnglish = /\bhow many ([\u3400-\u9fff]{2,8})/.exec(text)?.[1];
  if (zhInEnglish) out.push({ word: zhInEnglish, script: 'zh' });
  // NOTE: a parenthesis is an aside ("grade-a tertiary (sanjia) hospitals"), and a hyphenated
  // compound is one word: a modifier ("city-level departments"), or a head named by its last part
  // ("sub-platforms" counts platforms).
  const lastParts = new Map<string, string>();
  const joined = text.replace(/\([^)]*\)/g, ' ').replace(/[a-z0-9]+(?:-[a-z0-9]+)+/g, (compound) => {
    const word = compound.replace(/-/g, '');
    lastParts.set(word, compound.slice(compound.lastIndexOf('-') + 1));
    return word;
  });
  // NOTE: "what was X's (resident) population" counts people as "how many residents" does.
  // NOTE: "how many people were injured" counts the injured: what befell them is the thing counted.
  // (Not a plain state: "how many pupils were enrolled" counts pupils.)
  const befell =
    /\bhow many (?:[a-z]+ )?(?:people|persons|residents|children|kids|students|pupils|workers|families|households) (?:were|was|got|have been|had been|get) (injured|hurt|wounded|killed|dead|arrested|detained|jailed|fined|punished|infected|hospitali[sz]ed|rescued|evicted|displaced|laid off|unemployed)\b/.exec(
      joined,
    )?.[1];
  if (befell && !EN_FRAME.has(befell) && !isEnglishStopword(befell)) out.push({ word: befell, script: 'en' });
  // NOTE: "the student headcount" counts students.
  const population = /\bwhat(?:'s| is| was| were)\b[^?]*?\b(?:([a-z]+) )?(population|headcount)\b/.exec(joined);
  const counted =
    population?.[1] && !isEnglishStopword(population[1]) && !/'s$|^(?:total|overall|resident|permanent|registered)$/.test(population[1])
      ? population[1]
      : population?.[2];
  if (counted) out.push({ word: counted, script: 'en' });
  // NOTE: modifiers may be listed with commas ("the biggest, top-tier (level-3) hospitals").
  const en =
    /\b(?:how many|(?:what|which)(?: is| was|'s) the (?:total |average |exact |overall )?number of)\s+([a-z0-9' ]{3,60}(?:, [a-z0-9'() -]{3,60})?)/.exec(
      joined,
    );
  if (en?.[1]) {
    const group: string[] = [];
    const counting = englishWords(en[1]);
    const owners = new Set([...en[1].matchAll(/\b([a-z]+)'s\b/g)].map((m) => m[1] as string));
    for (let i = 0; i < counting.length; i++) {
      const w = counting[i] as string;
      // NOTE: an adverb before a participle ("officially registered", "newly opened") qualifies
      // it; the participle then leads to the noun as any modifier does.
      if (group.length === 0 && /..ly$/.test(w) && /(?:ed|ing|en)$/.test(counting[i + 1] ?? '')) continue;
      if (w === 'of' && group.length > 0 && EN_COUNT_VAGUE.has(group.at(-1) as string)) {
        group.length = 0;
        continue;
      }
      if (w === 'a' || w === 'an' || w === 'the') continue;
      // NOTE: an owner ("of the city's registered non-profits") is not the thing counted; what it owns is.
      if (group.length === 0 && owners.has(w) && i + 1 < counting.length) continue;
      // NOTE: "affordable and policy-supported housing": two modifiers joined, then the noun they share.
      if ((w === 'and' || w === 'or') && group.length > 0 && group.length <= 2 && !/s$/.test(group.at(-1) as string)) continue;
      // NOTE: a number names the thing ("110 reports", "grade 3 hospitals"), it does not end it.
      if (/^\d/.test(w)) continue;
      if (EN_COUNT_STOP.test(w)) break;
      // NOTE: "how many psychologists work at": what the counted do ends the thing counted.
      if (group.length > 0 && EN_COUNT_VERBS.test(w)) break;
      // NOTE: a plural noun and then a verb's base form are subject and verb ("agencies feed").
      if (group.length > 0 && /[^s]s$/.test(group.at(-1) as string) && !/s$/.test(w) && looksPredicate(w)) break;
      // NOTE: leading frame words are adjectives ("extra hospital beds"); after the noun they are verbs ("psychologists work").
      if (EN_FRAME.has(w) || isEnglishStopword(w)) {
        // NOTE: a frame noun can close the group ("small livelihood projects"); a verb ends it.
        if (group.length > 0 && !isEnglishStopword(w) && !looksPredicate(w)) {
          group.push(w);
          continue;
        }
        if (group.length > 0) break;
        continue;
      }
      // NOTE: a hyphenated modifier ("policy-supported housing") goes on to its noun.
      if (group.length > 0 && /(ing|ed)$/.test(w) && w.length > 5 && !ING_NOUNS.has(w) && !lastParts.has(w)) break;
      group.push(w);
    }
    const last = group.at(-1);
    const head = last === undefined ? undefined : (lastParts.get(last) ?? last);
    if (head && !EN_COUNT_VAGUE.has(head) && !EN_FRAME.has(head) && !isEnglishStopword(head) && !['people', 'persons', 'times'].includes(head)) {
      out.push({ word: head, script: 'en' });
      // NOTE: the noun right before it names which of them ("grid workers", "school seats"): the
      // answer or a clause beside it must name it too. (Words in -al are mostly adjectives: local.)
      const w = group.at(-2);
      if (w && !isTerm(`${w} ${last}`) && !looksPredicate(w) && !/al$/.test(w) && !EN_FRAME.has(w) && !isEnglishStopword(w) && !w.includes('-'))
        out.push({ word: w, script: 'en', modifier: true });
    }
  }
  return out;
}

/**
 * Chinese words of a question: segmenter words minus stopwords, with runs of single
 * characters joined back ("警/情" → 警情), since the segmenter splits rare words.
 */
export function chineseWords(
  text: string,
  known?: (word: string) => boolean,
  isTerm?: (word: string) => boolean,
  isKeyword?: (word: string) => boolean,
  soundsLike?: (word: string) => string | undefined,
): string[] {
  // NOTE: single characters are never joined across a space or punctuation.
  const chunks = text.split(/[\s,.?!;:，。？！；：、]+/).filter(Boolean);
  if (chunks.length > 1) return chunks.flatMap((chunk) => chineseWords(chunk, known, isTerm, isKeyword, soundsLike));
  const out: string[] = [];
  let run = '';
  // NOTE: a two-character word the report never uses that sounds like one of its words, with
  // one character the same, is that word mistyped (锻练 → 锻炼, 建意 → 建议).
  // NOTE: only characters the segmenter left single: a word it knows (新鲜, 时事) is no typo.
  const respell = (word: string) => (word.length === 2 && known && !known(word) ? soundsLike?.(word) : undefined) ?? word;
  const push = (word: string) => {
    for (const piece of known ? splitUnknown(word, known) : [word]) out.push(piece);
  };
  const flush = () => {
    // NOTE: single characters joined back are kept only when they make a word the report knows
    // (警/情 → 警情), or a longer name; "人/坐" is not a word.
    let word = run.length === 2 ? respell(run) : run;
    // NOTE: a mistyped word beside a single character (单为|到) is respelled on its own; the
    // character left over is grammar.
    if (run.length === 3 && known && !known(run)) {
      const [head, tail] = [run.slice(0, 2), run.slice(1)];
      if (respell(head) !== head && GRAMMAR_CHAR.test(run[2] as string)) word = respell(head);
      else if (respell(tail) !== tail && GRAMMAR_CHAR.test(run[0] as string)) word = respell(tail);
    }
    if (word.length >= 3 || (word.length === 2 && (!known || known(word)))) push(word);
    run = '';
  };
  const segments = known ? mergeKnown(segmentChinese(text), known, isTerm) : segmentChinese(text);
  for (const segment of known && isKeyword ? resplitUnknown(segments, known, isKeyword) : segments) {
    // NOTE: a word with its particle (搞了, 起了, 新的) is the word alone: the particle is grammar.
    // NOTE: so is a grammar character with 的 (新的, 大的), known to the report or not.
    const w =
      segment.length === 2 && /[了着过的]$/.test(segment) && (!known?.(segment) || (segment.endsWith('的') && ZH_STOP.has(segment[0] as string)))
        ? (segment[0] as string)
        : segment;
    // NOTE: "历史性变化": an adjective made with 性 from a word the report never uses frames the question.
    if (w === '性' && known && run === '' && out.length > 0 && !known(out.at(-1) as string)) {
      out.pop();
      continue;
    }
    if (ZH_STOP.has(w)) {
      flush();
      continue;
    }
    if (w.length === 1) run += w;
    else {
      flush();
      push(w);
    }
  }
  flush();
  return out.filter((w) => ![...w].every((ch) => FUNCTION_CHARS.has(ch)) && !ZH_STOP.has(w));
}

/**
 * Joins a stray single character to its neighbours when together they make a term the report
 * knows (块/数据 → 块数据), since the segmenter does not know the report's own terms. Words
 * that stand on their own (社会/组织) stay apart, so each can match on its own.
 */
function mergeKnown(segments: string[], known: (w: string) => boolean, isTerm: (w: string) => boolean = () => false): string[] {
  const out: string[] = [];
  for (let i = 0; i < segments.length; ) {
    let best = 1;
    let joined = segments[i] as string;
    for (let j = i + 1; j < Math.min(segments.length, i + 4); j++) {
      joined += segments[j];
      if (joined.length > 8 || !HAN_ONLY.test(joined)) break;
      // NOTE: only a leading content character joins (块 + 数据), never grammar (的, 和, 年: "年深圳"),
      // and never a trailing one ("住房占" is a word and a verb, not a term).
      const first = segments[i] as string;
      const leads = first.length === 1 && !FUNCTION_CHARS.has(first) && !ZH_STOP.has(first) && (segments[j] as string).length > 1;
      // NOTE: characters that already make a word (龙|华|区 → 龙华区) do not lead the word after them (推进).
      const before = joined.slice(0, joined.length - (segments[j] as string).length);
      const wordBefore = before.length >= 2 && segments.slice(i, j).every((x) => x.length === 1) && isTerm(before);
      if (joined.length >= 3 && joined.length <= 5 && leads && known(joined) && !wordBefore) best = j - i + 1;
      // A synonym-list entry joins whatever its parts (第二个 + 孩子 → 第二个孩子), and two content
      // characters the segmenter left apart (小 + 编 → 小编).
      else if (joined.length >= 3 && isTerm(joined)) best = j - i + 1;
      else if (
        joined.length === 2 &&
        ![...joined].some((ch) => FUNCTION_CHARS.has(ch)) &&
        isTerm(joined) &&
        !loneContent(segments[i - 1]) &&
        !loneContent(segments[i + 2])
      )
        best = 2;
    }
    out.push(segments.slice(i, i + best).join(''));
    i += best;
  }
  return out;
}

/**
 * Re-reads a stretch the segmenter cut wrongly ("深/大和南/科/大": single characters and words the
 * report never uses) by the report's own keywords, longest first (深大, 和, 南科大).
 */
function resplitUnknown(segments: string[], known: (w: string) => boolean, isKeyword: (w: string) => boolean): string[] {
  const out: string[] = [];
  for (let i = 0; i < segments.length; ) {
    let j = i;
    let unknownWord = false;
    while (j < segments.length && HAN_ONLY.test(segments[j] as string) && ((segments[j] as string).length === 1 || !known(segments[j] as string))) {
      // NOTE: only a stretch with a longer word no dictionary knows (大和南) was cut wrongly;
      // a plain word the report does not use (愿意) was not.
      if ((segments[j] as string).length >= 3 && chineseWordClass(segments[j] as string) === undefined) unknownWord = true;
      j++;
    }
    if (!unknownWord || j - i < 2) {
      out.push(...segments.slice(i, Math.max(j, i + 1)));
      i = Math.max(j, i + 1);
      continue;
    }
    const span = segments.slice(i, j).join('');
    const words: string[] = [];
    let found = false;
    for (let at = 0; at < span.length; ) {
      let len = Math.min(5, span.length - at);
      // NOTE: a keyword with grammar in it (成了, 愿意生) would cut a verb from its particle or object.
      const fits = (w: string) => isKeyword(w) && !ZH_STOP.has(w) && ![...w].some((ch) => FUNCTION_CHARS.has(ch));
      while (len >= 2 && !fits(span.slice(at, at + len))) len--;
      if (len >= 2) found = true;
      words.push(span.slice(at, at + Math.max(len, 1)));
      at += Math.max(len, 1);
    }
    out.push(...(found ? words : segments.slice(i, j)));
    i = j;
  }
  return out;
}

const HAN_ONLY = /^[\u3400-\u9fff]+$/;

/** A segment of one content character: part of a run the segmenter split (生/二/孩). */
function loneContent(segment: string | undefined): boolean {
  return segment !== undefined && segment.length === 1 && HAN_ONLY.test(segment) && !FUNCTION_CHARS.has(segment);
}

/** Characters of grammar and chat, not of subjects: a word made only of these says nothing. */
const FUNCTION_CHARS = new Set([
  ...'的了吗呢吧啊呀么嘛哦着过是在有和与及或还也都就又被把给对从向跟让用要会能可该这那哪谁啥咋怎样个些几多少点儿里上下来去说讲问想看听知道得很太最更挺真才刚再已曾将正吧哈呗啦喽嘞诶哎唉嗯喔噢呃边篇本份位种次回下头其它他她您我你们叫名人所家张条项件套座批户',
]);

/**
 * Splits a word the report does not know into the longest pieces it does know
 * (龙岗天安云谷定 → 龙岗, 天安云谷; 客流同比 → 客流, 同比); unknown leftovers of two or more
 * characters stay as they are.
 */
function splitUnknown(word: string, known: (w: string) => boolean): string[] {
  if (word.length <= 2 || known(word)) return [word];
  const pieces: string[] = [];
  let rest = '';
  let i = 0;
  while (i < word.length) {
    let len = Math.min(6, word.length - i);
    while (len >= 2 && !known(word.slice(i, i + len))) len--;
    if (len >= 2) {
      if (rest.length >= 2) pieces.push(rest);
      rest = '';
      pieces.push(word.slice(i, i + len));
      i += len;
    } else {
      rest += word[i];
      i++;
    }
  }
  if (rest.length >= 2) pieces.push(rest);
  return pieces;
}

function weigh(word: string, alternatives: string[], script: 'zh' | 'en', stats: WordStats, framed = true): { weight: number; known: boolean } {
  if (framed && (script === 'zh' ? ZH_FRAME.has(word) : EN_FRAME.has(word) || EN_FRAME.has(stem(word)))) return { weight: FRAME_WEIGHT, known: true };
  let df = 0;
  for (const alt of alternatives) {
    // NOTE: a phrase is as rare as its rarest word.
    const d = script === 'zh' ? stats.zhDf(alt) : Math.min(...englishTerms(alt).map((t) => stats.enFrequency(t)));
    if (Number.isFinite(d)) df = Math.max(df, d);
  }
  const share = df / Math.max(1, stats.factCount);
  if (share > 0.3) return { weight: 0.15, known: true };
  if (df === 0) return { weight: script === 'en' ? unknownEnglishWeight(word) : unknownChineseWeight(word), known: false };
  return { weight: 1 + Math.log(1 + 1 / (share + 0.02)) / 4, known: true };
}

/**
 * True for a word that frames a question rather than names its subject: a Chinese verb,
 * adjective or grammar word (jieba), a frame word (变化) or a generic attribute (年份); an English
 * frame word, verb, adjective, adverb or function word (compromise's lexicon), or a word shaped
 * like one (-ly, -ed, -ing). Nouns, names and phrases are subjects. Plural nouns are not stripped
 * to a verb ("residents" is not "resident" the adjective).
 */
function isFraming(word: string, script: 'zh' | 'en'): boolean {
  if (script === 'zh') return ZH_FRAME.has(word) || GENERIC_ATTRIBUTES.has(word) || chineseWordClass(word) !== undefined;
  if (word.includes(' ') || /\d/.test(word)) return false;
  if (EN_FRAME.has(word) || looksPredicate(word)) return true;
  return false;
}

/**
 * Frames the words said only in context clauses (what the asker grants before "but", or tells of
 * themselves), when the asking clauses name a subject of their own.
 */
function frameContext(words: QueryWord[], context: string[], asking: string[]): void {
  if (!words.some((w) => !w.framing && saidIn(w, asking) && !saidIn(w, context))) return;
  for (const w of words) if (!w.hard && saidIn(w, context) && !saidIn(w, asking)) asFraming(w);
}

/** True when one of the clauses says the word (an English word as a whole word). */
function saidIn(word: QueryWord, clauses: string[]): boolean {
  // NOTE: hyphens as spaces on both sides ("party-building" in a clause the words split apart).
  const text = word.text.replace(/-/g, ' ');
  return clauses.some((c) => (word.script === 'zh' ? c.includes(word.text) : englishWords(c).join(' ').replace(/-/g, ' ').includes(text)));
}

/** Makes a word one that only frames the question (how it is put, not what it is about). */
function asFraming(word: QueryWord): void {
  word.weight = FRAME_WEIGHT;
  word.framing = true;
}

/** Weight of a number in a question: it supports a fact but cannot carry one alone. */
const NUMBER_WEIGHT = 1;

/** Weight of a word the answer must contain (the thing counted, the attribute asked, a place). */
const HARD_WEIGHT = 2.5;

/** Weight of a question-framing word (进展, "level"). */
const FRAME_WEIGHT = 0.3;
/**
 * Weight of a word the report never uses: another subject, so it counts fully against a fact.
 * NOTE: English questions carry more chat filler the report never uses, so they weigh less.
 */
const UNKNOWN_WEIGHT_ZH = 2;

let grammarSoundSet: Set<string> | undefined;
/** The toneless pinyin of every two-character stop word (全市 → quanshi). */
function grammarSounds(): Set<string> {
  grammarSoundSet ??= new Set([...ZH_STOP].filter((w) => w.length === 2).flatMap((w) => pinyinOf(w) ?? []));
  return grammarSoundSet;
}

/**
 * A Chinese word the report never uses: grammar words weigh as little as question words,
 * verbs and adjectives (变成, 承担: often a paraphrase) half as much as nouns (书记, 问卷),
 * which name a subject the report lacks.
 */
function unknownChineseWeight(word: string): number {
  const kind = chineseWordClass(word);
  if (kind === 'grammar') return FRAME_WEIGHT;
  // NOTE: a homophone typo of a grammar word (全是 for 全市) is that word.
  const sound = pinyinOf(word);
  if (sound !== undefined && grammarSounds().has(sound)) return FRAME_WEIGHT;
  // NOTE: a verb cut with its complement or measure word (吃上|午饭, 睡个|午觉, 摊到), or a
  // numeral with the character before it (有三|个, 那一|年), is no subject.
  if (word.length === 2 && (/^[\u3400-\u9fff][个上下到着过完掉起出进回开]$/.test(word) || /[一二两三四五六七八九十几]/.test(word.slice(1))))
    return FRAME_WEIGHT;
  return kind === 'predicate' ? 1 : UNKNOWN_WEIGHT_ZH;
}

/**
 * An English word the report never uses: everyday words (often a paraphrase or chat) weigh
 * less than rare ones (GDP, payroll), which name a subject the report lacks.
 */
function unknownEnglishWeight(word: string): number {
  const rank = englishRank(word);
  if (rank === undefined) return 1.5;
  return rank < 5000 ? 0.9 : 1.2;
}

/**
 * The answer engine: question → the best fact or two, or an honest "the report does not say".
 *
 * A question is answered only when one fact covers its informative words, names no year the
 * fact lacks, and, when it asks for a number, the fact has one (of the asked kind).
 */
import type { Fact, Report } from './knowledge.js';
import { AHEAD_OF_SHENZHEN, AIM_WORDS, analyzeQuestion, guessesAnswer, Lexicon, type QueryTerms, type QueryWord, SHENZHEN_PLACES } from './query.js';
import { enumerates, type Hit, listSizes, PassageIndex } from './search.js';
import { GENERAL_SYNONYMS, NUMBER_GROUPS } from './synonyms.js';
import { englishTerms, englishWords, isEnglishPredicate, isEnglishStopword, looksPredicate, normalize, stem } from './tokenize.js';
import type { Locale } from './types.js';

/** NOTE: questions are cut to this many characters before analysis; the reply says so. */
export const MAX_QUESTION_LENGTH = 500;

/** Two facts answer together only within this many characters (the reply's main text is ≤ 600). */
const MAX_PAIR_LENGTH = 560;

/** A fact must cover at least this share of the question's informative weight. */
const MIN_COVERAGE = 0.6;
/**
 * …or this share, when every informative word the fact misses frames the question (a verb,
 * "特点", "so far") and none names its subject: paraphrases miss verbs, other subjects miss nouns.
 */
const MIN_FRAMED_COVERAGE = 0.5;
/** …and match at least this much weight: one informative word, not just question words. */
const MIN_EVIDENCE = 1.4;

/** The engine's verdict on one question. */
export interface Answer {
  /** The question as analysed (cut to {@link MAX_QUESTION_LENGTH}). */
  question: string;
  locale: Locale;
  answered: boolean;
  /** The answering facts, best first (empty when not answered). */
  facts: Fact[];
  /** Near misses, for "did you mean" suggestions when not answered. */
  related: Fact[];
  truncated: boolean;
}

/**
 * A question about a figure itself: what it is, measures or refers to ("2772亿是啥数字",
 * "134.5万这个数指的是啥", "what's the 335% about", "what does the 5.19 million figure measure",
 * "9711 what?", "9,711 of what?", "0.86 is what exactly", "what's 10325?", "报告里那个75%是指什么的占比"). Four forms; each captures the value
 * and its unit, in groups 1–2, 3–4, 5–6 and 7–8.
 */
const FIGURE_ASKED =
  /^[^\u4e00-\u9fffa-z\d]*(?:(?:报告|文章|蓝皮书|书)(?:里|中|里面)?的?)?(?:那个|这个)?(\d[\d.]*)\s*(%|[万亿]?[个家所项条张套件人元宗次名位批户座]?次?)(?:这个|那个)?(?:数字?|数据|比例|数值|百分比)?(?:是指的?|是|指的是|指|说的是|代表|代表的是|在报告里说的是|在报告里指)?(?:啥|什么)(?:东西)?的?(?:数字?|意思|数据|占比|比例)?[?？]?$|^what(?:'s| is| was| does| do| did) (?:the |this |that )?(\d[\d.]*)\s*(%|percent|million|billion|thousand)?\s*(?:figure |number |stat |statistic )?(?:about|for|measure|mean|refer to|stand for|represent|count|show)\s*[?]?$|^(?:and |so |ok,? |hmm,? )?(?:the |this |that )?(\d[\d.]*)\s*(%|percent|million|billion|thousand)?\s*(?:figure|number|stat|one)?\s*(?:is|=|-|—|:|,)?\s*(?:of )?(?:what|which)(?: (?:figure|number|stat|thing))?(?: exactly| again| about| for)?\s*[?!]*$|^what(?:'s| is| was)? (?:the |this |that )?(\d[\d.]*)\s*(%|percent|million|billion|thousand)?\s*(?:figure|number|stat)?(?: exactly| again| all about| about)?\s*[?!]*$/;

/**
 * The questions asked one after another: split at question marks, or, in Chinese, at the one
 * comma between two clauses that each ask ("哪个网站发的啊,编辑署名是谁?").
 */
function questionParts(question: string): string[] {
  const parts = question
    .split(/(?<=[?？])/)
    .map((p) => p.trim())
    .filter((p) => p.length > 0);
  if (parts.length !== 1) return parts;
  const clauses = question.split(/[,，]/).map((p) => p.trim());
  // NOTE: a question word, not a particle alone ("如果按户籍看呢,谁生的孩子多?" is one question).
  const asks = (c: string) => /[\u4e00-\u9fff]/.test(c) && /哪|谁|什么|啥|多少|几[个家所条位种项年]|怎么|如何/.test(c);
  return clauses.length === 2 && clauses.every(asks) ? clauses : parts;
}

/** The text with thousands separators dropped ("10,325" → "10325"). */
function withoutThousands(text: string): string {
  return text.replace(/(\d),(?=\d{3}\b)/g, '$1');
}

/**
 * "三级医院、三甲医院各有多少家?" asks two counts: "三级医院有多少家?三甲医院有多少家?" (what comes
 * before the pair stays with the first).
 */
function eachAsked(question: string): string {
  return question.replace(
    /([\u4e00-\u9fff]{2,8})[、和与及跟]([\u4e00-\u9fff]{2,8})(?:各|分别)(?:自)?(?:有|是|为)?(多少|几)([\u4e00-\u9fff]{0,3}?)(?:[?？]|$)/,
    (_, a: string, b: string, how: string, unit: string) => `${a}有${how}${unit}?${b}有${how}${unit}?`,
  );
}

/** True when the question names some but not all of the parts a fact counts only together (Fact.together). */
function asksPartOnly(fact: Fact, question: string): boolean {
  const named = (fact.together ?? []).filter((names) => names.some((n) => mentions(question, normalize(n))));
  return named.length > 0 && named.length < (fact.together?.length ?? 0);
}

/** True when a figure is given as a bound in the text (低于300人, 20%以上, 约50万套). */
function isBound(figure: string, zh: string): boolean {
  const at = zh.indexOf(figure);
  if (at < 0) return false;
  return /(?:低于|高于|超过|不到|不足|约|近|逾)$/.test(zh.slice(Math.max(0, at - 2), at)) || /^(?:以上|以下|左右|多)/.test(zh.slice(at + figure.length));
}

/**
 * True when a fact shows the report does not give what is asked (`topicAmong`: judged as the fact
 * the question is about, among these candidates, not as an answer): "which eight hospitals" of a fact
 * that only counts them, "how many of the 652 schools are private" of one with just that number.
 */
function saysNotGiven(fact: Fact, query: QueryTerms, topicAmong?: Fact[]): boolean {
  return (
    // NOTE: the fact the question starts from ("打造了“一中心四基地”, 提供哪几种服务") counts another
    // kind than the one asked, which other facts name: it shows nothing about that kind; as an
    // answer it still lists none.
    // NOTE: nor when the question counts another number of them ("which six fields" of "4 pilot fields").
    (query.asksWhichOnes &&
      countsWithoutList(fact) &&
      !(topicAmong && countsOtherKind(fact, query.text, topicAmong)) &&
      !countsOtherNumber(fact, query.text)) ||
    // NOTE: "“1+10+N”分别指什么": a fact that only names the quoted term does not explain it;
    // one that names its two parts just before it does ("党组织建设和党的工作“两个覆盖”").
    // NOTE: only when the quoted term is what is asked about ("“1+10+N”分别指什么"), not context
    // before another question ("“在地化”标准制定时, 选取了哪6个领域").
    (query.asksWhichOnes &&
      query.quoted.some((q) => {
        const asked = query.text.indexOf(q);
        const clause = asked >= 0 ? (query.text.slice(asked + q.length).split(/[,，;；]/)[0] ?? '') : '';
        if (asked >= 0 && !/分别|指|是哪|是什么|是啥|代表|包括|包含|有哪|\b(?:stands?|means?|refers?|are|were|is)\b/.test(clause)) return false;
        const zh = fact.zh.toLowerCase();
        const at = zh.indexOf(q);
        return q.length >= 3 && at >= 0 && !/和[^,，。“”]{1,10}[“"]$/.test(zh.slice(0, at));
      }) &&
      !/指|即|包括|包含|代表|分别|、|:|：/.test(fact.zh) &&
      !fact.details?.length) ||
    (query.asksQuantity && onlyGivenNumbers(fact, query.givenNumbers)) ||
    // NOTE: "exactly how many died": the fact about it gives only a bound (below 300), so no other
    // fact's figure (a death rate) is the exact number either.
    (query.asksExact && onlyBounds(fact)) ||
    // NOTE: "光教育支出就花了多少", "education alone": a total of nine categories does not say.
    (query.partThings !== undefined &&
      !query.partThings.every((part) =>
        sentenceNames(
          fact,
          part.map((form) => [form]),
        ),
      ))
  );
}

/** True when the fact has counts and every one of them is a bound (低于300人). */
function onlyBounds(fact: Fact): boolean {
  const counts = fact.figures.map((f) => f.zh).filter((f) => !DATE_FIGURE.test(f) && !/年$/.test(f));
  return counts.length > 0 && counts.every((f) => isBound(f, fact.zh));
}

/** True when every count in the fact is a number the question itself gives. */
function onlyGivenNumbers(fact: Fact, given: string[]): boolean {
  const counts = fact.figures.map((f) => f.zh).filter((f) => !DATE_FIGURE.test(f));
  return given.length > 0 && counts.length > 0 && counts.every((f) => givenIn(f, fact, given));
}

/** True when a figure (Chinese form, or its English twin) is one of the question's own numbers. */
function givenIn(zh: string, fact: Fact, given: string[]): boolean {
  const en = fact.figures.find((f) => f.zh === zh)?.en ?? '';
  const numbersOf = (text: string) => text.replace(/(\d),(?=\d{3}\b)/g, '$1').match(/\d+(?:\.\d+)?/g) ?? [];
  return [...numbersOf(zh), ...numbersOf(en)].some((n) => given.includes(n));
}

/** "为啥说X", "why does the report say X": what shows X is asked, not a cause. */
const ASKS_SUPPORT =
  /为啥说|为什么说|为何说|凭什么说|怎么说明|\bwhy (?:is|was|are|were) [^?]{2,60}? said to\b|\bwhy (?:does|do|did) (?:it|they|the (?:[a-z-]+ ){0,2}(?:report|survey|article|study|authors?|book)) (?:say|claim|conclude|think|find|argue|suggest)\b/;

/** Words that give a reason, a purpose or a cause in the report's Chinese. */
const REASON_MARKERS =
  /为了|因为|由于|旨在|目的|目标|来源|因素|原因|顾虑|担心|负担|制约|首个|首次|推动|促进|助力|解决|着力|以便|从而|形成[^,，。]{0,20}(?:动力|合力|机制|格局|主轴)|为.{0,20}提供|需要|要求|压力/;

/** True when a fact names a place only as one Shenzhen is compared with (超过北京、上海、广州). */
function onlyCompared(fact: Fact, place: string): boolean {
  const text = /[a-z]/.test(place) ? fact.en.toLowerCase() : fact.zh;
  const at = text.indexOf(place);
  if (at < 0) return false;
  return /(?:超过|高于|领先于?|比|exceeds?|than|ahead of|outdoes|overtak\w*|surpass\w*)[^。;.!?]*$/.test(text.slice(0, at));
}

/** A question about a change (下降, "drop", "vs"): a change on the year before answers "vs 2017". */
const CHANGE =
  /下降|降了|增长|增加|涨|减少|变化|同比|\b(?:drop|dropped|fall|fell|rise|rose|grow|grew|change|changed|increase|increased|decrease|decreased|compare|compared|vs|versus)\b/;

/** A question about when the article or the report came out. */
const POSTING = /发布|发表|发的|发出|刊发|刊登|出版|上线|问世|\b(?:posted|published|released|dated|came out|come out|went up|written)\b/;

/** A translation that opens by pointing back at the clause before it. */
const LEANS_ON_PREVIOUS = /^(?:That|This|These|Those|They|Of these|Within that|Among them|In this way)\b/;

/** How much less of the question a candidate may cover and still answer for a best one that does not fit. */
const MAX_FALLBACK_GAP = 0.25;

/** Characters between a figure and the thing it counts. */
const NEAR = 10;

/**
 * The Chinese version of "does a figure count the asked thing": every asked word the fact's text
 * names must stand within ten characters of one of its figures (常住人口 far from 3.52个 → no).
 */
function countsThingZh(fact: Fact, things: string[][], ratesAsked = false): boolean {
  for (const alternatives of things) {
    const all = alternatives.flatMap((w) => indicesOf(fact.zh, w).map((at) => [at, at + w.length] as const));
    // NOTE: "每万常住人口" is a rate's base, not a count of residents.
    const spots = ratesAsked ? all : all.filter(([from]) => !/每[十百千万]*$|人均$/.test(fact.zh.slice(Math.max(0, from - 3), from)));
    if (all.length > 0 && spots.length === 0) return false;
    // NOTE: people the sentence never names are counted by no figure that heads a noun of its own
    // ("多少个心理咨询师" is not answered by "3支队伍").
    if (
      all.length === 0 &&
      alternatives.some((w) => /[者师员]$/.test(w)) &&
      fact.figures.length > 0 &&
      fact.figures.every((f) => indicesOf(fact.zh, f.zh).every((at) => /^[\u3400-\u9fff]{2}/.test(fact.zh.slice(at + f.zh.length))))
    )
      return false;
    if (spots.length === 0) continue;
    const near = fact.figures.some((f) =>
      indicesOf(fact.zh, f.zh).some((at) => spots.some(([from, to]) => from <= at + f.zh.length + NEAR && at <= to + NEAR)),
    );
    if (!near) return false;
  }
  return true;
}

function indicesOf(text: string, word: string): number[] {
  const out: number[] = [];
  for (let at = text.indexOf(word); at >= 0 && word; at = text.indexOf(word, at + 1)) out.push(at);
  return out;
}

/** Stems of English nouns for people, the only things a figure of people (300人) counts. */
const PEOPLE_STEMS = new Set(
  englishTerms(
    'people persons residents citizens students pupils children kids members volunteers workers teachers doctors nurses deaths fatalities dead victims migrants newcomers talents professionals psychologists counsellors counselors staff employees passengers riders users visitors graduates undergraduates tenants parents families households locals population',
  ),
);

/** Measure words that count as the same kind of quantity. */
const UNIT_KINDS: Record<string, string> = {
  户: '户',
  家: '家',
  // NOTE: institutions are counted with either: 多少家幼儿园 ↔ 150所.
  所: '家',
  项: '项',
  条: '条',
  个: '个',
  种: '个',
  类: '个',
  名: '人',
  位: '人',
  人: '人',
  批: '批',
  张: '张',
  // NOTE: a household is a dwelling: "多少户" is answered by "7890套".
  套: '户',
  件: '件',
  // NOTE: events are counted with 起 or 宗 as with 件 (多少起交通事故, 15.7万件).
  起: '件',
  宗: '件',
  元: '元',
  岁: '岁',
  年: '年',
};

/**
 * Answers questions about one report.
 *
 * @example
 * const engine = new AnswerEngine(report);
 * engine.answer('新增多少张病床', 'zh').facts[0]?.zh; // '医疗卫生方面,新增病床2555张'
 */
export class AnswerEngine {
  readonly index: PassageIndex;
  readonly lexicon: Lexicon;

  /** Years in the report's own title and date: "the 2019 report" names the report, not data. */
  private readonly reportYears: Set<string>;
  /** Each district section with its names (福田区, 福田, futian), normalised. */
  private readonly districts: Array<{ section: string; names: string[] }>;
  /** The districts each fact's own text names ("Futian, Nanshan and Bao'an"), by section id. */
  private readonly factDistricts = new Map<string, Set<string>>();
  /** Each fact's place in the report (facts in the report's order). */
  private readonly factOrder: Map<Fact, number>;

  constructor(readonly report: Report) {
    this.factOrder = new Map(report.facts.map((f, i) => [f, i]));
    this.districts = report.sections
      .filter((s) => s.district)
      .map((s) => ({ section: s.id, names: [...(s.district?.names.zh ?? []), ...(s.district?.names.en ?? [])].map((n) => normalize(n)) }));
    for (const fact of report.facts) {
      const text = normalize(`${fact.zh} ${fact.en}`);
      this.factDistricts.set(fact.id, new Set(this.districts.filter((d) => d.names.some((n) => mentions(text, n))).map((d) => d.section)));
    }
    this.reportYears = new Set(`${report.meta.title.zh} ${report.meta.title.en} ${report.meta.date}`.match(/(19|20)\d{2}/g) ?? []);
    this.index = new PassageIndex(report);
    const phrases = [...report.facts, ...report.sections].flatMap((x) => x.keywords.en);
    // NOTE: a district's names are one term (龙华区 ↔ 龙华 ↔ Longhua), so the segmenter's pieces
    // (龙|华|区) join into it and not into the word after it (龙华区推进).
    const districtNames = report.sections.flatMap((s) => (s.district ? [[...s.district.names.zh, ...s.district.names.en]] : []));
    const groups = [...GENERAL_SYNONYMS, ...report.lexicon, ...districtNames];
    this.lexicon = new Lexicon(groups, phrases);
    this.index.learnWords(groups.flat());
  }

  /** A fact's place in the report. */
  private order(fact: Fact): number {
    return this.factOrder.get(fact) ?? -1;
  }

  /**
   * True when `part` breaks `total` down or goes on from it: a 其中 clause of its section at most
   * two clauses after it, or the next clause when it has no subject of its own and compares
   * (超过北京、上海、广州等城市 after the figure it exceeds with).
   */
  private breaksDown(part: Fact, total: Fact): boolean {
    const gap = this.order(part) - this.order(total);
    if (part.section !== total.section) return false;
    return (gap >= 1 && gap <= 2 && /^其中/.test(part.zh)) || (gap === 1 && /^(?:超过|高于|低于|领先|位居|位列|居全国|相当于|比\d{4}年)/.test(part.zh));
  }

  /**
   * "2772亿是啥数字?", "What does the 5.19 million figure measure?": a figure of the report asked
   * about by itself is answered with the one or two facts that give it (the figure and its unit
   * as the facts' figures list them; dates and times are no such figures), when the answer found
   * does not hold it. Null when the question is no such lookup.
   */
  private figureLookup(question: string, found: Answer, locale: Locale): Answer | null {
    const text = withoutThousands(normalize(question));
    // NOTE: or in the last clause, after one that sets it up ("The article mentions 9,711 — 9,711 of what?").
    const last =
      text
        .split(/\s[-–—]+\s|[.;:]\s+|[,，。]\s*/)
        .at(-1)
        ?.trim() ?? text;
    const asked = FIGURE_ASKED.exec(text) ?? FIGURE_ASKED.exec(last);
    if (!asked) return null;
    const [value, unit] = [
      asked[1] ?? asked[3] ?? asked[5] ?? asked[7] ?? '',
      (asked[2] ?? asked[4] ?? asked[6] ?? asked[8] ?? '').replace(/^\s*percent$/, '%').trim(),
    ];
    if (/^(?:19|20)\d{2}$/.test(value) || (value.length < 2 && !value.includes('.'))) return null;
    const gives = (figure: string) => {
      const f = withoutThousands(figure.toLowerCase());
      if (DATE_FIGURE.test(f) || !f.startsWith(value) || /^[\d.]/.test(f.slice(value.length))) return false;
      return f.slice(value.length).trim().startsWith(unit);
    };
    const holds = (f: Fact) => f.figures.some((x) => gives(x.zh) || gives(x.en));
    if (found.answered && found.facts.some(holds)) return null;
    const holding = this.report.facts.filter(holds);
    if (holding.length === 0 || holding.length > 2) return null;
    // NOTE: a breakdown (其中…, "Those are increases of 335%…") comes with the total it breaks down.
    const facts = [...new Set(holding.flatMap((f) => this.withTotal(f).reverse()))];
    return { question, locale, truncated: found.truncated, answered: true, facts, related: found.related.filter((r) => !facts.includes(r)) };
  }

  /** True when the question is about another edition of the report than this one. */
  private asksOtherEdition(text: string): boolean {
    if (
      /\b(?:last year's|previous|earlier|prior|older|next year's|next|upcoming) (?:edition|volume|blue book|report)\b|上一(?:本|版|期|年的蓝皮书)|去年(?:那本|的蓝皮书|出的蓝皮书)/.test(
        text,
      )
    )
      return true;
    const years = [...text.matchAll(/\b((?:19|20)\d{2}) (?:edition|volume|blue book)\b|\bthe ((?:19|20)\d{2}) one\b|((?:19|20)\d{2})年?版/g)].map(
      (m) => m[1] ?? m[2] ?? m[3],
    );
    return years.some((y) => y !== undefined && !this.reportYears.has(y));
  }

  /** The fact, and the total it breaks down when it is a breakdown (see breaksDown). */
  private withTotal(fact: Fact): Fact[] {
    const i = this.order(fact);
    const before = [this.report.facts[i - 1], this.report.facts[i - 2]].filter((f): f is Fact => f !== undefined);
    return [fact, ...before.filter((f) => this.breaksDown(fact, f))];
  }

  /** Analyses a question (exposed for tests and the benchmark). */
  analyze(question: string, locale: Locale): QueryTerms {
    return analyzeQuestion(question, locale, this.index, this.lexicon);
  }

  /** Answers one question in `locale`. Never throws on any input string. */
  answer(rawQuestion: string, locale: Locale): Answer {
    const truncated = rawQuestion.length > MAX_QUESTION_LENGTH;
    const question = truncated ? rawQuestion.slice(0, MAX_QUESTION_LENGTH) : rawQuestion;
    const query = this.analyze(question, locale);
    const found = this.answerOne(question, locale, truncated, query);
    const whole = this.figureLookup(question, found, locale) ?? found;
    // NOTE: two questions in one ("三甲医院总共多少家?三级医院又有多少家?"): when each names its own
    // subject, each part's best fact that the whole answer lacks is added (a whole answer of three
    // facts or more, or one with its own list of details, is kept as it is).
    const parts = questionParts(eachAsked(question));
    if (parts.length !== 2 || (whole.answered && (whole.facts.length >= 3 || whole.facts[0]?.details?.length))) return whole;
    // NOTE: a guess after the question ("…done? nanshan?", "…? was it futian?") is no question of its own.
    if (guessesAnswer(parts.map(normalize), 1)) return whole;
    const [first, second] = parts.map((p) => this.analyze(p, locale)) as [QueryTerms, QueryTerms];
    // NOTE: a change asked of nothing else ("…多少人坐?比上年涨了多少?") is the other part's change.
    const own = (q: QueryTerms, other: QueryTerms) =>
      q.words.some((w) => isSubject(w) && !CHANGE_WORD.test(w.text) && !other.words.some((o) => o.text === w.text));
    if (!own(first, second) || !own(second, first)) return whole;
    // NOTE: "新增病床多少张?新增了几家三甲医院?": two counts that no one fact holds are answered
    // part by part, only when each part is (one part alone would pass off half an answer as the
    // whole). Only counts: a part such as "电话多少?" or "how does it compare?" leans on the other.
    if (!whole.answered) {
      // NOTE: so are two questions about the article ("這篇文章是哪個網站發的?編輯是誰?"), answered
      // from the same section.
      const counts = first.asksQuantity && second.asksQuantity;
      if (!counts && !(query.aboutReport && (first.aboutReport || second.aboutReport))) return whole;
      const answers = parts.map((part, i) => this.answerOne(part, locale, false, i === 0 ? first : second));
      const facts = [...new Set(answers.flatMap((a) => a.facts.slice(0, 1)))];
      if (!answers.every((a) => a.answered) || facts.length < 2) return whole;
      // NOTE: two questions about the article are answered from its one section of metadata.
      if (!counts && new Set(answers.map((a) => a.facts[0]?.section)).size > 1) return whole;
      // NOTE: a part alone is judged more loosely than the whole ("私立医院新增病床多少张?…": the
      // part's answer is the city's beds): every subject word of the whole must be in a fact.
      const unsaid = (w: QueryWord) => facts.every((f) => this.index.cover(f, { ...query, words: [w] }).missing.length > 0);
      if (query.words.some((w) => w.weight >= 0.9 && unsaid(w))) return whole;
      return {
        ...whole,
        answered: true,
        facts,
        related: answers
          .flatMap((a) => a.related)
          .filter((r) => !facts.includes(r))
          .slice(0, 3),
      };
    }
    const facts = [...whole.facts];
    for (const [i, part] of parts.entries()) {
      const one = this.answerOne(part, locale, false, i === 0 ? first : second);
      const fact = one.answered ? one.facts.find((f) => !facts.includes(f)) : undefined;
      if (fact) facts.push(fact);
    }
    const added = facts.slice(0, 3);
    return { ...whole, facts: added, related: whole.related.filter((r) => !added.includes(r)) };
  }

  private answerOne(question: string, locale: Locale, truncated: boolean, analysed?: QueryTerms): Answer {
    const base = { question, locale, truncated };
    const query = analysed ?? this.analyze(question, locale);
    if (query.words.length === 0) return { ...base, answered: false, facts: [], related: [] };
    const hits = this.index.rank(query, 8);
    const refused = (): Answer => ({ ...base, answered: false, facts: [], related: hits.slice(0, 3).map((h) => h.fact) });
    // NOTE: the report gives no personal advice ("how do I get a hukou"): related facts at most.
    if (query.asksAdvice) return refused();
    // NOTE: nor forecasts: it reviews 2018 ("when will the campus open", "什么时候能取消限购").
    if (query.asksPrediction) return refused();
    // NOTE: nor another edition of the report ("last year's edition", "the 2018 one", 上一本).
    if (this.asksOtherEdition(query.text)) return refused();
    // NOTE: a short question about the article itself ("这篇新闻啥时候发的") has little evidence but one clear fact.
    const enough = (h: Hit) =>
      h.evidence >= MIN_EVIDENCE ||
      (query.aboutReport && (h.coverage >= 0.85 || (h.coverage >= MIN_COVERAGE && missesOnlyFraming(h, query))) && h.evidence >= 0.5);
    const covers = (h: Hit) => h.coverage >= MIN_COVERAGE || (h.coverage >= MIN_FRAMED_COVERAGE && missesOnlyFraming(h, query));
    // NOTE: when the fact the question is about shows the report does not say ("which eight
    // hospitals" of a fact that only counts them; "how many of the 652 schools are private" of one
    // with just that number), no other fact's list or number answers it either.
    const top = hits[0];
    // NOTE: "去年刑事警情接报了多少宗": 15.7万 counts criminal and public-order reports together, and
    // no other figure counts the one part, whichever candidate comes first (the breakdown 其中 often
    // does). A change in percent is left to that breakdown (刑事警情下降12.2%); a count, even of a
    // change (减少了多少宗), is not given.
    const countAsked = query.asksQuantity && !query.asksPercent && (query.askedUnit !== undefined || /\bhow many\b/.test(query.text));
    if (countAsked && hits.slice(0, 3).some((h) => covers(h) && asksPartOnly(h.fact, query.text))) return refused();
    // NOTE: unless its own breakdown (其中…) gives it: "光社团就有几个" of the total.
    // It must name the part asked ("how many of the 10,325 are trade associations": it names none).
    const subjectWord = (w: string) => isSubjectWord(query, w);
    const saidInBreakdown = (total: Hit) =>
      hits.some((h) => this.breaksDown(h.fact, total.fact) && !saysNotGiven(h.fact, query) && !h.missing.some(subjectWord));
    if (
      top &&
      covers(top) &&
      saysNotGiven(
        top.fact,
        query,
        hits.map((h) => h.fact),
      ) &&
      !saidInBreakdown(top)
    )
      return refused();
    const districts = this.namedDistricts(query);
    // NOTE: "the best international school": the most of something is said only of that thing; a
    // fact that misses a word naming it says nothing about which one is the most.
    const namesAll = (h: Hit) => !h.missing.some((m) => query.superlativeOf?.some((w) => m.split(' ').includes(w)));
    // NOTE: a claim ("True or false: air quality improved") is checked only by a fact about all it names.
    const checks = (h: Hit) => !query.checksClaim || !h.missing.some(subjectWord);
    const answering = hits.filter((h) => covers(h) && enough(h) && namesAll(h) && checks(h) && this.fits(h.fact, query, districts));
    // NOTE: when the fact the question is about does not fit what it asks, a much weaker one is
    // about something else: only a near-equal candidate may answer instead.
    // NOTE: the top fact's own breakdown (其中…) is about the same subject, only narrower
    // ("光社团就有几个" of the total of social organisations).
    // NOTE: nor one that misses a subject word the top fact has, when the top fact has every
    // subject word it has ("metro lines" → the 110 police line).
    const missesMore = (h: Hit) =>
      h.missing.some((w) => subjectWord(w) && !top?.missing.includes(w)) && !top?.missing.some((w) => subjectWord(w) && !h.missing.includes(w));
    if (
      top &&
      covers(top) &&
      answering[0] &&
      answering[0] !== top &&
      (answering[0].coverage < top.coverage - MAX_FALLBACK_GAP || missesMore(answering[0])) &&
      !this.breaksDown(answering[0].fact, top.fact)
    )
      answering.length = 0;
    // NOTE: "which metro line runs the child-friendly train": the fact about the train has every
    // subject word but the thing asked (a line); one from another section with a line that misses
    // the train is about something else. The report does not say.
    if (!query.asksQuantity && !query.asksPercent && answering[0] && this.lacksOnlyAsked(hits, answering[0], query)) answering.length = 0;
    // NOTE: "when was this article posted?" is answered by the fact that carries the publication date.
    // NOTE: only when the question is about its posting, or about nothing else ("哪一年的社会治理状况"
    // asks the year reviewed).
    const aboutPosting = POSTING.test(query.text) || !query.words.some(isSubject);
    if (answering.length === 0 && query.aboutReport && query.asksTime && aboutPosting) {
      const dated = this.report.facts.find((f) => f.zh.includes(this.report.meta.date));
      // NOTE: not for another year's edition ("when is the 2020 edition due out?").
      const otherYear = query.years.some((y) => !this.reportYears.has(y) && !dated?.zh.includes(y));
      if (dated && !otherYear) return { ...base, answered: true, facts: [dated], related: [] };
    }
    // NOTE: "社会团体有多少个": of two close candidates, the one whose own sentence names the thing
    // counted (社会团体4476个), not the total that has it only among its keywords.
    // NOTE: likewise "在哪个园区", "which industrial park": the one whose sentence names a park.
    // A fact that names none does not say which, so any candidate a fallback may be chosen from.
    const things = query.asksQuantity ? [...(query.countedZh ?? []), ...(query.countedStems ?? [])] : [...(query.whichThings ?? [])];
    const window = query.asksQuantity ? 0.2 : MAX_FALLBACK_GAP;
    if (things.length > 0) promote(answering, window, (f) => sentenceNames(f, things));
    // NOTE: "提出了哪些方面的对策建议": a fact that only mentions the recommendations gives way to a
    // close one that lists them (A、B、C).
    // NOTE: not for a bare "which" ("which district…" wants one name, not a list).
    const wantsList = query.asksWhichOnes || (query.asksList && !/\bwhich\b/.test(query.text));
    // NOTE: "which two public services": the one that lists two (教育、医疗卫生), not three.
    const count = query.itemCount?.count;
    // NOTE: so does one that says the count itself (两个覆盖 for "which two coverages").
    const lists = (f: Fact) =>
      count === undefined
        ? enumerates(f) || (f.details?.length ?? 0) > 0
        : listSizes(f.zh).includes(count) || f.details?.length === count || saysCount(f.zh, count);
    if (wantsList) promote(answering, 0.15, lists);
    // NOTE: "what is Futian trying to create by merging big data with decision-making": of the
    // section's clauses, the one that says what is being built (打造“城区大脑”).
    const aimed = answering[0]?.fact.section;
    if (query.asksAim) promote(answering, 0.25, (f) => f.section === aimed && AIM_WORDS.some((w) => f.zh.includes(w)));
    // NOTE: "what does Futian call the system with one centre, five platforms…": a name the
    // question already says is not the name asked; another that the same section quotes is.
    // NOTE: so is the name the very next clause gives when the fact asked about names none
    // ("…四级联动起来" → "形成…“动力主轴”", asked "what did it form, in the article's metaphor").
    const leader = answering[0];
    const quotes = (f: Fact) => /[“《]/.test(f.zh);
    // NOTE: so is "what does Futian aim to build with its 'one center, five platforms…' setup": the
    // quoted means is said; what it builds is the section's other quoted name.
    // NOTE: the means may be named unquoted when the aim is asked ("trying to build with its one
    // center five platforms hundred systems setup").
    const buildsWith =
      (query.asksAim || /(?:^|\s)['"“‘][^'"”’]{3,60}['"”’]/.test(query.text)) &&
      /\b(?:build|create|achieve|form|make|develop|aim)\w*\b[^?]*\b(?:with|through|via|using|by means of)\b/.test(query.text);
    // NOTE: "1 centre, 5 platforms and 100 systems" says the names the report spells out in words.
    const spelt = (t: string) => t.replace(/-/g, ' ').replace(/\b(?:100|[1-9]|10)\b/g, (n) => NUMBER_WORDS[n] ?? n);
    const asked = query.asksName || buildsWith ? new Set(englishTerms(spelt(query.text))) : undefined;
    const nextNamed = leader && !quotes(leader.fact) ? this.report.facts[this.order(leader.fact) + 1] : undefined;
    if (asked && leader && nextNamed && nextNamed.section === leader.fact.section && quotes(nextNamed) && !quotesOnlyAsked(nextNamed, query.text, asked)) {
      moveTo(answering, answering.find((h) => h.fact === nextNamed) ?? { ...leader, fact: nextNamed }, 1);
    }
    // NOTE: likewise the aim: "when the four levels are linked, what do they form?" is answered by
    // the next clause (形成…“动力主轴”) when the one asked about says nothing is formed.
    const aims = (f: Fact) => AIM_WORDS.some((w) => f.zh.includes(w));
    const nextAimed = leader && !aims(leader.fact) ? this.report.facts[this.order(leader.fact) + 1] : undefined;
    if (
      query.asksAim &&
      leader &&
      nextAimed &&
      nextAimed.section === leader.fact.section &&
      aims(nextAimed) &&
      !answering.slice(0, 2).some((h) => h.fact === nextAimed)
    ) {
      moveTo(answering, answering.find((h) => h.fact === nextAimed) ?? { ...leader, fact: nextAimed }, 1);
    }
    if (asked && leader && quotesOnlyAsked(leader.fact, query.text, asked)) {
      const fact = this.report.facts.find((f) => f.section === leader.fact.section && quotes(f) && !quotesOnlyAsked(f, query.text, asked));
      if (fact) moveTo(answering, answering.find((h) => h.fact === fact) ?? { ...leader, fact }, 0);
    }
    // NOTE: "为啥要搞4:4:2那种结构": the fact the question is about states the thing, and the clause
    // after it in its section gives the reason (着力解决住有所居…). "为啥说减负政策没效果" asks what
    // shows it: the very next clause (超纲教学、提前教学仍然存在).
    if (query.asksReason && top && !answering.includes(top) && covers(top) && enough(top) && this.fits(top.fact, { ...query, asksReason: false }, districts)) {
      const topAt = this.order(top.fact);
      const support = ASKS_SUPPORT.test(query.text);
      // NOTE: what shows it may come before it ("超纲教学仍然存在, 减负政策效果并不明显").
      const near = support ? [this.report.facts[topAt + 1], this.report.facts[topAt - 1]] : this.report.facts.slice(topAt + 1, topAt + 3);
      const reason = near.find((f) => f !== undefined && f.section === top.fact.section && (support || REASON_MARKERS.test(f.zh)));
      if (reason) return { ...base, answered: true, facts: [top.fact, reason].sort((a, b) => this.order(a) - this.order(b)), related: [] };
    }
    const best = answering[0];
    if (!best) return refused();
    const facts = [best.fact];
    // NOTE: a breakdown that follows the best fact ("…ranking second. 其中, Within that, … first
    // for satisfaction with police work") answers the narrower question the total may not.
    // It may follow one more clause of the total ("…down 23.1%. Three years above 20%. 其中, …").
    const at = this.order(best.fact);
    const breakdown = answering.find((h) => this.breaksDown(h.fact, best.fact))?.fact;
    // NOTE: so does the runner-up when it is the very next clause of the same section.
    const next = this.report.facts[at + 1];
    const second = breakdown ? answering.find((h) => h.fact === breakdown) : answering[1];
    const continues = second !== undefined && (second.fact === breakdown || (second.fact === next && next.section === best.fact.section));
    // NOTE: for "how many hospitals", a close second that names no hospital is another subject.
    const onSubject = (h: Hit) => things.length === 0 || sentenceNames(h.fact, things);
    if (second && (continues || (this.worthAdding(best, second) && onSubject(second)))) {
      // NOTE: two clauses of one section read in the report's order ("…ranking second. Within that, …").
      const length = best.fact.en.length + second.fact.en.length;
      // NOTE: only when both fit the answer's length, or the best one could be cut off.
      if (length <= MAX_PAIR_LENGTH) {
        facts.push(second.fact);
        // NOTE: the best fact leads unless the two are consecutive clauses.
        if (Math.abs(this.order(second.fact) - this.order(best.fact)) === 1) facts.sort((a, b) => this.order(a) - this.order(b));
      }
    }
    // NOTE: "more … than which big cities?": the comparison asked is the next clause's when the
    // best one gives only the figure ("…7.93 in 2018." → "That exceeds Beijing, Shanghai…").
    if (
      query.compares &&
      (query.asksList || query.asksWhichOnes) &&
      facts.length === 1 &&
      next?.section === best.fact.section &&
      LEANS_ON_PREVIOUS.test(next.en) &&
      /超过|高于|多于|领先|低于|少于/.test(next.zh) &&
      best.fact.en.length + next.en.length <= MAX_PAIR_LENGTH
    )
      facts.push(next);
    // NOTE: a clause that leans on the figure before it ("That exceeds Beijing…", "This kept the
    // decline above 20%…") is read with that clause, which takes the runner-up's place.
    const previous = this.report.facts[at - 1];
    if (previous && previous.section === best.fact.section && LEANS_ON_PREVIOUS.test(best.fact.en) && !facts.includes(previous)) {
      if (facts.length > 1) facts.splice(facts.indexOf(best.fact) === 0 ? 1 : 0, 1);
      if (previous.en.length + best.fact.en.length <= MAX_PAIR_LENGTH) facts.unshift(previous);
    }
    // NOTE: a fact that announces a list ("三个突出特点") brings the facts that spell it out.
    if (query.asksList || best.fact.details?.length) {
      for (const id of best.fact.details ?? []) {
        const detail = this.index.fact(id);
        if (detail && !facts.includes(detail)) facts.push(detail);
      }
    }
    return {
      ...base,
      answered: true,
      facts,
      related: hits
        .filter((h) => h.coverage > 0 && !facts.includes(h.fact))
        .slice(0, 3)
        .map((h) => h.fact),
    };
  }

  /** Top facts for plain keyword search (`/search`), without the evidence test's refusal. */
  search(words: string, locale: Locale, limit: number): Fact[] {
    const query = this.analyze(words.slice(0, MAX_QUESTION_LENGTH), locale);
    if (query.words.length === 0) return [];
    return this.index
      .rank(query, limit)
      .filter((h) => h.coverage > 0.3)
      .map((h) => h.fact);
  }

  /**
   * True when a fact of another section than `answer` has every subject word of the question but
   * the thing asked, and `answer` misses a subject word that fact has: the fact about the subject
   * does not say what is asked ("which metro line runs the child-friendly train").
   */
  private lacksOnlyAsked(hits: Hit[], answer: Hit, query: QueryTerms): boolean {
    const subjectWord = (w: string) => isSubjectWord(query, w);
    const hardWeight = query.words.reduce((sum, w) => sum + (w.hard ? w.weight : 0), 0);
    const softWeight = query.words.reduce((sum, w) => sum + w.weight, 0) - hardWeight;
    const about = hits.find(
      (h) =>
        h.coverage === 0 &&
        h.evidence >= MIN_COVERAGE * softWeight &&
        h.missing.length > 0 &&
        h.missing.every((w) => !subjectWord(w) || query.askedWords.includes(w)),
    );
    return (
      about !== undefined &&
      answer.fact.section !== about.fact.section &&
      about.evidence > answer.evidence - hardWeight &&
      answer.missing.some((w) => subjectWord(w) && !about.missing.includes(w))
    );
  }

  /** True when the fact is about a district: in one's section, or naming one (南山 has no section). */
  private aboutDistrict(fact: Fact): boolean {
    return (
      this.districts.some((d) => d.section === fact.section) ||
      (this.factDistricts.get(fact.id)?.size ?? 0) > 0 ||
      [...SHENZHEN_PLACES].some((p) => fact.zh.includes(p))
    );
  }

  /** The district sections a question names (by their names in the report). */
  private namedDistricts(query: QueryTerms): string[] {
    return this.districts.filter((d) => d.names.some((n) => mentions(query.text, n))).map((d) => d.section);
  }

  /**
   * True when the fact can answer the question's kind: the districts it names (`districts`, from
   * namedDistricts), the years it names, a number when one is asked (of the asked unit), a
   * percentage, an amount of money, a date.
   */
  private fits(fact: Fact, query: QueryTerms, districts: string[]): boolean {
    // NOTE: "what was Bao'an District's resident population": a fact about another district, or
    // about the city without naming the district, does not say.
    if (districts.length > 0 && !districts.some((d) => d === fact.section || this.factDistricts.get(fact.id)?.has(d))) return false;
    for (const owner of query.owners) if (!fact.zh.includes(owner) && !fact.en.toLowerCase().includes(owner)) return false;
    // NOTE: a place the fact names only as one Shenzhen outdoes ("exceeds Beijing, Shanghai and
    // Guangzhou") answers a comparison, not "what did Guangzhou do".
    if (!query.compares && query.places.some((p) => onlyCompared(fact, p))) return false;
    // NOTE: the year before the report's (vs 2017) is the one a change "比上年" is measured against.
    for (const year of query.years)
      if (
        !fact.zh.includes(year) &&
        !(query.aboutReport && this.reportYears.has(year)) &&
        !(year === '2017' && CHANGE.test(query.text) && /比上年|同比|较上年/.test(fact.zh))
      )
        return false;
    // NOTE: nor, for a running total ("so far"), a count of one year (全年), unless that year is asked.
    if (query.asksTotal && (/新增|新建/.test(fact.zh) || (/全年/.test(fact.zh) && !/2018|全年|\bthat year\b/.test(query.text)))) return false;
    // NOTE: nor, for a total of a kind ("how many universities does Shenzhen have in total"), the
    // count of those selected for something (4所大学入选…), unless the selection is asked.
    if (
      query.asksTotal &&
      /入选/.test(fact.zh) &&
      !/入选|进了|进入|选上|选中|计划|名单|\b(?:selected|chosen|picked|made|list|plan|programme|program|scheme)\b/.test(query.text)
    )
      return false;
    if (query.asksAdded && query.asksQuantity && !/新增|新建|新开|新设|新登记|新成立|增加|新型|完成|开工|筹集|建成/.test(fact.zh)) return false;
    const figures = fact.figures.map((f) => f.zh);
    // NOTE: a month or a date is no answer to "how many", nor a formula ("1+10+N").
    const counts = figures.filter((f) => !DATE_FIGURE.test(f) && !f.includes('+'));
    if (query.asksTime && !/(19|20)\d{2}|\d+月/.test(fact.zh)) return false;
    if (query.asksDay && !/\d{4}-\d{2}-\d{2}|\d+月\d+日|\d+日/.test(fact.zh)) return false;
    if (query.asksPercent && !figures.some((f) => f.includes('%'))) return false;
    // NOTE: "生育率是多少": a rate asked is a rate or a share in the answer, not a count of births.
    if (query.asksRateValue && !/率|%/.test(fact.zh)) return false;
    if (query.asksMoney && !figures.some((f) => f.includes('元'))) return false;
    if (query.asksRank && !/第[一二三四五六七八九十\d]/.test(fact.zh)) return false;
    // NOTE: a name is quoted (“1+10+N”, 《…》) or given after a label (编辑:战旗).
    // NOTE: or an institution's own name (中科院深圳理工大学).
    if (
      query.asksProperName &&
      !/[“《"「]|[:：]\s*[\u4e00-\u9fff]{2,4}$|[\u4e00-\u9fff]{2,}(?:大学|学院|医院|研究生院|研究院|协会|书院|出版社|科学院)/.test(fact.zh)
    )
      return false;
    if (saysNotGiven(fact, query)) return false;
    // NOTE: "深圳地铁2018年新开通了哪几条线": which ones are named in a list (A、B, A和B), a quote or
    // details; "轨道建设全面铺开" names none.
    if (query.asksWhichOnes && !/[、和与及,，]|[“《"]/.test(fact.zh) && !fact.details?.length) return false;
    // NOTE: "除了深圳大学和南方科技大学,另外两所是哪两所": a list of just those names answers nothing new.
    if (query.asksOthers && (query.asksWhichOnes || query.asksList) && listsOnlyNamed(fact, query.text, (item) => this.lexicon.synonyms(item))) return false;
    if (query.asksSuperlative && !/最|首|第一|居首|排名|前列|之冠|更|较/.test(fact.zh)) return false;
    // NOTE: "why were these three districts picked?": a fact that only says they were gives no reason.
    if (query.asksReason && !REASON_MARKERS.test(fact.zh)) return false;
    // NOTE: "每天写作业要多长时间", "how long do kids sleep a day": a daily duration is given in
    // hours or minutes; "课业负担加重" gives none.
    if (DAILY_DURATION.test(query.text) && !/小时|分钟|\d+(?:\.\d+)?h\b/.test(fact.zh)) return false;
    // NOTE: "坪山的心理服务中心设在什么地方", "where is the command centre located": a site is given
    // by an address (位于…, …路); a fact that only names the centre gives none.
    if (LOCATION_ASKED.test(query.text) && !/位于|坐落|地址|[\u3400-\u9fff]{1,6}路\d*号?/.test(fact.zh)) return false;
    // NOTE: "what's the average number of kids", "average rent for a flat?": a fact about most
    // families, or about rental housing, gives no average.
    if (
      query.asksAverage &&
      (query.asksQuantity || /^(?:the |an? )?average\b/.test(query.text)) &&
      !/平均|[人日年月户]均|每万|每[天日年月户人家]|均[为达]/.test(fact.zh)
    )
      return false;
    // NOTE: "哪个单位牵头编的": the fact names who did it (由X编撰, X牵头).
    if (query.asksLeadAgent && !/由[\u3400-\u9fff]{2}|牵头|负责|带头|主导|联合/.test(fact.zh)) return false;
    // NOTE: "which city came first overall in the survey": Shenzhen first for police satisfaction
    // says nothing of the survey's first overall; an unqualified first does ("the first city in China to…").
    if (query.asksTopPlace && !firstAsked(fact, query.text)) return false;
    // NOTE: "where does Shenzhen rank nationally": a rank within Guangdong (全省第二) is not one.
    // (A figure of the city alone, asked "nationally", is still the city's.)
    // A breakdown (其中…) is measured as the total it breaks down.
    if (query.asksNational && query.asksRank && this.withTotal(fact).some((f) => f.zh.includes('全省') && !f.zh.includes('全国'))) return false;
    // NOTE: "which district had the best police satisfaction score": a city-wide fact names none.
    if (query.asksDistrict && !this.aboutDistrict(fact)) return false;
    // NOTE: the report names hardly anyone; a person asked for must be there with a title.
    // NOTE: "who wrote it" is answered by the body that compiled it (由深圳市社会科学院编撰).
    if (
      query.asksPerson &&
      !(query.asksAuthor ? /主编|(?<!工)作者/ : /编辑|主编|(?<!工)作者|书记|市长|院长|校长|主任|局长|区长|会长|负责人/).test(fact.zh) &&
      !(query.asksWriter && /编撰|编写|撰写|编著/.test(fact.zh))
    )
      return false;
    if (query.countedStems && counts.length > 0 && !this.countsThing(fact, query.countedStems, query.asksRate)) return false;
    // NOTE: a figure of people (300人) counts no things: "how many traffic accidents" is not
    // answered by the deaths.
    // NOTE: and people it counts are the ones its sentence names: "how many foreign residents"
    // is not answered by 300 road deaths.
    if (query.countedStems && counts.length > 0 && counts.filter((f) => !/[年月天]$/.test(f)).every((f) => /[人名]$/.test(f))) {
      if (!query.countedStems.some((terms) => PEOPLE_STEMS.has(terms.at(-1) as string))) return false;
      if (!sentenceNames(fact, query.countedStems)) return false;
    }
    if (query.asksQuantity && query.countedZh && counts.length > 0 && !countsThingZh(fact, query.countedZh, query.asksRate)) return false;
    if (query.asksQuantity && !query.asksTime && counts.length === 0) return false;
    // NOTE: "how many" is not answered by shares alone (40%, 40%, 20%).
    if (query.asksQuantity && !query.asksPercent && /\bhow many\b/.test(query.text) && counts.every((f) => f.includes('%'))) return false;
    if (query.countsPeople && counts.length > 0 && !counts.some((f) => /[人名位户]/.test(f))) return false;
    if (query.askedUnit && !query.asksTime) {
      const kind = UNIT_KINDS[query.askedUnit] ?? query.askedUnit;
      const has = figures.some((f) => [...f].some((ch) => (UNIT_KINDS[ch] ?? ch) === kind));
      // NOTE: 个 is the everyday measure word for institutions and things: "几家基金会" is answered by
      // "基金会354个"; but not for people, households, money or years.
      // NOTE: not for records of data: "多少条信用数据" is no "1个…中心".
      const generic =
        figures.some((f) => f.endsWith('个')) && (['家', '所', '项', '批', '件'].includes(kind) || (kind === '条' && !/数据|记录|信息/.test(query.text)));
      // NOTE: a percentage is no count ("多少个" is not answered by "增长335%").
      const anyCount = figures.some((f) => !f.includes('%'));
      if (!has && !generic && !(kind === '个' && anyCount)) return false;
    }
    return true;
  }

  /**
   * True when one of the fact's numbers counts the asked thing: the thing's words follow a figure
   * in the English text ("2,555 hospital beds"), so "how many psychologists" is not answered by
   * "3 teams" just because psychologists are mentioned.
   */
  private countsThing(fact: Fact, stems: ReadonlyArray<readonly string[]>, ratesAsked = false): boolean {
    // NOTE: asides in parentheses (三甲, "tertiary") sit between a figure and its noun.
    const text = fact.en.toLowerCase().replace(/\s*\([^)]*\)/g, '');
    // NOTE: whether every figure heads a noun of its own ("3 teams"), which it then counts.
    let allHeaded = fact.figures.length > 0;
    for (const figure of fact.figures) {
      const en = figure.en.toLowerCase();
      for (let at = text.indexOf(en); at >= 0; at = text.indexOf(en, at + 1)) {
        // NOTE: "per 10,000 residents" is a rate's base, not a count of residents.
        if (/\bper\s*$/.test(text.slice(Math.max(0, at - 5), at))) continue;
        // NOTE: and a rate ("organisations per 10,000 residents rose to 7.93") answers "how many"
        // only when the question asks per something.
        if (!ratesAsked && /\bper\s+[\d,.]+/.test(text.slice(Math.max(0, at - 80), at))) continue;
        // NOTE: the figure may carry the noun ("nine major categories"); else it stands within six
        // words before ("organisations per 10,000 residents rose to 7.93") or five after ("2,555 beds").
        // Words, not numbers, are counted ("8 new grade 3a and grade 3 hospitals").
        // NOTE: the base of a rate before it ("per 10,000 permanent residents") is not what it counts.
        // NOTE: nor is a hyphenated adjective ("child-friendly construction guidelines for 4 …").
        const before = englishTerms(
          text
            .slice(Math.max(0, at - 80), at)
            .replace(/\bper\s+[\d,.]+\s+(?:[a-z-]+\s+){0,1}[a-z-]+/g, ' ')
            .replace(/\b[a-z]+-[a-z]+\b/g, ' '),
        )
          .filter((t) => !/\d/.test(t))
          .slice(-6);
        // NOTE: "a 25-digit code" counts digits, whatever comes before it.
        const unit = /^-([a-z]+)/.exec(text.slice(at + en.length))?.[1] ?? /^[\d.,]+-([a-z]+)$/.exec(en)?.[1];
        if (unit) {
          if (stems.some((terms) => terms.length === 1 && terms[0] === stem(unit))) return true;
          continue;
        }
        // NOTE: only the phrase the figure heads: a list after a dash or colon is not counted by it.
        const phrase = text.slice(at + en.length, at + en.length + 60).split(/[,;:—–(]/)[0] ?? '';
        const { terms: after, modifiers } = termsAfter(phrase, 5);
        const head = englishWords(phrase)[0];
        if (!head || !isNounLike(head)) allHeaded = false;
        const near = new Set([...before, ...englishTerms(en), ...after]);
        // NOTE: the thing is counted when its head word is a head here too: "2,555 hospital beds"
        // counts beds, not hospitals.
        const counts = (terms: readonly string[]) =>
          terms.every((t) => near.has(t)) && !(modifiers.has(terms.at(-1) as string) && !before.includes(terms.at(-1) as string));
        if (stems.some(counts)) return true;
      }
    }
    // NOTE: only a thing the text itself names away from every figure is counted by none of them;
    // one found only in the keywords (a synonym) gives no such evidence.
    // NOTE: nor is it counted when every figure counts a noun of its own: "how many psychologists"
    // is not answered by "3 teams: psychology professionals, …".
    const words = new Set(englishTerms(text));
    return !allHeaded && !stems.some((terms) => terms.every((t) => words.has(t)));
  }

  /** A second fact is worth adding when it is nearly as good and from the same section. */
  private worthAdding(best: Hit, other: Hit): boolean {
    return other.fact.section === best.fact.section && other.coverage >= best.coverage - 0.15 && other.score >= 0.1 * best.score;
  }
}

/** Digits a question uses for the number words of the report's English names. */
const NUMBER_WORDS: Record<string, string> = {
  '1': 'one',
  '2': 'two',
  '3': 'three',
  '4': 'four',
  '5': 'five',
  '6': 'six',
  '7': 'seven',
  '8': 'eight',
  '9': 'nine',
  '10': 'ten',
  '100': 'hundred',
};

/**
 * True when a fact quotes names and the question already says each of them (in Chinese or in
 * English; `asked` holds the question's English stems).
 */
function quotesOnlyAsked(fact: Fact, question: string, asked: ReadonlySet<string>): boolean {
  const zh = [...fact.zh.matchAll(/[“《]([^”》]+)[”》]/g)].map((m) => (m[1] as string).toLowerCase());
  if (zh.length === 0) return false;
  const en = [...fact.en.matchAll(/"([^"]+)"/g)].map((m) => m[1] as string);
  const saidZh = zh.every((name) => question.includes(name));
  // NOTE: an English name of one word ("One centre" → centre) is too little to tell; most of a
  // longer one is enough ("one center five platforms" of "one centre, five platforms, a hundred systems").
  const saidEn =
    en.length > 0 &&
    en.every((name) => {
      const terms = englishTerms(name.toLowerCase());
      return terms.length >= 2 && terms.filter((t) => asked.has(t)).length >= Math.max(2, Math.ceil(terms.length * 0.6));
    });
  return saidZh || saidEn;
}

/**
 * Moves to the front the first candidate that has `wanted`, when the leader lacks it and the
 * candidate covers at most `window` less of the question.
 */
function promote(answering: Hit[], window: number, wanted: (fact: Fact) => boolean): void {
  const leader = answering[0];
  if (!leader || wanted(leader.fact)) return;
  const found = answering.find((h) => h.coverage >= leader.coverage - window && wanted(h.fact));
  if (found) moveTo(answering, found, 0);
}

/** True when a Chinese text says a count of things (两个, 三大, 4项). */
function saysCount(zh: string, count: number): boolean {
  // NOTE: the number's Chinese and digit forms (两, 二, 2) from the general synonyms' number groups.
  const numerals = NUMBER_GROUPS.find((group) => group.includes(String(count)))
    ?.filter((w) => /^(?:[\u4e00-\u9fff]|\d+)$/.test(w))
    .join('|');
  return numerals !== undefined && new RegExp(`(?<![\\d.])(?:${numerals})(?:个|项|大|种|类|条|家|所)`).test(zh);
}

/** Puts `hit` at `index` of the candidates, taking it out of its old place if it had one. */
function moveTo(answering: Hit[], hit: Hit, index: number): void {
  const from = answering.indexOf(hit);
  if (from >= 0) answering.splice(from, 1);
  answering.splice(index, 0, hit);
}

/**
 * The first `limit` word stems of an English text (numbers and stopwords skipped), and those that
 * modify the noun after them ("hospital" in "hospital beds") rather than head their phrase.
 */
function termsAfter(text: string, limit: number): { terms: string[]; modifiers: Set<string> } {
  const raw = englishWords(text);
  const terms: string[] = [];
  const modifiers = new Set<string>();
  let noun = false;
  for (let i = 0; i < raw.length && terms.length < limit; i++) {
    const w = raw[i] as string;
    if (isEnglishStopword(w) || /\d/.test(w)) continue;
    // NOTE: the phrase ends at a verb or adverb after its noun ("6 fields closely tied to children").
    if (noun && looksPredicate(w)) break;
    if (isNounLike(w)) noun = true;
    const t = stem(w);
    terms.push(t);
    const next = raw[i + 1];
    if (next && isNounLike(next)) modifiers.add(t);
  }
  return { terms, modifiers };
}

/** True when the text names `name`: as written for Chinese, as a whole word for English. */
function mentions(text: string, name: string): boolean {
  if (!/[a-z]/.test(name)) return text.includes(name);
  const at = text.indexOf(name);
  return at >= 0 && !/[a-z]/.test(text[at - 1] ?? '') && !/[a-z]/.test(text[at + name.length] ?? '');
}

/** True when a fact's own sentence (not its keywords) names one of the things (Chinese words or English stems). */
function sentenceNames(fact: Fact, things: ReadonlyArray<readonly string[]>): boolean {
  const terms = new Set(englishTerms(fact.en.toLowerCase().replace(/-/g, ' ')));
  return things.some((thing) => thing.length > 0 && (thing.every((t) => terms.has(t)) || thing.some((t) => /[\u3400-\u9fff]/.test(t) && fact.zh.includes(t))));
}

/** True when every item a fact lists (A、B等…) is already named in the question. */
function listsOnlyNamed(fact: Fact, question: string, forms: (item: string) => string[] = (item) => [item]): boolean {
  const head = fact.zh.split(/等/)[0] ?? '';
  if (!head.includes('、')) return false;
  const items = head
    .split('、')
    .map((item) => item.replace(/^.*[,，:：]/, '').trim())
    .filter((item) => item.length >= 2);
  // NOTE: named by any form the lexicon knows ("除了深大和南科大" names 深圳大学 and 南方科技大学,
  // "besides SZU and SUSTech" too).
  if (items.length > 0 && items.every((item) => forms(item).some((form) => mentions(question, form)))) return true;
  // NOTE: in English, the translation's "including A and the B (abbreviation)".
  const including = /including (.+?)(?:, were|, are|, was| were| are|\.|$)/i.exec(fact.en)?.[1];
  if (!including) return false;
  const named = including
    .split(/,\s*(?:and\s+)?|\s+and\s+(?=the\s)/)
    .map((item) => item.replace(/^the\s+/i, '').trim())
    .filter((item) => item.length >= 3);
  return (
    named.length > 0 &&
    named.every((item) => {
      const short = /\(([^)]+)\)/.exec(item)?.[1];
      const name = item.replace(/\s*\([^)]*\)/g, '').toLowerCase();
      return question.includes(name) || (short !== undefined && question.includes(short.toLowerCase()));
    })
  );
}

/** A fact that counts things ("新增8家…医院", "六个街道") without naming them (no A、B, no details). */
function countsWithoutList(fact: Fact): boolean {
  const counts = fact.figures.some((f) => !DATE_FIGURE.test(f.zh)) || /[一二三四五六七八九十两\d]+[个家所项条种类位座支批]/.test(fact.zh);
  // NOTE: two quoted names are a list, and so is "A和B两个X" (党的组织和党的工作两个覆盖).
  const names = (fact.zh.match(/[《“][^》”]+[》”]/g)?.length ?? 0) >= 2 || /和[\u4e00-\u9fff]{1,8}[“"]?[两二2][个项类种大]/.test(fact.zh);
  // NOTE: "幼儿园150所、普惠性幼儿园116所" lists counts, not the things a "which ones" asks for.
  const items = fact.zh.includes('、') && fact.zh.split('、').some((item) => !/[\d一二三四五六七八九十两百千万]/.test(item));
  return counts && !names && !items && !fact.details?.length;
}

/**
 * True when the question asks which ones of a kind the fact never names and another fact does
 * ("打造了“一中心四基地”, 提供的是哪几种服务" of the fact that counts the bases): its count is of
 * something else.
 */
function countsOtherKind(fact: Fact, text: string, others: Fact[]): boolean {
  const kind = /哪几[个家所项条种类位座支]([\u4e00-\u9fff]{2,4}?)(?=[?？,，。!！吗呢啊呀]|$)/.exec(text)?.[1];
  return kind !== undefined && !fact.zh.includes(kind) && others.some((o) => o !== fact && o.zh.includes(kind));
}

/** True when the fact says who was first, overall or for something the question names. */
function firstAsked(fact: Fact, question: string): boolean {
  // NOTE: "which city came first, ahead of Shenzhen": another city, which the report never names.
  if (AHEAD_OF_SHENZHEN.test(question)) return false;
  const en = fact.en.toLowerCase();
  if (/\bfirst\b(?! for)/.test(en) || /首个|首部|首次|第一(?!个)/.test(fact.zh.replace(/[\u3400-\u9fff]{2,8}排名第一/g, ''))) return true;
  if (/\boverall\b|总分|总体|综合/.test(question)) return false;
  return [...en.matchAll(/\bfirst for (?:the )?(?:public's )?([a-z]+)/g)].some((m) => question.includes(m[1] as string));
}

/** True when the question asks which of a number of things ("which six fields", 哪六个领域) the fact does not count. */
function countsOtherNumber(fact: Fact, question: string): boolean {
  const asked =
    /\bwhich (two|three|four|five|six|seven|eight|nine|ten|\d+) [a-z-]+/.exec(question)?.[1] ??
    /哪([两二三四五六七八九十]|\d+)[个项类种大条家所位支]/.exec(question)?.[1];
  if (asked === undefined) return false;
  // NOTE: the number's forms (six, 6, 六) are the general synonyms' number groups.
  const forms = NUMBER_GROUPS.find((group) => group.includes(asked)) ?? (/^\d+$/.test(asked) ? [asked] : []);
  const given = (form: string) =>
    /^\d+$/.test(form) ? fact.zh.includes(form) : /^[\u4e00-\u9fff]$/.test(form) && [`${form}个`, `${form}项`, `${form}大`].some((c) => fact.zh.includes(c));
  return forms.length > 0 && !forms.some(given);
}

/** Words of a change or a comparison with last year: no subject of their own. */
const CHANGE_WORD =
  /^(?:同比|环比|增长|增加|上涨|涨|涨幅|下降|减少|上升|提高|提升|变化|增幅|降幅|year on year|yoy|rise|rose|grow|grew|growth|change|changed|increase|increased|drop|dropped|fall|fell)$/;

/** A duration asked per day ("每天…多长时间", "how many hours a day"). */
const DAILY_DURATION =
  /(?:每天|一天|每日|日均)[^?？,，]{0,12}(?:多长时间|多久|多少小时|几个?小时|多少分钟)|(?:多长时间|多久|多少小时|几个?小时|多少分钟)[^?？,，]{0,6}(?:每天|一天|每日)|\bhow (?:long|many hours|many minutes)\b[^?]*\b(?:a|per|each) day\b|\bdaily\b[^?]*\bhow (?:long|many hours|many minutes)\b|\bhow (?:long|many hours|many minutes)\b[^?]*\bdaily\b/;

/** Asks where something is sited (not which districts did something). */
const LOCATION_ASKED =
  /在哪个位置|具体位置|(?<!建)设在(?:哪(?!些)|什么地方)|位于哪|坐落在哪|坐落于哪|具体地址|地址在哪|地址是什么|\bwhere (?:is|are|was|were) (?:the |its |their )?[a-z' -]{2,60} (?:located|based|sited|housed)\b|\bwhat(?:'s| is) the address\b|\bexact location\b/;

/** A month, a date or a time of day: no count of anything. */
const DATE_FIGURE = /^\d{1,2}月$|^\d{4}-\d{2}|^\d{1,2}:\d{2}$/;

/** A word that can head a noun phrase: not a stopword, number, verb ("holds"), adjective or adverb. */
function isNounLike(word: string): boolean {
  if (isEnglishStopword(word) || /\d/.test(word) || looksPredicate(word)) return false;
  return !(word.endsWith('s') && isEnglishPredicate(word.slice(0, -1)));
}

/** True when every informative word (weight ≥ 0.9) a hit misses frames the question. */
function missesOnlyFraming(hit: Hit, query: QueryTerms): boolean {
  return !hit.missing.some((text) => isSubjectWord(query, text));
}

/** True for an informative word (weight ≥ 0.9) that names the question's subject, not its frame. */
function isSubject(word: QueryWord): boolean {
  return word.weight >= 0.9 && !word.framing;
}

/** True when the question's word `text` is a subject word (see isSubject). */
function isSubjectWord(query: QueryTerms, text: string): boolean {
  const word = query.words.find((w) => w.text === text);
  return word !== undefined && isSubject(word);
}

/**
 * PassageIndex: MiniSearch over the report's facts, plus the evidence test that decides
 * whether the best hit really answers the question.
 *
 * Why a second stage: MiniSearch always returns something, and "always the top hit" refuses
 * only 43% of out-of-scope questions. The evidence test asks how much of the question's
 * informative wording the fact covers, weighting words by how rare they are in the report.
 */
import MiniSearch from 'minisearch';
import type { Fact, Report, Section } from './knowledge.js';
import type { Hardness, QueryTerms, QueryWord, WordStats } from './query.js';
import {
  chineseWordClass,
  deletionsOf,
  englishRank,
  englishTerms,
  englishWords,
  englishWordsLike,
  hanBigrams,
  indexTerms,
  normalize,
  pinyinOf,
  sameSound,
  segmentChinese,
  stem,
} from './tokenize.js';

/** One ranked fact with the share of the question it covers. */
export interface Hit {
  fact: Fact;
  /** MiniSearch's BM25 score. */
  score: number;
  /** Share (0–1) of the question's informative weight the fact covers. */
  coverage: number;
  /** Informative words of the question the fact does not cover. */
  missing: string[];
  /** The weight of question words the fact covers (how much evidence there is at all). */
  evidence: number;
  /** Sort key: coverage, then small preferences (a list for a list question), then BM25. */
  order: number;
}

interface FactText {
  /** The fact's place in the report (a row of the containment cache). */
  index: number;
  /** Normalised Chinese text: fact, keywords, figures. */
  zh: string;
  /** Normalised Chinese text of the neighbouring facts in the same section. */
  zhNear: string;
  /** English stems of the neighbouring facts. */
  enNear: Set<string>;
  /** Normalised Chinese context: section title and keywords. */
  zhContext: string;
  /** English stems of fact, keywords and section title. */
  en: Set<string>;
  /** The fact lists things (A、B、C). */
  enumerates: boolean;
  /** How many things each of the fact's own lists names (教育、医疗卫生 → 2). */
  listSizes: number[];
  /** The fact quotes a name (“…” or 《…》). */
  quotesName: boolean;
  /** Normalised English text (for phrase matches). */
  enText: string;
}

/** One query term's MiniSearch hits: its encoded form, and each fact's index and BM25 score. */
interface TermHits {
  key: string;
  facts: Uint16Array;
  scores: Float64Array;
}

/**
 * The search index over one report's facts.
 *
 * @example
 * const index = new PassageIndex(report);
 * index.rank(analyzeQuestion('新增多少病床', 'zh', index, lexicon), 3);
 */
export class PassageIndex implements WordStats {
  readonly report: Report;
  private readonly mini: MiniSearch<Fact>;
  private readonly texts = new Map<string, FactText>();
  private readonly sections = new Map<string, Section>();
  private readonly enDf = new Map<string, number>();
  private readonly byId = new Map<string, Fact>();
  private readonly zhDfCache = new Map<string, number>();
  /** correctSpelling's answers (null: no near word), by word. */
  private readonly spellingCache = new Map<string, string | null>();
  /** Which of each fact's texts hold a Chinese word or an English phrase (see contains()), by word. */
  private readonly zhContainsCache = new Map<string, Uint8Array>();
  private readonly enContainsCache = new Map<string, Uint8Array>();
  /** The report's Chinese keywords, whole (built on first use). */
  private zhKeywords?: Set<string>;
  /** How many facts each index term occurs in. */
  private readonly termDf = new Map<string, number>();
  /** MiniSearch's hits for one query term, by term (see termHits()). */
  private readonly termHitsCache = new Map<string, TermHits>();
  /** rank()'s per-fact buffers, reused by every query: summed score, terms matched, first-seen order. */
  private readonly rankScore: Float64Array;
  /** …and each candidate's coverage, evidence and sort key. */
  private readonly rankCoverage: Float64Array;
  private readonly rankEvidence: Float64Array;
  private readonly rankOrder: Float64Array;
  private readonly measured = { coverage: 0, hardMissing: false, evidence: 0, bonus: false };
  private readonly rankMatched: Uint16Array;
  private readonly rankSeen: Uint32Array;
  /** English words of the report, for correcting typos in questions. */
  private readonly vocabulary = new Set<string>();
  /** The vocabulary by single-letter deletions, for one-edit spelling candidates. */
  private vocabularyDeletions?: Map<string, string[]>;
  private pinyinWords?: Map<string, string>;
  private soundWords?: Map<string, string | null>;
  readonly factCount: number;

  constructor(report: Report) {
    this.report = report;
    this.factCount = report.facts.length;
    this.rankScore = new Float64Array(this.factCount);
    this.rankMatched = new Uint16Array(this.factCount);
    this.rankSeen = new Uint32Array(this.factCount);
    this.rankCoverage = new Float64Array(this.factCount);
    this.rankEvidence = new Float64Array(this.factCount);
    this.rankOrder = new Float64Array(this.factCount);
    for (const s of report.sections) this.sections.set(s.id, s);
    // NOTE: the terms of the fact being indexed, gathered as MiniSearch tokenizes it, to count how
    // many facts each term is in without tokenizing every field a second time.
    let factTerms: Set<string> | undefined;
    const tokenize = (text: string): string[] => {
      const terms = indexTerms(text);
      if (factTerms) for (const t of terms) factTerms.add(t);
      return terms;
    };
    this.mini = new MiniSearch<Fact>({
      fields: [...INDEX_FIELDS],
      storeFields: [],
      idField: 'id',
      tokenize,
      processTerm: encodeTerm,
      extractField: (fact, field) => this.fieldText(fact, field),
      // NOTE: every key that rank() passes per query is set here too. MiniSearch merges options
      // with object spreads once per query term; a spread that adds keys the defaults lack makes
      // objects that V8 (Node 20) keeps alive across young-generation collections, and copying
      // them made each collection 2-3× longer: the answer time's p99 was those pauses.
      searchOptions: {
        boost: { zh: 1, en: 1, kw: 1.4 },
        combineWith: 'OR',
        fuzzy: (term) => (/^[a-z]{5,}$/.test(term) ? 0.2 : false),
        prefix: (term) => /^[a-z]{4,}$/.test(term),
        tokenize,
        processTerm: encodeTerm,
      },
    });
    for (const fact of report.facts) {
      factTerms = new Set();
      this.mini.add(fact);
      for (const t of factTerms) this.termDf.set(t, (this.termDf.get(t) ?? 0) + 1);
    }
    factTerms = undefined;
    for (const f of report.facts) this.byId.set(f.id, f);
    for (const fact of report.facts) {
      const section = this.sections.get(fact.section);
      const zh = normalize([fact.zh, ...fact.keywords.zh, ...fact.figures.map((f) => f.zh)].join(' '));
      const zhContext = normalize([section?.title.zh ?? '', ...(section?.keywords.zh ?? [])].join(' '));
      // NOTE: hyphens read as spaces, so "compulsory-education" holds the phrase "compulsory education".
      const enText = normalize([fact.en, ...fact.keywords.en, section?.title.en ?? '', ...(section?.keywords.en ?? [])].join(' ')).replace(/-/g, ' ');
      const en = new Set(englishTerms(enText));
      this.texts.set(fact.id, {
        index: this.texts.size,
        zh,
        zhContext,
        en,
        enText,
        zhNear: '',
        enNear: new Set(),
        enumerates: enumerates(fact),
        listSizes: listSizes(fact.zh),
        quotesName: /[“《]/.test(fact.zh),
      });
      for (const w of englishWords(enText)) if (w.length >= 4 && !/\d/.test(w)) this.learnWord(w);
      for (const t of en) this.enDf.set(t, (this.enDf.get(t) ?? 0) + 1);
    }
    this.learnWords([]);
    // NOTE: a clause often leans on its neighbours ("the five platforms" under "the command centre").
    report.facts.forEach((fact, i) => {
      const text = this.texts.get(fact.id) as FactText;
      for (const other of [report.facts[i - 1], report.facts[i + 1]]) {
        if (!other || other.section !== fact.section) continue;
        const o = this.texts.get(other.id) as FactText;
        text.zhNear += `\n${o.zh}`;
        for (const t of o.en) text.enNear.add(t);
      }
    });
  }

  /** True when a Chinese word is one of the report's keywords as a whole (深大, 南科大), not just part of its text. */
  isZhKeyword(word: string): boolean {
    if (!this.zhKeywords) {
      this.zhKeywords = new Set();
      for (const x of [...this.report.facts, ...this.report.sections]) for (const k of x.keywords.zh) this.zhKeywords.add(normalize(k));
    }
    return this.zhKeywords.has(word);
  }

  /** A fact by id. */
  fact(id: string): Fact | undefined {
    return this.byId.get(id);
  }

  /** The section a fact belongs to. */
  section(id: string): Section | undefined {
    return this.sections.get(id);
  }

  /** A bare MiniSearch query (the benchmark's baseline). */
  rawSearch(text: string): number {
    return this.mini.search(text).length;
  }

  /** How many facts mention a Chinese word (substring), used to weigh evidence. Cached: the report does not change. */
  zhDf(word: string): number {
    const cached = this.zhDfCache.get(word);
    if (cached !== undefined) return cached;
    let n = 0;
    for (const t of this.texts.values()) if (t.zh.includes(word) || t.zhContext.includes(word)) n++;
    if (this.zhDfCache.size < 50_000) this.zhDfCache.set(word, n);
    return n;
  }

  /**
   * The report's English word a misspelt word was probably meant to be (shenzen → shenzhen,
   * fundations → foundations): same first letter, one edit (two from eight letters; a swap counts as one).
   * `next` is the word after it: a correction that makes a phrase of the report with it wins a tie.
   */
  correctSpelling(word: string, next = ''): string | undefined {
    if (word.length < 4 || this.vocabulary.has(word)) return undefined;
    // NOTE: cached: a long word with no near match scans the whole vocabulary (about 1 ms), and
    // the same unknown words come back question after question.
    const key = `${word} ${next}`;
    const cached = this.spellingCache.get(key);
    if (cached !== undefined) return cached ?? undefined;
    const found = this.nearestWord(word, next);
    if (this.spellingCache.size >= 20_000) this.spellingCache.clear();
    this.spellingCache.set(key, found ?? null);
    return found;
  }

  /** correctSpelling without its cache. */
  private nearestWord(word: string, next: string): string | undefined {
    const max = word.length >= 8 ? 2 : 1;
    // NOTE: candidates are the report's words (and their plurals) and everyday English; the nearest
    // wins, then one the report uses, then one the typo left a letter out of, then the commoner.
    let best: string | undefined;
    let bestScore = Number.POSITIVE_INFINITY;
    const consider = (v: string) => {
      if (v === word || v[0] !== word[0] || Math.abs(v.length - word.length) > max) return;
      for (let d = 1; d <= max; d++) {
        if (!withinEdits(v, word, d)) continue;
        // NOTE: among equally near words, the report's own come first, then those of its stems.
        const own = this.vocabulary.has(v) ? 0 : this.enDf.has(stem(v)) ? 1e5 : 2e5;
        // NOTE: a letter left out is the commoner typo than one typed twice (digts → digits, not digs).
        const shorter = v.length < word.length ? 2e4 : 0;
        // NOTE: first of all, one that makes a phrase of the report with the next word ("blok data" → block data, not book).
        const phrase = next && this.enPhraseDf(`${v} ${next}`) > 0 ? 0 : 5e5;
        const score = d * 1e6 + phrase + own + shorter + Math.min(englishRank(v) ?? 5e4, 5e4);
        if (score < bestScore) {
          best = v;
          bestScore = score;
        }
        return;
      }
    };
    const index = this.deletionIndex();
    for (const d of deletionsOf(word)) for (const v of index.get(d) ?? []) consider(v);
    for (const v of englishWordsLike(word)) consider(v);
    // NOTE: two edits only for long words, and only when one edit found nothing: a full scan.
    if (!best && max === 2) for (const v of this.vocabulary) consider(v);
    return best;
  }

  /** Adds words (the lexicon's) to the spelling vocabulary. */
  learnWords(words: string[]): void {
    for (const w of words) for (const x of englishWords(normalize(w))) if (x.length >= 4) this.learnWord(x);
    this.vocabularyDeletions = undefined;
    this.spellingCache.clear();
  }

  /** A word of the report for spelling correction, with its plural ("25-digit" → digit, digits). */
  private learnWord(word: string): void {
    this.vocabulary.add(word);
    if (!/(?:s|ing|ed|ly)$/.test(word)) this.vocabulary.add(/(?:ch|sh|x)$/.test(word) ? `${word}es` : `${word}s`);
  }

  /** The vocabulary by single-letter deletions (built on the first misspelt word). */
  private deletionIndex(): Map<string, string[]> {
    if (!this.vocabularyDeletions) {
      this.vocabularyDeletions = new Map();
      for (const v of this.vocabulary) {
        for (const d of deletionsOf(v)) {
          const list = this.vocabularyDeletions.get(d);
          if (list) list.push(v);
          else this.vocabularyDeletions.set(d, [v]);
        }
      }
    }
    return this.vocabularyDeletions;
  }

  /** How many facts hold an English phrase as written (in text or keywords). */
  enPhraseDf(phrase: string): number {
    let n = 0;
    for (const t of this.texts.values()) if (t.enText.includes(phrase)) n++;
    return n;
  }

  /**
   * The report's Chinese word (two to four characters, from a fact or its keywords) whose
   * toneless pinyin is `word`: "shetuan" → 社团, "weishishi" → 微实事. Built on first use.
   */
  hanForPinyin(word: string): string | undefined {
    if (!this.pinyinWords) {
      // NOTE: of several words of one sound, the one the report uses most ("wuye" is 物业, not the
      // 务业 inside 服务业).
      const counts = new Map<string, Map<string, number>>();
      for (const text of this.texts.values()) {
        for (const run of text.zh.match(/[\u4e00-\u9fff]{2,}/g) ?? []) {
          for (let i = 0; i < run.length; i++) {
            for (let n = 2; n <= 4 && i + n <= run.length; n++) {
              const han = run.slice(i, i + n);
              const sound = pinyinOf(han);
              if (!sound) continue;
              const byHan = counts.get(sound) ?? new Map<string, number>();
              byHan.set(han, (byHan.get(han) ?? 0) + 1);
              counts.set(sound, byHan);
            }
          }
        }
      }
      this.pinyinWords = new Map();
      for (const [sound, byHan] of counts) {
        let best = '';
        let most = 0;
        for (const [han, n] of byHan) if (n > most) [best, most] = [han, n];
        this.pinyinWords.set(sound, best);
      }
    }
    return this.pinyinWords.get(word);
  }

  /**
   * The report's two-character word (a keyword, or a word of a fact as the segmenter splits it)
   * that sounds like `word`, when only one does: 锻练 → 锻炼, 建意 → 建议. Built on first use.
   */
  zhWordForSound(word: string): string | undefined {
    if (!this.soundWords) {
      const bySound = new Map<string, string | null>();
      const words = new Set<string>();
      for (const x of [...this.report.facts, ...this.report.sections]) for (const k of x.keywords.zh) words.add(normalize(k));
      for (const fact of this.report.facts) for (const w of segmentChinese(normalize(fact.zh))) words.add(w);
      for (const w of words) {
        if (!/^[\u4e00-\u9fff]{2}$/.test(w) || chineseWordClass(w) === 'grammar') continue;
        const sound = pinyinOf(w);
        if (!sound) continue;
        const seen = bySound.get(sound);
        // NOTE: two words of one sound (市民, 事民): no telling which was meant.
        bySound.set(sound, seen === undefined || seen === w ? w : null);
      }
      this.soundWords = bySound;
    }
    const sound = pinyinOf(word);
    return (sound === undefined ? undefined : this.soundWords.get(sound)) ?? undefined;
  }

  /** How many facts carry an English stem. */
  enFrequency(term: string): number {
    return this.enDf.get(term) ?? 0;
  }

  /**
   * Ranks facts for a question and measures each hit's coverage of the question.
   * Returns at most `limit` hits, best first (coverage first, BM25 second).
   */
  rank(query: QueryTerms, limit: number): Hit[] {
    // NOTE: no fuzzy or prefix search here: typos are corrected and words stemmed before, and
    // MiniSearch's fuzzy walk over a bigram vocabulary would dominate the answer time.
    // NOTE: the terms are already analysed; MiniSearch only looks them up.
    // NOTE: terms in most facts (社会, 深圳, "city") cannot tell facts apart; leaving them out of
    // the lookup keeps MiniSearch's per-query work and garbage small. Coverage still counts them.
    const common = COMMON_TERM_SHARE * this.factCount;
    const rare = query.searchTerms.filter((t) => (this.termDf.get(t) ?? 0) <= common);
    const candidates = this.candidates(rare.length > 0 ? rare : query.searchTerms);
    const top = candidates.length > 0 ? (this.rankScore[candidates[0] as number] as number) : 1;
    // NOTE: every candidate is measured, but only the `limit` best become hits with their missing
    // words: the others' objects were most of rank()'s garbage.
    const order = this.rankOrder;
    const coverage = this.rankCoverage;
    const evidence = this.rankEvidence;
    for (const index of candidates) {
      const fact = this.report.facts[index] as Fact;
      const text = this.texts.get(fact.id) as FactText;
      const measured = this.measure(text, query);
      // NOTE: a list question prefers the fact that enumerates (A、B、C), a name question the one
      // that quotes a name, an aim question the one that says what is built (打造…): in the order
      // only, never in the evidence test.
      const bonus =
        (query.asksList && text.enumerates ? ORDER_BONUS : 0) + (query.asksName && text.quotesName ? ORDER_BONUS : 0) + (measured.bonus ? ORDER_BONUS : 0);
      // NOTE: a fact without the asked thing never answers, but still points to the right section.
      const covered = measured.hardMissing ? 0 : measured.coverage;
      coverage[index] = covered;
      evidence[index] = measured.evidence;
      order[index] = covered + (measured.hardMissing ? 0 : bonus) + 0.1 * ((this.rankScore[index] as number) / top);
    }
    // NOTE: stable, as the candidates come best BM25 first.
    const best = candidates.sort((a, b) => (order[b] as number) - (order[a] as number)).slice(0, limit);
    return best.map((index) => {
      const fact = this.report.facts[index] as Fact;
      const missing = this.missingWords(this.texts.get(fact.id) as FactText, query);
      return {
        fact,
        score: (this.rankScore[index] as number) / top,
        coverage: coverage[index] as number,
        missing,
        evidence: evidence[index] as number,
        order: order[index] as number,
      };
    });
  }

  /** rank()'s MiniSearch lookup for analysed terms: the best facts' ids and scores, best first (for tests). */
  lookup(terms: readonly string[]): { id: string; score: number }[] {
    return this.candidates(terms).map((f) => ({ id: (this.report.facts[f] as Fact).id, score: this.rankScore[f] as number }));
  }

  /** The same lookup as one plain MiniSearch query, which lookup() must equal (for tests). */
  miniLookup(terms: readonly string[]): { id: string; score: number }[] {
    return this.mini
      .search(terms.join('\u0001'), RANK_OPTIONS)
      .slice(0, RANK_CANDIDATES)
      .map((r) => ({ id: r.id as string, score: r.score }));
  }

  /**
   * The facts MiniSearch finds for query terms (OR), best first, at most RANK_CANDIDATES, as fact
   * indexes; rankScore holds each one's score. The same scores and order as one
   * `mini.search(terms.join('\u0001'), RANK_OPTIONS)`: each term's BM25 scores summed, times the
   * number of distinct terms matched, ties in MiniSearch's order of first match.
   *
   * Why not that one call: it builds a result object, a terms array and a match object for
   * every fact a term is in, and merges them term by term. That garbage was a third of an
   * answer's, and each young-generation collection it brought on landed on some answer's time
   * (the p99). Each term's hits are looked up once and kept, since the index does not change.
   */
  private candidates(terms: readonly string[]): number[] {
    const score = this.rankScore;
    const matched = this.rankMatched;
    const seen = this.rankSeen;
    const touched: number[] = [];
    const keys: string[] = [];
    for (const term of terms) {
      const hits = this.termHits(term);
      if (!hits) continue;
      // NOTE: a term asked twice adds its score twice but counts once, as in MiniSearch.
      const again = keys.includes(hits.key);
      keys.push(hits.key);
      for (let k = 0; k < hits.facts.length; k++) {
        const f = hits.facts[k] as number;
        if (seen[f] === 0) {
          touched.push(f);
          seen[f] = touched.length;
          score[f] = 0;
          matched[f] = 0;
        }
        score[f] += hits.scores[k] as number;
        if (!again) matched[f]++;
      }
    }
    for (const f of touched) score[f] *= matched[f] || 1;
    touched.sort((a, b) => (score[b] as number) - (score[a] as number) || (seen[a] as number) - (seen[b] as number));
    for (const f of touched) seen[f] = 0;
    if (touched.length > RANK_CANDIDATES) touched.length = RANK_CANDIDATES;
    return touched;
  }

  /**
   * One query term's MiniSearch hits, in the order MiniSearch meets them (field by field, then
   * fact order), or undefined for a term MiniSearch drops. Cached by term.
   */
  private termHits(term: string): TermHits | undefined {
    let hits = this.termHitsCache.get(term);
    if (hits) return hits;
    const key = encodeTerm(term);
    if (key === '') return undefined;
    const results = this.mini.search(term, RANK_OPTIONS);
    const first = (r: (typeof results)[number]) => INDEX_FIELDS.indexOf((r.match[key] as string[])[0] as string);
    const met = results.map((r) => ({ index: (this.texts.get(r.id as string) as FactText).index, field: first(r), score: r.score }));
    met.sort((a, b) => a.field - b.field || a.index - b.index);
    hits = { key, facts: Uint16Array.from(met, (m) => m.index), scores: Float64Array.from(met, (m) => m.score) };
    if (this.termHitsCache.size >= 50_000) this.termHitsCache.clear();
    this.termHitsCache.set(term, hits);
    return hits;
  }

  /**
   * Share of the query's weighted words that a fact covers, and whether a hard word (the
   * thing counted, a named place) is missing from the fact itself.
   */
  cover(fact: Fact, query: QueryTerms): { coverage: number; missing: string[]; hardMissing: boolean; evidence: number } {
    const text = this.texts.get(fact.id);
    if (!text) return { coverage: 0, missing: [], hardMissing: true, evidence: 0 };
    const { coverage, hardMissing, evidence } = this.measure(text, query);
    return { coverage, missing: this.missingWords(text, query), hardMissing, evidence };
  }

  /**
   * cover() without the missing words, into one reused object (rank() measures every candidate).
   */
  private measure(text: FactText, query: QueryTerms): { coverage: number; hardMissing: boolean; evidence: number; bonus: boolean } {
    let total = 0;
    let got = 0;
    let hardMissing = false;
    let bonus = false;
    for (const word of query.words) {
      // NOTE: a bonus word (the aim asked) only orders the facts that have it: it is no evidence.
      if (word.bonus) {
        bonus ||= this.credit(word, text, 'own') === 1;
        continue;
      }
      total += word.weight;
      // NOTE: "which two public services": a fact that lists two things has the count.
      if (word === query.itemCount?.word && text.listSizes.includes(query.itemCount.count)) {
        got += word.weight;
        continue;
      }
      got += word.weight * this.credit(word, text);
      if (word.hard && !hardMissing && this.credit(word, text, word.hard) < 0.5) hardMissing = true;
    }
    const out = this.measured;
    out.coverage = total === 0 ? 0 : got / total;
    out.hardMissing = hardMissing;
    out.evidence = got;
    out.bonus = bonus;
    return out;
  }

  /** The question's words a fact does not cover (credit under one half). */
  private missingWords(text: FactText, query: QueryTerms): string[] {
    const missing: string[] = [];
    for (const word of query.words) {
      if (word.bonus || (word === query.itemCount?.word && text.listSizes.includes(query.itemCount.count))) continue;
      if (this.credit(word, text) < 0.5) missing.push(word.text);
    }
    return missing;
  }

  /**
   * Which of a fact's texts hold `alt` (a Chinese word, or an English phrase as written): bits
   * ZH_OWN, ZH_CONTEXT, ZH_NEAR or EN_PHRASE. Cached per word and fact, as zhDf is: the same
   * synonyms are looked for in the same candidates question after question, and a substring
   * search of a fact's text and keywords is most of the coverage time.
   */
  private contains(alt: string, text: FactText, zh: boolean): number {
    // NOTE: one cache per script: "per 10,000" is looked for as a Chinese word (每万's synonym) and
    // as an English phrase, with different bits.
    const cache = zh ? this.zhContainsCache : this.enContainsCache;
    let row = cache.get(alt);
    if (!row) {
      if (cache.size >= 20_000) cache.clear();
      row = new Uint8Array(this.factCount);
      cache.set(alt, row);
    }
    let bits = row[text.index] as number;
    if (bits === 0) {
      bits = CHECKED;
      if (zh) {
        // NOTE: a count (三个特点) is not held by an ordinal (第三个特点).
        const held = COUNTED.test(alt) ? (s: string) => holdsCount(s, alt) : (s: string) => s.includes(alt);
        if (held(text.zh)) bits |= ZH_OWN;
        if (held(text.zhContext)) bits |= ZH_CONTEXT;
        if (held(text.zhNear)) bits |= ZH_NEAR;
      } else if (text.enText.includes(alt.includes('-') ? alt.replace(/-/g, ' ') : alt)) bits |= EN_PHRASE;
      row[text.index] = bits;
    }
    return bits;
  }

  /** How well a fact covers one word: 1 in its own text, less from its section or neighbours. */
  private credit(word: QueryWord, text: FactText, strict: Hardness = false): number {
    const ownOnly = strict !== false;
    const nearToo = strict !== 'own' && strict !== 'section';
    let best = 0;
    for (let i = 0; i < word.alternatives.length; i++) {
      const alt = word.alternatives[i] as string;
      if (word.script === 'zh') {
        const held = this.contains(alt, text, true);
        if (held & ZH_OWN) return 1;
        if (!word.known && alt.length >= 2 && alt.length <= 4 && typoMatch(alt, text.zh)) best = Math.max(best, 0.8);
        if (strict === 'near' && held & ZH_NEAR) best = Math.max(best, 0.6);
        if (strict === 'section' && held & ZH_CONTEXT) best = Math.max(best, 0.7);
        if (ownOnly) continue;
        if (held & ZH_CONTEXT) best = Math.max(best, 0.7);
        else if (held & ZH_NEAR) best = Math.max(best, 0.6);
        else if (alt.length >= 3) {
          const grams = bigramsOf(alt);
          let hit = 0;
          // NOTE: a compound of the section's name and the fact's (龙岗区天安云谷) is split between them.
          for (const g of grams) if (text.zh.includes(g) || text.zhContext.includes(g)) hit++;
          if (hit / grams.length >= 0.6) best = Math.max(best, 0.6);
        }
      } else {
        const terms = word.terms[i] ?? [];
        if (terms.length > 1) {
          if (this.contains(alt, text, false) & EN_PHRASE) return 1;
          // NOTE: plain loops: this runs for every word of every candidate, and closures add up.
          let hit = 0;
          let near = 0;
          for (let k = 0; k < terms.length; k++) {
            const t = terms[k] as string;
            if (text.en.has(t)) hit++;
            else if (text.enNear.has(t)) near++;
          }
          // NOTE: all the words but not as the phrase ("university … technology") is weak evidence
          // for a name, and weaker still (below the 0.5 a required word needs) for a lexicon term
          // the answer must hold ("public rental housing").
          const apart = ownOnly && word.alternatives.length > 1 ? 0.4 : 0.6;
          if (nearToo && hit + near === terms.length) best = Math.max(best, apart);
          best = Math.max(best, hit === terms.length ? apart : (0.4 * hit) / terms.length);
        } else if (terms.length === 1) {
          const t = terms[0] as string;
          if (text.en.has(t)) return 1;
          if (text.enNear.has(t) && nearToo) best = Math.max(best, 0.6);
        }
      }
    }
    return best;
  }

  private fieldText(fact: Fact, field: string): string {
    const section = this.sections.get(fact.section);
    switch (field) {
      case 'id':
        return fact.id;
      case 'zh':
        return fact.zh;
      case 'en':
        return fact.en;
      case 'kw':
        return [...fact.keywords.zh, ...fact.keywords.en].join(' ');
      case 'ctx':
        return section ? [section.title.zh, section.title.en, ...section.keywords.zh, ...section.keywords.en].join(' ') : '';
      default:
        return '';
    }
  }
}

/** How many things each list (A、B or A、B、C) in a Chinese text names. */
export function listSizes(zh: string): number[] {
  return [...zh.matchAll(/[^、，,。；;:：()（）\s]+(?:、[^、，,。；;:：()（）\s]+)+/g)].map((m) => m[0].split('、').length);
}

/** True when a fact lists things (A、B、C). */
export function enumerates(fact: Fact): boolean {
  return (fact.zh.match(/、/g)?.length ?? 0) >= 2;
}

/** Bits of contains(): the fact's own Chinese text, its section's, a neighbour's; its English text as a phrase. */
const ZH_OWN = 1;
const ZH_CONTEXT = 2;
const ZH_NEAR = 4;
const EN_PHRASE = 8;
/** The fields MiniSearch indexes, in the order it scores them (termHits() relies on it). */
const INDEX_FIELDS: readonly string[] = ['zh', 'en', 'kw'];

/** How many of MiniSearch's best facts rank() measures. */
const RANK_CANDIDATES = 24;

/** Set once a fact was looked at, so 0 means "not yet". */
const CHECKED = 128;

/** How much a list (for a list question) or a quoted name (for a name question) moves a fact up. */
const ORDER_BONUS = 0.08;

/** Index terms in more than this share of the facts are left out of the MiniSearch lookup. */
const COMMON_TERM_SHARE = 0.2;

/**
 * Spells each Han character of an index term as `x` + its code point in hex (社 → x793e).
 *
 * Why: MiniSearch's radix tree scans a node's children one by one, and Chinese bigrams give
 * the root thousands of children; hex digits keep every node to at most sixteen.
 */
export function encodeTerm(term: string): string {
  return term.replace(/[\u3400-\u9fff]/g, (ch) => `x${(ch.codePointAt(0) as number).toString(16)}`);
}

/**
 * rank()'s MiniSearch options: the terms are already analysed (joined by U+0001), so MiniSearch
 * only looks them up, with no fuzzy or prefix walk. One object for every query.
 */
const RANK_OPTIONS = {
  fuzzy: false,
  prefix: false,
  tokenize: (s: string) => s.split('\u0001'),
  processTerm: encodeTerm,
} as const;

/** A Chinese count: a numeral and a measure word (三个特点, 6个街道). */
const COUNTED = /^(?:[一二两三四五六七八九十]+|\d+)[个项大条家类种点所名位]/;

/** True when `text` holds the count `alt` other than as part of an ordinal (第三个特点). */
function holdsCount(text: string, alt: string): boolean {
  for (let at = text.indexOf(alt); at >= 0; at = text.indexOf(alt, at + 1)) if (text[at - 1] !== '第') return true;
  return false;
}

const bigramCache = new Map<string, string[]>();

/** A word's Han bigrams, cached: the same few words are tried against every candidate fact. */
function bigramsOf(word: string): string[] {
  let grams = bigramCache.get(word);
  if (!grams) {
    grams = hanBigrams(word);
    if (bigramCache.size < 50_000) bigramCache.set(word, grams);
  }
  return grams;
}

/**
 * A word typed with one homophone wrong (数居 for 数据, 介段 for 阶段): some stretch of the text
 * differs from it in exactly one character, and that character sounds the same.
 */
function typoMatch(word: string, text: string): boolean {
  // NOTE: code units, not code points: the report's Han characters are all in the BMP, and a
  // split surrogate never sounds like anything. No arrays: this runs for every word and fact.
  const n = word.length;
  for (let i = 0; i + n <= text.length; i++) {
    let diff = -1;
    let ok = true;
    for (let j = 0; j < n; j++) {
      if (text[i + j] === word[j]) continue;
      if (diff >= 0) {
        ok = false;
        break;
      }
      diff = j;
    }
    if (ok && diff >= 0 && sameSound(text[i + diff] as string, word[diff] as string)) return true;
  }
  return false;
}

/** True when `a` and `b` differ by at most `max` edits (Damerau–Levenshtein, with an early exit). */
export function withinEdits(a: string, b: string, max: number): boolean {
  if (Math.abs(a.length - b.length) > max) return false;
  let prevPrev: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      let v = Math.min((prev[j] as number) + 1, (cur[j - 1] as number) + 1, (prev[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1));
      // NOTE: a swap of neighbours (shcools) is one edit, as in Damerau's distance.
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, (prevPrev[j - 2] as number) + 1);
      cur.push(v);
      rowMin = Math.min(rowMin, v);
    }
    if (rowMin > max) return false;
    prevPrev = prev;
    prev = cur;
  }
  return (prev[b.length] as number) <= max;
}

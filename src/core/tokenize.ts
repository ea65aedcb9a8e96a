/**
 * The zh/en analyser shared by indexing and queries, so both sides see the same terms.
 *
 * Why not MiniSearch's default tokenizer: it splits on spaces and punctuation, so a Chinese
 * sentence is one token and 营收 finds nothing. Here Chinese runs become Intl.Segmenter words
 * plus character bigrams (robust to segmentation differences); English words are case-folded
 * and lightly stemmed. Traditional characters are mapped to simplified first.
 */
import chineseWordList from './chinese-words.json' with { type: 'json' };
import englishWordList from './english-words.json' with { type: 'json' };
import sounds from './sounds.json' with { type: 'json' };
import variants from './variants.json' with { type: 'json' };

const variantMap = variants as Record<string, string>;
const soundMap = new Map<string, string>();
for (const [sound, chars] of Object.entries(sounds as Record<string, string>)) for (const ch of chars) if (!soundMap.has(ch)) soundMap.set(ch, sound);

// NOTE: the word lists become maps on first use, so start-up (and a Chinese-only run) skips them.
let englishRanksMap: Map<string, number> | undefined;
const englishRanks = (): Map<string, number> => {
  englishRanksMap ??= new Map(englishWordList.words.split(' ').map((w, i) => [w, i]));
  return englishRanksMap;
};
let deletions: Map<string, string[]> | undefined;

/** The word with each single letter left out in turn (and itself). */
export function deletionsOf(word: string): string[] {
  const out = [word];
  for (let i = 0; i < word.length; i++) out.push(word.slice(0, i) + word.slice(i + 1));
  return out;
}

/**
 * Everyday English words (the 8,000 most common, five letters or more) one edit away from `word`, found through
 * shared deletions (the SymSpell idea): peices and pieces both lose a letter to "pices".
 * The index is built on first use.
 */
export function englishWordsLike(word: string): string[] {
  if (!deletions) {
    deletions = new Map();
    for (const [w, rank] of englishRanks()) {
      if (rank >= 8_000 || w.length < 5) continue;
      for (const d of deletionsOf(w)) {
        const list = deletions.get(d);
        if (list) list.push(w);
        else deletions.set(d, [w]);
      }
    }
  }
  const out = new Set<string>();
  for (const d of deletionsOf(word)) for (const w of deletions.get(d) ?? []) out.add(w);
  return [...out];
}

/**
 * How common an English word is in everyday speech: 0 for the most frequent, undefined for
 * words outside the 40,000 most frequent (rare, technical, or misspelt).
 */
export function englishRank(word: string): number | undefined {
  return englishRanks().get(word);
}

let chineseClasses: { grammar: Set<string>; predicate: Set<string> } | undefined;

/**
 * What kind of everyday Chinese word this is (jieba's dictionary): `grammar` (prepositions,
 * adverbs, numerals, pronouns, time words), `predicate` (verbs, adjectives, idioms), or
 * undefined for nouns and words outside everyday use.
 */
export function chineseWordClass(word: string): 'grammar' | 'predicate' | undefined {
  chineseClasses ??= { grammar: new Set(chineseWordList.grammar.split(' ')), predicate: new Set(chineseWordList.predicate.split(' ')) };
  if (chineseClasses.grammar.has(word)) return 'grammar';
  if (chineseClasses.predicate.has(word)) return 'predicate';
  return undefined;
}

let englishPredicates: Set<string> | undefined;

/**
 * True for an everyday English verb, adjective, adverb or function word (compromise's lexicon;
 * see scripts/build-english-words.mjs); false for nouns and words it does not list.
 */
export function isEnglishPredicate(word: string): boolean {
  englishPredicates ??= new Set(englishWordList.predicate.split(' '));
  return englishPredicates.has(word);
}

/** True for a word listed as a verb, adjective or adverb, or shaped like one (-ly, -ed, -ing). */
export function looksPredicate(word: string): boolean {
  if (ING_NOUNS.has(word)) return false;
  return isEnglishPredicate(word) || /(?:ly|ed|ing)$/.test(word);
}

/** Words in -ing that are things, not actions: "units of affordable housing". */
export const ING_NOUNS: ReadonlySet<string> = new Set([
  'housing',
  'tutoring',
  'funding',
  'spending',
  'counselling',
  'counseling',
  'schooling',
  'parking',
  'clothing',
  'engineering',
  'lodging',
]);

/** The toneless pinyin of a run of Han characters, joined (民生 → minsheng), or undefined if one has none. */
export function pinyinOf(han: string): string | undefined {
  let out = '';
  for (const ch of han) {
    const sound = soundMap.get(ch);
    if (sound === undefined) return undefined;
    out += sound;
  }
  return out;
}

/**
 * True when two Han characters are read alike or nearly (例 li / 列 lie): the same toneless
 * syllable, or one letter apart with the same first letter.
 */
export function nearSound(a: string, b: string): boolean {
  const sa = soundMap.get(a);
  const sb = soundMap.get(b);
  if (sa === undefined || sb === undefined) return false;
  if (sa === sb) return true;
  if (sa[0] !== sb[0] || Math.abs(sa.length - sb.length) > 1) return false;
  const [short, long] = sa.length <= sb.length ? [sa, sb] : [sb, sa];
  let i = 0;
  while (i < short.length && short[i] === long[i]) i++;
  return short.length === long.length ? short.slice(i + 1) === long.slice(i + 1) : short.slice(i) === long.slice(i + 1);
}

/** True when two Han characters are read alike, tones aside (阶/介 jie). */
export function sameSound(a: string, b: string): boolean {
  const sa = soundMap.get(a);
  return sa !== undefined && sa === soundMap.get(b);
}
const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });

/** Matches one Han character (CJK unified ideographs and extension A). */
export const HAN = /[\u3400-\u9fff]/;
const HAN_RUN = /[\u3400-\u9fff]+/g;

/**
 * Normalises text for matching: NFKC (full-width → half-width), lower case,
 * traditional → simplified characters.
 *
 * @example normalize('醫院ＧＤＰ') // '医院gdp'
 */
export function normalize(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u3400-\u9fff]/g, (ch) => variantMap[ch] ?? ch);
}

/** True when the text is mostly Chinese (counts Han characters against Latin letters). */
export function looksChinese(text: string): boolean {
  let han = 0;
  let latin = 0;
  for (const ch of text) {
    if (HAN.test(ch)) han++;
    else if (/[a-z]/i.test(ch)) latin++;
  }
  if (han === 0) return false;
  return han * 3 >= latin || han >= 4;
}

/** Segments normalised Chinese text into words (Intl.Segmenter), keeping only Han words. */
export function segmentChinese(text: string): string[] {
  // NOTE: each segment() call clones an ICU break iterator that only a young-generation GC
  // frees, and freeing it is slow (a 3-15 ms pause per ~1,000 calls); text without Han
  // characters has no words to keep, so it is not segmented at all.
  if (!HAN.test(text)) return [];
  const words: string[] = [];
  for (const s of segmenter.segment(text)) {
    if (s.isWordLike && HAN.test(s.segment)) words.push(s.segment);
  }
  return words;
}

/** Character bigrams of every Han run ("社会治理" → 社会, 会治, 治理); single characters stand alone. */
export function hanBigrams(text: string): string[] {
  const out: string[] = [];
  for (const run of text.match(HAN_RUN) ?? []) {
    if (run.length === 1) out.push(run);
    for (let i = 0; i + 1 < run.length; i++) out.push(run.slice(i, i + 2));
  }
  return out;
}

/** Numbers in the text, as written (2018, 15.7, 0.86). */
export function numbers(text: string): string[] {
  return text.match(/\d+(?:\.\d+)?/g) ?? [];
}

const EN_STOP = new Set(
  `a an the and or of to in on at by for with from as is are was were be been being it its this that these those
  what which who whom whose when where why how do does did done doing has have had having can could would should will shall may might must
  i me my we us our you your he him his she her they them their there here about into over under than then so such not no yes
  any some all each every more most much many very just also too only even still yet ever out up down off again further once
  if but because while during before after above below between through whether per via vs regarding concerning besides apart ultimately toward towards among amongst whereas respectively across onto upon throughout along
  tell say says said know let lets get got please pls plz hey hi hello thanks thank bot anything something yo lol lmao haha hehe
  s t d ll re ve m isn aren wasn weren doesn didn don hasn haven hadn won wouldn couldn shouldn`.split(/\s+/),
);

/** True for English function words that carry no evidence. */
export function isEnglishStopword(word: string): boolean {
  return EN_STOP.has(word);
}

/**
 * A light English stemmer: plural, -ing, -ed, -ly, -ies and a few derivational endings.
 * Deliberately conservative (close to an S-stemmer plus participles) so that stems stay
 * recognisable words and fuzzy matching can cover the rest.
 */
export function stem(word: string): string {
  const cached = stemCache.get(word);
  if (cached !== undefined) return cached;
  const result = stemUncached(word);
  if (stemCache.size < 100_000) stemCache.set(word, result);
  return result;
}

const stemCache = new Map<string, string>();

function stemUncached(word: string): string {
  let w = BRITISH[word] ?? word;
  if (w.length <= 3) return w;
  if (w.length > 5) w = w.replace(/our(s|ed|ing|ite|ites|hood|hoods|able)?$/, 'or$1');
  w = w.replace(/([^aeiou])tre(s?)$/, '$1ter$2');
  if (w.endsWith("'s")) w = w.slice(0, -2);
  if (w.endsWith('ies') && w.length > 4) w = `${w.slice(0, -3)}y`;
  else if (w.endsWith('sses')) w = w.slice(0, -2);
  else if (w.endsWith('xes') || w.endsWith('ches') || w.endsWith('shes')) w = w.slice(0, -2);
  else if (w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us') && !w.endsWith('is')) w = w.slice(0, -1);
  if (w.endsWith('ing') && w.length > 5) w = undouble(w.slice(0, -3));
  else if (w.endsWith('ied') && w.length > 4) w = `${w.slice(0, -3)}y`;
  else if (w.endsWith('ed') && w.length > 4 && !w.endsWith('eed')) w = undouble(w.slice(0, -2));
  if (w.endsWith('ly') && w.length > 5) w = w.slice(0, -2);
  for (const [suffix, repl] of SUFFIXES) {
    if (w.endsWith(suffix) && w.length - suffix.length >= 4) {
      w = w.slice(0, -suffix.length) + repl;
      break;
    }
  }
  if (w.endsWith('e') && w.length > 4) w = w.slice(0, -1);
  return w;
}

// NOTE: British spellings fold to American ones before stemming (centre → center, labour → labor).
const BRITISH: Record<string, string> = { programme: 'program', programmes: 'programs', defence: 'defense', licence: 'license', practise: 'practice' };

const SUFFIXES: Array<[string, string]> = [
  ['isation', 'ize'],
  ['ization', 'ize'],
  ['ational', 'ate'],
  ['ation', 'ate'],
  ['ement', ''],
  ['ment', ''],
  ['ness', ''],
  ['ity', ''],
  ['ise', 'ize'],
  ['al', ''],
];

function undouble(w: string): string {
  return /([bdfgmnprt])\1$/.test(w) ? w.slice(0, -1) : w;
}

/** English words of normalised text: letters/digits runs, split on anything else. */
export function englishWords(text: string): string[] {
  // NOTE: contractions and possessives drop their tail (what's → what, longgang's → longgang); 2nd → 2.
  return (text.match(/[a-z][a-z0-9]*(?:'[a-z]+)?|\d+(?:\.\d+)?(?:%|(?:st|nd|rd|th)\b)?/g) ?? []).map((w) =>
    w.replace(/'(s|re|ll|ve|d|m|t)$/, '').replace(/^(\d+)(st|nd|rd|th)$/, '$1'),
  );
}

/**
 * English index/query terms: words minus stopwords, stemmed.
 * Short texts (words and phrases, asked for again with every question) are cached; the result is
 * shared, so callers must not change it.
 */
export function englishTerms(text: string): readonly string[] {
  if (text.length > 48) return englishTermsUncached(text);
  let terms = termsCache.get(text);
  if (!terms) {
    terms = englishTermsUncached(text);
    if (termsCache.size < 50_000) termsCache.set(text, terms);
  }
  return terms;
}

const termsCache = new Map<string, readonly string[]>();

function englishTermsUncached(text: string): string[] {
  return englishWords(text)
    .filter((w) => !EN_STOP.has(w))
    .map(stem);
}

/**
 * All terms MiniSearch indexes for a text: Chinese character bigrams, numbers, English stems.
 * Queries are analysed into the same kinds of terms (see query.ts), so bigrams suffice for
 * Chinese: whatever the segmenter makes of a word, its bigrams are the same.
 */
export function indexTerms(text: string): string[] {
  const n = normalize(text);
  const terms = new Set<string>();
  for (const b of hanBigrams(n)) terms.add(b);
  for (const num of numbers(n)) terms.add(num);
  for (const t of englishTerms(n)) terms.add(t);
  return [...terms];
}

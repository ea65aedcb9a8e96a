// Regenerates src/core/chinese-words.json from jieba's dictionary (frequency and part of speech):
// everyday Chinese words of two to four characters used at least 100 times, sorted into
// "grammar" (prepositions, adverbs, numerals, pronouns, time words…) and "predicate" (verbs,
// adjectives, idioms). Nouns are left out: a word not listed counts as a noun. The engine uses
// it to weigh a question word the report never uses. Run: node scripts/build-chinese-words.mjs
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
const dict = join(dirname(require.resolve('jieba-js/package.json')), 'dict', 'dict.txt.big');
const GRAMMAR = new Set([
  'p',
  'd',
  'c',
  'u',
  'uj',
  'ul',
  'uz',
  'ud',
  'ug',
  'uv',
  'r',
  'rr',
  'rz',
  'm',
  'mq',
  'q',
  'y',
  'e',
  'o',
  'f',
  't',
  'tg',
  'z',
  'k',
  'h',
  'b',
  'dg',
]);
// NOTE: verbal nouns (vn: 对应, 建设) count as predicates: in a question they mostly frame it.
const PREDICATE = new Set(['v', 'vg', 'vd', 'vi', 'vq', 'a', 'ad', 'ag', 'an', 'i', 'l', 'vn']);
const grammar = [];
const predicate = [];
const seen = new Set();
for (const line of readFileSync(dict, 'utf8').split('\n')) {
  const [word, freq, pos] = line.trim().split(/\s+/);
  if (!word || !/^[\u4e00-\u9fff]{2,4}$/.test(word) || Number(freq) < 100 || seen.has(word)) continue;
  seen.add(word);
  if (GRAMMAR.has(pos)) grammar.push(word);
  else if (PREDICATE.has(pos)) predicate.push(word);
}
writeFileSync(
  new URL('../src/core/chinese-words.json', import.meta.url),
  `${JSON.stringify({ grammar: grammar.join(' '), predicate: predicate.join(' ') })}\n`,
);
console.log(`chinese words: ${grammar.length} grammar, ${predicate.length} predicate`);

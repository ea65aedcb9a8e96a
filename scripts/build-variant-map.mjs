// Regenerates src/core/variants.json: traditional (and Hong Kong / Taiwan variant) characters
// → simplified, one character each, from OpenCC's tables. Run: node scripts/build-variant-map.mjs
import { writeFileSync } from 'node:fs';
import * as OpenCC from 'opencc-js';

const toCn = OpenCC.Converter({ from: 'hk', to: 'cn' });
const twToCn = OpenCC.Converter({ from: 'tw', to: 'cn' });
// GB2312's 6,763 Hanzi (rows 0xB0–0xF7): the standard simplified set, never remapped.
const gbk = new TextDecoder('gbk');
const simplified = new Set();
for (let hi = 0xb0; hi <= 0xf7; hi++) for (let lo = 0xa1; lo <= 0xfe; lo++) simplified.add(gbk.decode(new Uint8Array([hi, lo])));
const map = {};
for (let cp = 0x3400; cp <= 0x9fff; cp++) {
  const ch = String.fromCodePoint(cp);
  // NOTE: a character of the simplified standard set stays as it is (么 must not become 幺).
  if (simplified.has(ch)) continue;
  for (const conv of [toCn, twToCn]) {
    const out = conv(ch);
    if (out !== ch && [...out].length === 1 && !map[ch]) map[ch] = out;
  }
}
// Traditional forms that GB2312 also lists (as surnames) but that questions use as traditional text.
Object.assign(map, { 於: '于' });
// Japanese forms an input method in Japanese mode types for the Chinese character (公交分単率).
const japanese = {
  単: '单',
  図: '图',
  広: '广',
  労: '劳',
  発: '发',
  転: '转',
  済: '济',
  関: '关',
  対: '对',
  団: '团',
  総: '总',
  実: '实',
  経: '经',
  県: '县',
  郷: '乡',
  戦: '战',
  歳: '岁',
  様: '样',
  働: '动',
};
for (const [ja, zh] of Object.entries(japanese)) map[ja] ??= zh;
const keys = Object.keys(map).sort();
writeFileSync(new URL('../src/core/variants.json', import.meta.url), `${JSON.stringify(Object.fromEntries(keys.map((k) => [k, map[k]])))}\n`);
console.log(`variants: ${keys.length} characters`);

// Regenerates src/core/variants.json: traditional (and Hong Kong / Taiwan variant) characters
// → simplified, one character each, from OpenCC's tables. Run: node scripts/build-variant-map.mjs
import { writeFileSync } from 'node:fs';
import * as OpenCC from 'opencc-js';

const toCn = OpenCC.Converter({ from: 'hk', to: 'cn' });
const twToCn = OpenCC.Converter({ from: 'tw', to: 'cn' });
const map = {};
for (let cp = 0x3400; cp <= 0x9fff; cp++) {
  const ch = String.fromCodePoint(cp);
  for (const conv of [toCn, twToCn]) {
    const out = conv(ch);
    if (out !== ch && [...out].length === 1 && !map[ch]) map[ch] = out;
  }
}
const keys = Object.keys(map).sort();
writeFileSync(new URL('../src/core/variants.json', import.meta.url), `${JSON.stringify(Object.fromEntries(keys.map((k) => [k, map[k]])))}\n`);
console.log(`variants: ${keys.length} characters`);

// Regenerates src/core/sounds.json: the toneless pinyin of the 6,763 GB2312 Hanzi, grouped by
// syllable ({ "jie": "阶介接…" }), so the engine can tell a homophone typo (介段 for 阶段).
// Run: node scripts/build-sound-map.mjs
import { writeFileSync } from 'node:fs';
import { pinyin } from 'pinyin-pro';

const gbk = new TextDecoder('gbk');
const bySound = {};
for (let hi = 0xb0; hi <= 0xf7; hi++) {
  for (let lo = 0xa1; lo <= 0xfe; lo++) {
    const ch = gbk.decode(new Uint8Array([hi, lo]));
    if (!/[\u4e00-\u9fff]/.test(ch)) continue;
    const sound = pinyin(ch, { toneType: 'none', type: 'array' })[0];
    if (!sound || !/^[a-zü]+$/.test(sound)) continue;
    bySound[sound] = (bySound[sound] ?? '') + ch;
  }
}
const sorted = Object.fromEntries(
  Object.keys(bySound)
    .sort()
    .map((k) => [k, bySound[k]]),
);
writeFileSync(new URL('../src/core/sounds.json', import.meta.url), `${JSON.stringify(sorted)}\n`);
console.log(`sounds: ${Object.keys(sorted).length} syllables`);

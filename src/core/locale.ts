/**
 * Which language a reply is in: the chat's setting, else the question's language, else the
 * user's platform language, else the configured default.
 */
import { HAN, isEnglishStopword, looksChinese, normalize } from './tokenize.js';
import type { Locale } from './types.js';

/** The language of a piece of text, or undefined when it has no letters (emoji, numbers). */
export function detectLocale(text: string): Locale | undefined {
  const n = normalize(text);
  // NOTE: an English question that glosses or quotes a term in Chinese ("social groups (社会团体)",
  // "the phase described as '降速提质'") is English.
  const outside = n.replace(/\([^)]*\)|'[^']*'|"[^"]*"|“[^”]*”|‘[^’]*’|「[^」]*」|《[^》]*》/g, ' ');
  if (outside !== n && !HAN.test(outside) && (outside.match(/[a-z]{2,}/g)?.length ?? 0) >= 3) return 'en';
  if (englishWithTerms(outside)) return 'en';
  if (looksChinese(n)) return 'zh';
  if (/[a-z]{2,}/.test(n)) return 'en';
  if (HAN.test(n)) return 'zh';
  return undefined;
}

/** Maps a platform language tag (`zh-hans`, `en-US`, `zh_TW`) to a supported locale. */
export function localeFromTag(tag: string | undefined): Locale | undefined {
  if (!tag) return undefined;
  const t = tag.toLowerCase();
  if (t.startsWith('zh')) return 'zh';
  if (t.startsWith('en')) return 'en';
  return undefined;
}

/**
 * Resolves the reply language.
 *
 * @example resolveLocale({ text: 'How many hospitals?', fallback: 'zh' }) // 'en'
 */
export function resolveLocale(input: { chatLocale?: Locale | null; text?: string; userLocale?: string; fallback: Locale }): Locale {
  return input.chatLocale ?? (input.text ? detectLocale(input.text) : undefined) ?? localeFromTag(input.userLocale) ?? input.fallback;
}

/**
 * True for an English sentence that names a few Chinese terms unquoted ("How many 社会团体 were on
 * the register?", "goes from 上层用力 to what?"): English grammar around short runs of Han characters.
 */
function englishWithTerms(text: string): boolean {
  const runs = text.match(/[\u3400-\u9fff]+/g);
  if (!runs) return false;
  const words = text.match(/[a-z]+/g) ?? [];
  // NOTE: English grammar (the stopwords: what, the, of, were…) makes the sentence English.
  const grammar = words.filter(isEnglishStopword).length;
  return grammar >= 2 && words.length >= 4 && words.length >= 2 * runs.length && runs.every((r) => r.length <= 8);
}

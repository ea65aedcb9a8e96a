/**
 * Every user-facing string goes through here: one i18next instance over `locales/{zh,en}`.
 *
 * Namespaces keep each area's strings in its own file: `translation` (core), `telegram`,
 * `slack`, `digest`. Keys take an `area.item` shape; another namespace's keys are written
 * `telegram:flood.slowDown`.
 *
 * @example
 * const t = createTranslator('en');
 * t('search.noAnswer'); // "The report does not say."
 */
import i18next, { type i18n } from 'i18next';
import enDigest from '../../locales/en/digest.json' with { type: 'json' };
import enSlack from '../../locales/en/slack.json' with { type: 'json' };
import enTelegram from '../../locales/en/telegram.json' with { type: 'json' };
import enCore from '../../locales/en/translation.json' with { type: 'json' };
import zhDigest from '../../locales/zh/digest.json' with { type: 'json' };
import zhSlack from '../../locales/zh/slack.json' with { type: 'json' };
import zhTelegram from '../../locales/zh/telegram.json' with { type: 'json' };
import zhCore from '../../locales/zh/translation.json' with { type: 'json' };
import type { Locale } from './types.js';

/** The locale resources, by language and namespace (also used by the locale-parity test). */
export const resources = {
  zh: { translation: zhCore, telegram: zhTelegram, slack: zhSlack, digest: zhDigest },
  en: { translation: enCore, telegram: enTelegram, slack: enSlack, digest: enDigest },
} as const;

/** Interpolation values of a string. */
export type TranslateValues = Record<string, string | number>;

/** Renders a key in one language. Missing keys come back as the key itself (and fail the parity test). */
export type Translator = (key: string, values?: TranslateValues) => string;

let instance: i18n | undefined;

function getInstance(): i18n {
  if (!instance) {
    instance = i18next.createInstance();
    // NOTE: initImmediate false + inline resources makes init synchronous.
    void instance.init({
      resources,
      lng: 'zh',
      fallbackLng: false,
      ns: Object.keys(resources.zh),
      defaultNS: 'translation',
      initAsync: false,
      interpolation: { escapeValue: false },
      returnNull: false,
    });
  }
  return instance;
}

/**
 * Creates a translator fixed to one language.
 *
 * Why fixed: a reply is rendered wholly in one language, and the chat's language can differ
 * from the process default, so nothing global is switched.
 */
export function createTranslator(locale: Locale): Translator {
  const t = getInstance().getFixedT(locale);
  // NOTE: an i18next lookup costs tens of microseconds; the strings never change at run time.
  const cache = new Map<string, string>();
  return (key, values) => {
    const id = values ? `${key}\u0000${JSON.stringify(values)}` : key;
    let text = cache.get(id);
    if (text === undefined) {
      text = t(key, values ?? {}) as string;
      if (cache.size < 10_000) cache.set(id, text);
    }
    return text;
  };
}

/**
 * The one entry point for adapters: a message or a button press in, replies out.
 *
 * Flow: language → command or intent → handler (search answers questions) → Reply[].
 * Errors are caught here once: a UserFacingError becomes its translated text; anything else
 * is logged with context and answered with `errors.generic`, never with exception text.
 */
import type { Answer, AnswerEngine } from './answer.js';
import { Composer, renderPlainText } from './compose.js';
import { handleDigestCommand } from './digest-command.js';
import { UserFacingError } from './errors.js';
import { createTranslator, type Translator } from './i18n.js';
import { matchIntent } from './intents.js';
import type { Fact } from './knowledge.js';
import { resolveLocale } from './locale.js';
import { type ChatKey, type ChatSettings, type ChatStore, type Clock, type InsightStore, type Logger, silentLogger, systemClock } from './ports.js';
import type { ChatRef, IncomingAction, IncomingMessage, Locale, Reply } from './types.js';

/** Defaults from configuration. */
export interface CoreSettings {
  defaultLocale: Locale;
  /** `HH:MM`, the digest time for chats that did not pick one. */
  digestTime: string;
  /** IANA zone for chats that did not pick one. */
  digestTimeZone: string;
}

/** What the core is built from. */
export interface CoreDeps {
  engine: AnswerEngine;
  chats: ChatStore;
  insights: InsightStore;
  settings: CoreSettings;
  clock?: Clock;
  logger?: Logger;
  /** Source of randomness for random facts (tests pass a fixed one). */
  random?: () => number;
}

/** The core as adapters see it. */
export interface Core {
  readonly engine: AnswerEngine;
  readonly settings: CoreSettings;
  /** Answers one user message. Never throws. */
  handleMessage(msg: IncomingMessage): Promise<Reply[]>;
  /** Answers one button press. Never throws. */
  handleAction(action: IncomingAction): Promise<Reply[]>;
  /** Answers a question without a chat (CLI, inline mode): the reply and the engine's verdict. */
  ask(question: string, options?: { locale?: Locale; userLocale?: string }): { reply: Reply; answer: Answer };
  /** Up to `limit` answer cards for inline mode, best first; empty when nothing answers. */
  inlineAnswers(question: string, options: { userLocale?: string; limit: number }): Reply[];
  /** The reply language for a chat and a text. */
  localeFor(chat: ChatRef, text?: string, userLocale?: string): Promise<Locale>;
  /** A translator for adapters' own strings. */
  translator(locale: Locale): Translator;
  /** A reply as plain text (terminal, CLI). */
  toPlainText(reply: Reply, options?: { buttons?: boolean }): string;
}

const keyOf = (chat: ChatRef): ChatKey => ({ platform: chat.platform, chatId: chat.chatId });

/** Commands whose arguments are a question, so they also tell the reply language. */
export const QUESTION_COMMANDS: ReadonlySet<string> = new Set(['ask', 'search']);

/** Context shared by the handlers of one message. */
export interface HandlerContext {
  chat: ChatRef;
  settings: ChatSettings | undefined;
  locale: Locale;
  t: Translator;
  compose: Composer;
  isGroup: boolean;
  canChangeSettings?: () => Promise<boolean>;
}

/**
 * Builds the core.
 *
 * @example
 * const core = createCore({ engine: new AnswerEngine(report), chats, insights, settings });
 * const replies = await core.handleMessage({ chat: { platform: 'terminal', chatId: 'local' }, text: '有多少家三甲医院?' });
 */
export function createCore(deps: CoreDeps): Core {
  const { engine, chats, insights, settings } = deps;
  const clock = deps.clock ?? systemClock;
  const logger = deps.logger ?? silentLogger;
  const random = deps.random ?? Math.random;
  const report = engine.report;
  const translators = { zh: createTranslator('zh'), en: createTranslator('en') };
  const composers = { zh: new Composer(report, 'zh', translators.zh), en: new Composer(report, 'en', translators.en) };

  async function context(
    chat: ChatRef,
    text: string,
    userLocale?: string,
    isGroup = false,
    canChangeSettings?: () => Promise<boolean>,
    forced?: Locale,
  ): Promise<HandlerContext> {
    const chatSettings = await chats.getChat(keyOf(chat));
    const locale = forced ?? resolveLocale({ chatLocale: chatSettings?.locale, text, userLocale, fallback: settings.defaultLocale });
    return { chat, settings: chatSettings, locale, t: translators[locale], compose: composers[locale], isGroup, canChangeSettings };
  }

  async function allowed(ctx: HandlerContext): Promise<boolean> {
    if (!ctx.isGroup) return true;
    return ctx.canChangeSettings ? ctx.canChangeSettings() : false;
  }

  /** The report's example questions, or its sections' names when it has none. */
  function examples(locale: Locale): string[] {
    const own = report.meta.examples?.[locale] ?? [];
    return own.length > 0 ? own : report.sections.slice(0, 3).map((s) => s.title[locale]);
  }

  function searchExample(locale: Locale): string {
    return report.meta.searchExample?.[locale] ?? report.sections[report.sections.length > 1 ? 1 : 0]?.keywords[locale][0] ?? '';
  }

  function randomFact(): Fact {
    return report.facts[Math.floor(random() * report.facts.length) % report.facts.length] as Fact;
  }

  async function question(ctx: HandlerContext, text: string, intent = 'search'): Promise<Reply[]> {
    if (!text.trim()) return [ctx.compose.info('help', undefined, ctx.t('search.empty', { example: examples(ctx.locale)[0] ?? '' }))];
    const answer = engine.answer(text, ctx.locale);
    if (!answer.answered) {
      await insights.recordUnanswered({ chat: keyOf(ctx.chat), text: answer.question, locale: ctx.locale, at: clock.now() });
    }
    return [ctx.compose.answer(answer, intent)];
  }

  async function setLanguage(ctx: HandlerContext, arg: string): Promise<Reply[]> {
    const wanted = /^(en|english|英文|英语)$/i.test(arg) ? 'en' : /^(zh|cn|chinese|中文|汉语)$/i.test(arg) ? 'zh' : undefined;
    if (!arg) return [ctx.compose.info('lang', undefined, ctx.t('lang.current', { lang: ctx.t(`lang.name_${ctx.locale}`) }), langButtons())];
    if (!wanted) return [ctx.compose.error(ctx.t('lang.usage'), 'lang')];
    if (!(await allowed(ctx))) return [ctx.compose.error(ctx.t('settings.adminOnly'), 'lang')];
    await chats.updateChat(keyOf(ctx.chat), { locale: wanted });
    return [composers[wanted].info('lang', undefined, translators[wanted]('lang.set'))];
  }

  function langButtons() {
    return [
      { label: '中文', action: 'lang:zh' },
      { label: 'English', action: 'lang:en' },
    ];
  }

  function moreFrom(ctx: HandlerContext, factId: string): Reply[] {
    const fact = engine.index.fact(factId);
    if (!fact) return [ctx.compose.error(ctx.t('errors.expired'), 'more')];
    const inSection = report.facts.filter((f) => f.section === fact.section);
    const at = inSection.indexOf(fact);
    const next = [1, 2, 3].map((i) => inSection[(at + i) % inSection.length] as Fact).filter((f, i, all) => f !== fact && all.indexOf(f) === i);
    if (next.length === 0) return [ctx.compose.info('more', undefined, ctx.t('answer.noMore'))];
    const section = engine.index.section(fact.section);
    const reply = ctx.compose.factList(next, 'more', section?.title[ctx.locale] ?? '');
    reply.buttons = [{ label: ctx.t('answer.more'), action: `more:${(next.at(-1) as Fact).id}` }];
    return [reply];
  }

  async function dispatch(ctx: HandlerContext, name: string, args: string): Promise<Reply[]> {
    const { t, compose } = ctx;
    switch (name) {
      case 'start':
        return [
          compose.info(
            'start',
            t('welcome.title'),
            t('welcome.body', {
              title: report.meta.title[ctx.locale],
              examples: examples(ctx.locale)
                .map((q) => `• ${q}`)
                .join('\n'),
            }),
            compose.topicButtons().slice(0, 4),
          ),
        ];
      case 'help':
        return [compose.info('help', t('help.title'), t(ctx.chat.platform === 'slack' ? 'help.bodySlack' : 'help.body'))];
      case 'greeting':
        return [compose.info('greeting', undefined, t('greeting.reply'))];
      case 'thanks':
        return [compose.info('thanks', undefined, t('thanks.reply'))];
      case 'ask':
        return question(ctx, args, 'search');
      case 'fact':
        return [compose.fact(randomFact(), 'fact', t('fact.title'))];
      case 'topics':
        return [compose.topics()];
      case 'about':
        return [compose.info('about', report.meta.title[ctx.locale], aboutText(ctx))];
      case 'search': {
        if (!args.trim()) return [compose.error(t('searchCmd.usage', { example: searchExample(ctx.locale) }), 'search')];
        const facts = engine.search(args, ctx.locale, 5);
        if (facts.length === 0) return [compose.noAnswer([], undefined, 'search')];
        return [compose.factList(facts, 'search', t('searchCmd.title', { query: args.trim().slice(0, 60) }))];
      }
      case 'lang':
        return setLanguage(ctx, args.trim());
      case 'digest':
        return handleDigestCommand(ctx, args, { chats, clock, settings, allowed, factCount: report.facts.length });
      default:
        return [compose.error(t('command.unknown', { command: name.slice(0, 32) }), 'unknown')];
    }
  }

  function aboutText(ctx: HandlerContext): string {
    const m = report.meta;
    const l = ctx.locale;
    return ctx.t('about.body', {
      compiler: m.compiler[l],
      publisher: m.publisher[l],
      source: m.source[l],
      date: m.date,
      sections: report.sections.length,
      facts: report.facts.length,
    });
  }

  async function guarded(locale: Locale, what: Record<string, unknown>, run: () => Promise<Reply[]>): Promise<Reply[]> {
    try {
      return await run();
    } catch (err) {
      const compose = composers[locale];
      if (err instanceof UserFacingError) return [compose.error(translators[locale](err.key, err.values))];
      logger.error('core: handler failed', { ...what, err: err instanceof Error ? err.message : String(err) });
      return [compose.error(translators[locale]('errors.generic'))];
    }
  }

  const core: Core = {
    engine,
    settings,
    async handleMessage(msg) {
      return guarded(settings.defaultLocale, { chat: msg.chat, command: msg.command?.name }, async () => {
        const text = msg.command ? msg.command.args : msg.text;
        // NOTE: only a question's words tell its language; "/lang en" or "/digest on 08:00" do not.
        const languageText = !msg.command || QUESTION_COMMANDS.has(msg.command.name.toLowerCase()) ? text : '';
        const ctx = await context(msg.chat, languageText, msg.userLocale, msg.isGroup ?? false, msg.canChangeSettings, msg.locale);
        if (msg.command) return dispatch(ctx, msg.command.name.toLowerCase(), msg.command.args);
        if (!text.trim()) return [ctx.compose.info('help', undefined, ctx.t('search.empty', { example: examples(ctx.locale)[0] ?? '' }))];
        const intent = matchIntent(text, report);
        switch (intent.name) {
          case 'search':
            return question(ctx, text);
          case 'section':
          case 'district':
            return [ctx.compose.sectionSummary(intent.section ?? (report.sections[0] as never), intent.name)];
          case 'lang':
            return setLanguage(ctx, intent.locale ?? '');
          case 'digest':
            return dispatch(ctx, 'digest', intent.args ?? '');
          default:
            return dispatch(ctx, intent.name, '');
        }
      });
    },

    async handleAction(input) {
      return guarded(settings.defaultLocale, { chat: input.chat, action: input.action.slice(0, 64) }, async () => {
        const ctx = await context(input.chat, '', input.userLocale, input.isGroup ?? false, input.canChangeSettings);
        const [kind = '', arg = '', extra = ''] = input.action.split(':');
        switch (kind) {
          case 'topics':
            return [ctx.compose.topics()];
          case 'topic': {
            const section = engine.index.section(arg);
            return section ? [ctx.compose.sectionSummary(section, 'section')] : [ctx.compose.error(ctx.t('errors.expired'))];
          }
          case 'more':
            return moreFrom(ctx, arg);
          case 'orig': {
            const fact = engine.index.fact(arg);
            if (!fact) return [ctx.compose.error(ctx.t('errors.expired'))];
            const reply = ctx.compose.fact(fact, 'original', ctx.t('answer.originalTitle'));
            reply.body = fact.zh;
            reply.buttons = [];
            return [reply];
          }
          case 'fb': {
            if (arg !== 'up' && arg !== 'down') return [ctx.compose.error(ctx.t('errors.expired'))];
            const factIds = extra.split(',').filter((id) => engine.index.fact(id));
            await insights.recordFeedback({
              chat: keyOf(ctx.chat),
              userId: input.userId,
              rating: arg,
              question: input.question ?? '',
              factIds,
              at: clock.now(),
            });
            return [ctx.compose.info('feedback', undefined, ctx.t('feedback.thanks'))];
          }
          case 'lang':
            return setLanguage(ctx, arg);
          case 'fact':
            return [ctx.compose.fact(randomFact(), 'fact', ctx.t('fact.title'))];
          default:
            return [ctx.compose.error(ctx.t('errors.expired'))];
        }
      });
    },

    ask(text, options = {}) {
      const locale = options.locale ?? resolveLocale({ text, userLocale: options.userLocale, fallback: settings.defaultLocale });
      const answer = engine.answer(text, locale);
      return { reply: composers[locale].answer(answer), answer };
    },

    inlineAnswers(text, options) {
      const locale = resolveLocale({ text, userLocale: options.userLocale, fallback: settings.defaultLocale });
      const answer = engine.answer(text, locale);
      if (!answer.answered) return [];
      const first = composers[locale].answer(answer);
      const others = answer.related.slice(0, Math.max(0, options.limit - 1)).map((f) => composers[locale].fact(f, 'search'));
      return [first, ...others].slice(0, options.limit);
    },

    async localeFor(chat, text, userLocale) {
      const chatSettings = await chats.getChat(keyOf(chat));
      return resolveLocale({ chatLocale: chatSettings?.locale, text, userLocale, fallback: settings.defaultLocale });
    },

    translator: (locale) => translators[locale],

    toPlainText: (reply, options) => renderPlainText(reply, translators[reply.locale], report.meta.title[reply.locale], options),
  };
  return core;
}

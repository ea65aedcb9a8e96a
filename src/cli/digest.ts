/**
 * `npm run digest -- --preview [--lang zh|en] [--chat PLATFORM:ID] [--limit N]`
 *   prints the digest each subscribed chat (or the one chat) would get next, without sending
 *   or changing anything. With no subscribers it previews a new subscriber's first digest.
 * `npm run digest -- --send-now`
 *   sends every digest due now through the configured adapters (TELEGRAM_BOT_TOKEN,
 *   SLACK_BOT_TOKEN; the terminal chat's prints here), exactly like the timer would. Idempotent:
 *   a second run finds nothing due.
 */
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { createApp } from '../app.js';
import { loadConfig } from '../config.js';
import {
  addDays,
  buildDigest,
  type ChatSettings,
  ConfigError,
  digestScheduleOf,
  isQuizDay,
  type Locale,
  localDateTime,
  type Platform,
  parseHhmm,
  planDigest,
  recoverDigests,
  renderQuizText,
  runDueDigests,
} from '../core/index.js';
import { createDigestOutboxes } from '../digest-outboxes.js';
import { schedulerDeps } from '../digest-timer.js';
import { createLogger } from '../logger.js';

const USAGE = 'usage: npm run digest -- --preview [--lang zh|en] [--chat PLATFORM:ID] [--limit N] | --send-now\n';
const PLATFORMS: Platform[] = ['telegram', 'slack', 'terminal'];

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      preview: { type: 'boolean', default: false },
      'send-now': { type: 'boolean', default: false },
      lang: { type: 'string' },
      chat: { type: 'string' },
      limit: { type: 'string', default: '10' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help || values.preview === values['send-now']) {
    process.stdout.write(USAGE);
    if (!values.help) process.exit(2);
    return;
  }
  if (values.lang !== undefined && values.lang !== 'zh' && values.lang !== 'en') fail(`digest: --lang must be zh or en, not ${JSON.stringify(values.lang)}`);
  const chatArg = values.chat === undefined ? undefined : parseChat(values.chat);
  const limit = Number(values.limit);
  if (!Number.isInteger(limit) || limit < 1) fail(`digest: --limit must be a positive number, not ${JSON.stringify(values.limit)}`);

  if (existsSync('.env')) process.loadEnvFile('.env');
  const config = loadConfig();
  const logger = createLogger(config.logLevel);
  const app = createApp(config, { logger });
  try {
    if (values.preview) await preview(app, { locale: values.lang as Locale | undefined, chat: chatArg, limit });
    else {
      const outboxes = createDigestOutboxes(config, app, logger, { terminal: (text) => process.stdout.write(`${text}\n`) });
      const deps = schedulerDeps(app, outboxes, logger);
      await recoverDigests(deps);
      const s = await runDueDigests(new Date(), deps);
      const platforms = [...outboxes.keys()].join(', ');
      process.stdout.write(`digest: ${s.due} due, ${s.sent} sent, ${s.retrying} retrying, ${s.failed} failed, ${s.gone} gone (via ${platforms})\n`);
    }
  } finally {
    app.close();
  }
}

/** `PLATFORM:ID` → chat key; the id may itself contain colons. */
function parseChat(text: string): { platform: Platform; chatId: string } {
  const at = text.indexOf(':');
  const platform = text.slice(0, at) as Platform;
  const chatId = text.slice(at + 1);
  if (at < 1 || !chatId || !PLATFORMS.includes(platform))
    fail(`digest: --chat must be PLATFORM:ID with PLATFORM one of ${PLATFORMS.join(', ')}, not ${JSON.stringify(text)}`);
  return { platform, chatId };
}

/** Prints the next digest of each chat, as plain text, with the quiz when that day has one. */
async function preview(app: ReturnType<typeof createApp>, options: { locale?: Locale; chat?: { platform: Platform; chatId: string }; limit: number }) {
  const { core, store } = app;
  const report = core.engine.report;
  const settings = core.settings;
  const fresh = (platform: Platform, chatId: string, digestEnabled: boolean): ChatSettings => ({
    platform,
    chatId,
    locale: null,
    timeZone: null,
    digestEnabled,
    digestTime: null,
    threadId: null,
    active: true,
    rotation: 0,
  });
  let chats: ChatSettings[];
  if (options.chat) chats = [(await store.getChat(options.chat)) ?? fresh(options.chat.platform, options.chat.chatId, false)];
  else {
    chats = await store.listDigestChats();
    if (chats.length === 0) {
      process.stdout.write('(no chat has subscribed yet; this is what a new subscriber gets first)\n\n');
      chats = [fresh('terminal', 'local', true)];
    }
  }
  const now = new Date();
  for (const chat of chats.slice(0, options.limit)) {
    const { time, zone, locale: chatLocale } = digestScheduleOf(chat, settings);
    const locale = options.locale ?? chatLocale;
    const local = localDateTime(now, zone);
    const today = await store.getDigest(chat, local.date);
    // Today's if it has not gone out yet, else tomorrow's (from the rotation as it stands).
    const date = today && today.status !== 'pending' ? addDays(local.date, 1) : local.date;
    const plan = today?.status === 'pending' ? today : planDigest(report, chat.rotation);
    const reply = buildDigest({ report, locale, date, factIds: plan.factIds, rotationFrom: plan.rotationFrom, quiz: isQuizDay(date) });
    const due = date === local.date && local.minutes >= (parseHhmm(time) ?? 0) ? 'due now' : `at ${time}`;
    const state = chat.digestEnabled ? (chat.active ? '' : ', inactive') : ', not subscribed';
    process.stdout.write(`── ${chat.platform}:${chat.chatId} · ${date} ${due} (${zone}) · ${locale}${state} ──\n`);
    if (!reply) {
      process.stdout.write('(none of these facts is in the report any more)\n\n');
      continue;
    }
    const text = core.toPlainText(reply, { buttons: true });
    process.stdout.write(`${text}${reply.quiz ? `\n\n${renderQuizText(reply.quiz, locale)}` : ''}\n\n`);
  }
  if (chats.length > options.limit) process.stdout.write(`(… and ${chats.length - options.limit} more; --limit N shows more)\n`);
}

function fail(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(2);
}

main().then(
  // NOTE: exit explicitly: HTTP keep-alive sockets of the platform clients would linger.
  () => process.exit(0),
  (err: unknown) => {
    process.stderr.write(`${err instanceof ConfigError ? err.message : `digest: ${err instanceof Error ? err.message : String(err)}`}\n`);
    process.exit(1);
  },
);

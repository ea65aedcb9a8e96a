/**
 * Shared set-up for the Telegram end-to-end tests: a fresh fake Bot API, a memory store, the
 * core on the fixture report, the adapter (polling or webhook behind a local HTTP server), and
 * builders for the updates Telegram would send.
 */
import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { RunningAdapter } from '../../src/bots/adapter.js';
import { startTelegram, type TelegramDeps } from '../../src/bots/telegram.js';
import { AnswerEngine, type Core, createCore, type Logger } from '../../src/core/index.js';
import { MemoryStore } from '../../src/data/memory-store.js';
import { loadReport } from '../../src/data/report.js';
import { FAKE_BOT, FakeTelegramApi } from '../fakes/telegram-api.js';

/** A fake token: never a real one. */
export const TOKEN = '123456:TEST-fake-token-aaaaaaaaaaaaaaaaaaaa';
export const SECRET = 'test-webhook-secret';
export const WEBHOOK_PATH = '/telegram/hook';

// biome-ignore lint/suspicious/noExplicitAny: updates are plain JSON as Telegram sends them.
export type Json = Record<string, any>;

export interface LogEntry {
  level: string;
  msg: string;
  ctx?: Record<string, unknown>;
}

export interface Harness {
  api: FakeTelegramApi;
  store: MemoryStore;
  core: Core;
  adapter: RunningAdapter;
  logs: LogEntry[];
  /** POSTs an update to the webhook (webhook mode); resolves with the HTTP status. */
  post(update: Json, secret?: string | null): Promise<number>;
  stop(): Promise<void>;
}

const report = loadReport('tests/fixtures/report');

/** The core on the fixture report and a memory store. */
export function fixtureCore(store: MemoryStore): Core {
  return createCore({
    engine: new AnswerEngine(report),
    chats: store,
    insights: store,
    settings: { defaultLocale: 'zh', digestTime: '09:00', digestTimeZone: 'Asia/Shanghai' },
  });
}

export function memoryLogger(logs: LogEntry[]): Logger {
  const at = (level: string) => (msg: string, ctx?: Record<string, unknown>) => void logs.push({ level, msg, ctx });
  return { debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error') };
}

export interface HarnessOptions {
  mode?: 'polling' | 'webhook';
  /** Wraps the core (e.g. to make it throw). */
  wrapCore?: (core: Core) => Core;
  throttle?: TelegramDeps['throttle'];
  flood?: TelegramDeps['flood'];
  /** Prepares the fake before the bot starts (privacy mode, failures). */
  before?: (api: FakeTelegramApi) => void;
}

/** Starts fakes and the adapter. Call `stop()` in afterEach. */
export async function startHarness(options: HarnessOptions = {}): Promise<Harness> {
  const api = await FakeTelegramApi.start({ holdMs: 20 });
  options.before?.(api);
  const store = new MemoryStore();
  const base = fixtureCore(store);
  const core = options.wrapCore ? options.wrapCore(base) : base;
  const logs: LogEntry[] = [];
  const webhook = options.mode === 'webhook';
  const adapter = await startTelegram({
    core,
    chats: store,
    logger: memoryLogger(logs),
    config: { token: TOKEN, apiRoot: api.apiRoot, ...(webhook ? { webhookUrl: `https://bot.example.test${WEBHOOK_PATH}`, webhookSecret: SECRET } : {}) },
    throttle: { backoffMs: 10, ...options.throttle },
    flood: options.flood,
  });
  let server: Server | undefined;
  if (webhook) {
    server = createServer((req, res) => {
      if (!adapter.handleHttp?.(req, res)) res.writeHead(404).end();
    });
    await new Promise<void>((resolve) => server?.listen(0, '127.0.0.1', resolve));
  }
  const post = (update: Json, secret: string | null = SECRET) =>
    new Promise<number>((resolve, reject) => {
      if (!server) return reject(new Error('harness: not in webhook mode'));
      const { port } = server.address() as AddressInfo;
      const headers: Record<string, string> = { 'content-type': 'application/json' };
      if (secret !== null) headers['x-telegram-bot-api-secret-token'] = secret;
      const req = request({ host: '127.0.0.1', port, path: WEBHOOK_PATH, method: 'POST', headers }, (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
      });
      req.on('error', reject);
      req.end(JSON.stringify(update));
    });
  let stopped = false;
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    await adapter.stop();
    server?.closeAllConnections();
    await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
    await api.close();
  };
  return { api, store, core, adapter, logs, post, stop };
}

let nextUpdateId = 1;
let nextMessageId = 1;

export interface MessageOptions {
  chat: number;
  text: string;
  from?: number;
  type?: 'private' | 'group' | 'supergroup';
  lang?: string;
  /** The replied-to message (e.g. one of the bot's, from the fake's sendMessage result). */
  replyTo?: Json;
  thread?: number;
}

/** A text message as Telegram delivers it (with command and mention entities). */
export function message(o: MessageOptions): Json {
  const from = o.from ?? (o.chat > 0 ? o.chat : 42);
  const entities: Json[] = [];
  const command = /^\/\w+(@\w+)?/.exec(o.text);
  if (command) entities.push({ type: 'bot_command', offset: 0, length: command[0].length });
  for (const m of o.text.matchAll(/@\w{5,}/g)) if (m.index !== 0 || !command) entities.push({ type: 'mention', offset: m.index, length: m[0].length });
  return {
    message_id: nextMessageId++,
    date: Math.floor(Date.now() / 1000),
    chat: { id: o.chat, type: o.type ?? (o.chat > 0 ? 'private' : 'supergroup'), ...(o.chat < 0 ? { title: 'Test group' } : { first_name: 'U' }) },
    from: { id: from, is_bot: false, first_name: 'U', language_code: o.lang ?? 'zh-hans' },
    text: o.text,
    ...(entities.length > 0 ? { entities } : {}),
    ...(o.replyTo ? { reply_to_message: o.replyTo } : {}),
    ...(o.thread ? { message_thread_id: o.thread, is_topic_message: true } : {}),
  };
}

/** An update carrying a new message. */
export const textUpdate = (o: MessageOptions): Json => ({ update_id: nextUpdateId++, message: message(o) });

/** An edited message: never answered. */
export const editedUpdate = (o: MessageOptions): Json => ({ update_id: nextUpdateId++, edited_message: { ...message(o), edit_date: 1 } });

/** A button press on `pressed` (a message the bot sent, as the fake returned it). */
export function callbackUpdate(o: { pressed: Json; data: string; from?: number; lang?: string; question?: Json }): Json {
  const from = o.from ?? 42;
  const msg = { ...o.pressed, ...(o.question ? { reply_to_message: o.question } : {}) };
  return {
    update_id: nextUpdateId++,
    callback_query: {
      id: `cb${nextUpdateId}`,
      from: { id: from, is_bot: false, first_name: 'U', language_code: o.lang ?? 'zh' },
      chat_instance: '1',
      message: msg,
      data: o.data,
    },
  };
}

/** An inline query: `@ThisBot <query>` typed in any chat. */
export const inlineUpdate = (query: string, lang = 'en'): Json => ({
  update_id: nextUpdateId++,
  inline_query: { id: `iq${nextUpdateId}`, from: { id: 42, is_bot: false, first_name: 'U', language_code: lang }, query, offset: '' },
});

/** A message the bot sent earlier (for replies to the bot). */
export const botMessage = (chat: number, text: string): Json => ({
  message_id: nextMessageId++,
  date: 1,
  chat: { id: chat, type: chat > 0 ? 'private' : 'supergroup' },
  from: FAKE_BOT,
  text,
});

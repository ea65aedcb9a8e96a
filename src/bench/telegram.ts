/**
 * Telegram webhook throughput: updates per second POSTed to the webhook path, answered, and
 * delivered to a fake Bot API on 127.0.0.1, beside a bare telegraf bot that replies a fixed text
 * through the same path, in the same run. Goal: ≥ 0.8× the bare bot. Two rows:
 * - the adapter answering with the core (end to end: the answer engine's time included);
 * - the adapter with a core stub that returns a fixed reply, like the bare bot: the adapter's
 *   own cost (update mapping, flood control, ordering, HTML rendering, throttle).
 *
 * NOTE: the throttle's limits are switched off here (the fake has none); with Telegram's real
 * limits both bots would be capped at about 30 messages/s. Each update comes from its own
 * private chat, so flood control and per-chat ordering do not serialise the run.
 */
import { Agent, createServer, type IncomingMessage, request, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Telegraf } from 'telegraf';
import { FakeTelegramApi } from '../../tests/fakes/telegram-api.js';
import { startTelegram } from '../bots/telegram.js';
import { type Core, type Reply, silentLogger } from '../core/index.js';
import { createBenchCore } from './core.js';
import type { BenchRow } from './types.js';

const TOKEN = '123456:BENCH-fake-token-aaaaaaaaaaaaaaaaaaa';
const SECRET = 'bench-secret';
const PATH = '/telegram/hook';

/** Options for a quicker or longer run. */
export interface TelegramBenchOptions {
  /** NOTE: seconds of posting per measured round (default 0.75). */
  seconds?: number;
  /** Requests in flight at once (default 32). */
  concurrency?: number;
  /** Measured rounds per bot, interleaved; the best round counts (default 2). */
  rounds?: number;
}

/** Short questions as people ask them, in both languages (answered or not, the path is the same). */
const QUESTIONS = [
  '2018年深圳新增了多少家三甲医院?',
  '深圳有多少个社会组织?',
  '福田区有什么新探索?',
  '110警情下降了多少?',
  '新增了多少张病床?',
  '深圳的民生支出是多少?',
  'How many hospital beds were added?',
  'How many social organisations does Shenzhen have?',
  'What did Futian District try?',
  'How much did police reports fall?',
  'How many top-tier hospitals are there?',
  'What is the weather in Beijing?',
];

function listen(handler: (req: IncomingMessage, res: ServerResponse) => void): Promise<Server> {
  const server = createServer(handler);
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

function post(agent: Agent, port: number, body: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const headers = { 'content-type': 'application/json', 'x-telegram-bot-api-secret-token': SECRET };
    const req = request({ host: '127.0.0.1', port, path: PATH, method: 'POST', headers, agent }, (res) => {
      res.resume();
      res.on('end', () => (res.statusCode === 200 ? resolve() : reject(new Error(`bench: webhook answered ${res.statusCode}`))));
    });
    req.on('error', reject);
    req.end(body);
  });
}

let nextUpdateId = 1;

function update(): string {
  const id = 10_000_000 + nextUpdateId;
  const text = QUESTIONS[nextUpdateId % QUESTIONS.length] as string;
  const message = { message_id: 1, date: 1, chat: { id, type: 'private' }, from: { id, is_bot: false, first_name: 'B', language_code: 'zh' }, text };
  return JSON.stringify({ update_id: nextUpdateId++, message });
}

/**
 * POSTs updates (each from its own chat) with `concurrency` in flight for `seconds`, then waits
 * until the fake has recorded every reply; returns updates per second.
 */
async function round(api: FakeTelegramApi, port: number, seconds: number, concurrency: number): Promise<number> {
  const agent = new Agent({ keepAlive: true, maxSockets: concurrency });
  const before = api.count('sendMessage');
  const started = performance.now();
  const until = started + seconds * 1000;
  let posted = 0;
  const worker = async () => {
    while (performance.now() < until) {
      posted++;
      await post(agent, port, update());
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  await api.waitFor('sendMessage', before + posted, 60_000);
  const elapsed = (performance.now() - started) / 1000;
  agent.destroy();
  return posted / elapsed;
}

/** Runs the bench (about six seconds). */
export async function benchTelegram(options: TelegramBenchOptions = {}): Promise<BenchRow[]> {
  const seconds = options.seconds ?? 0.75;
  const concurrency = options.concurrency ?? 32;
  const rounds = options.rounds ?? 2;

  const api = await FakeTelegramApi.start();
  const { core, store } = createBenchCore();
  const fixed: Reply = { kind: 'info', locale: 'en', intent: 'bench', answered: false, body: 'ok', citations: [], buttons: [] };
  const stub: Core = { ...core, handleMessage: async () => [fixed] };
  const servers: Server[] = [];
  const stops: Array<() => Promise<void>> = [];
  const start = async (withCore: Core) => {
    const adapter = await startTelegram({
      core: withCore,
      chats: store,
      logger: silentLogger,
      config: { token: TOKEN, apiRoot: api.apiRoot, webhookUrl: `https://bench.example.test${PATH}`, webhookSecret: SECRET },
      throttle: { perSecond: 0, perGroupPerMinute: 0 },
    });
    stops.push(() => adapter.stop());
    return listen((req, res) => {
      if (!adapter.handleHttp?.(req, res)) res.writeHead(404).end();
    });
  };

  try {
    const bare = new Telegraf(TOKEN, { telegram: { apiRoot: api.apiRoot } });
    bare.botInfo = await bare.telegram.getMe();
    bare.on('message', (ctx) => ctx.reply('ok'));
    const bareHook = bare.webhookCallback(PATH, { secretToken: SECRET });
    const bots = { bare: await listen((req, res) => void bareHook(req, res)), answering: await start(core), adapterOnly: await start(stub) };
    servers.push(...Object.values(bots));
    const port = (s: Server) => (s.address() as AddressInfo).port;

    // Warm-up: JIT, connection pools, the engine's caches.
    for (const server of servers) await round(api, port(server), 0.2, concurrency);
    const best = { bare: 0, answering: 0, adapterOnly: 0 };
    for (let i = 0; i < rounds; i++) {
      for (const key of ['bare', 'answering', 'adapterOnly'] as const) best[key] = Math.max(best[key], await round(api, port(bots[key]), seconds, concurrency));
    }
    const row = (what: string, value: number): BenchRow => {
      const ratio = value / best.bare;
      return {
        name: `telegram webhook updates/s, ${what}`,
        value: Math.round(value),
        unit: 'updates/s',
        baseline: { name: 'bare telegraf replying a fixed text', value: Math.round(best.bare) },
        goal: `≥ 0.8× bare telegraf (this run: ${ratio.toFixed(2)}×)`,
        met: ratio >= 0.8,
      };
    };
    return [row('answered by the core (bundled report)', best.answering), row('adapter only (core stub with a fixed reply)', best.adapterOnly)];
  } finally {
    for (const stop of stops) await stop();
    for (const server of servers) {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
    await api.close();
  }
}

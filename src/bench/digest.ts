/**
 * Digest fan-out: 5 000 subscribed chats, one run of the scheduler through the Telegram digest
 * outbox (its throttle set to the fake's limit) on a SQLite file, against a fake Bot API that
 * enforces a rate limit (300 messages/s, a 429 with `retry_after` above it). Reports sustained
 * throughput beside the limit and beside the bare throttle (no scheduler, no store) measured in
 * the same run, digests lost and duplicated, 429s met, and RSS at start, peak and end.
 *
 * Goals: ≥ 90% of the limit, 0 lost, 0 duplicated, memory flat.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { Worker } from 'node:worker_threads';
import { Telegraf } from 'telegraf';
import { createApp } from '../app.js';
import { retryDelay } from '../bots/telegram-send.js';
import { Throttle } from '../bots/telegram-throttle.js';
import { loadConfig } from '../config.js';
import { runDueDigests, silentLogger } from '../core/index.js';
import { createDigestOutboxes } from '../digest-outboxes.js';
import { schedulerDeps } from '../digest-timer.js';
import type { BenchRow } from './types.js';

const TOKEN = '123456:BENCH-fake-token-aaaaaaaaaaaaaaaaaaa';

/** Options for a quicker or longer run. */
export interface DigestBenchOptions {
  /** Subscribed chats (default 5000). */
  chats?: number;
  /** The fake's limit and the throttle's, messages per second (default 300). */
  limit?: number;
  /** Messages the bare-throttle baseline sends (default 1500). */
  baseline?: number;
  /** Digests in flight at once (default 16). */
  concurrency?: number;
  /** The scheduler's pacing, as a share of `limit` (default 0.97; 0 = none, the throttle alone). */
  paceShare?: number;
}

/**
 * The fake Bot API, run in a worker thread so that it does not share the bench's event loop
 * (a real API is another machine). Accepts sendMessage/sendPoll up to `limit` per sliding second,
 * answers 429 with `retry_after` above it, and counts accepted messages per chat.
 */
const FAKE_API = `
const { createServer } = require('node:http');
const { parentPort, workerData } = require('node:worker_threads');
const limit = workerData.limit;
const window = new Float64Array(limit);
let head = 0, count = 0, accepted = 0, limited = 0, first = 0, last = 0;
let perChat = new Map();
function answer(method, chatId) {
  if (method !== 'sendMessage' && method !== 'sendPoll') return [200, { ok: true, result: true }];
  const now = performance.now();
  while (count > 0 && window[head] <= now - 1000) { head = (head + 1) % limit; count--; }
  if (count >= limit) {
    limited++;
    return [429, { ok: false, error_code: 429, description: 'Too Many Requests: retry after 1', parameters: { retry_after: 1 } }];
  }
  window[(head + count) % limit] = now;
  count++;
  if (method === 'sendMessage') {
    perChat.set(chatId, (perChat.get(chatId) || 0) + 1);
    accepted++;
    if (first === 0) first = now;
    last = now;
  }
  return [200, { ok: true, result: { message_id: accepted, date: 0, chat: { id: Number(chatId), type: 'private' }, text: '' } }];
}
const server = createServer((req, res) => {
  const chunks = [];
  req.on('data', (c) => chunks.push(c));
  req.on('end', () => {
    const method = (/\\/(\\w+)$/.exec(req.url || '') || [])[1] || '';
    const payload = JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}');
    const [status, body] = answer(method, String(payload.chat_id ?? ''));
    res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
  });
});
server.keepAliveTimeout = 60000;
server.listen(0, '127.0.0.1', () => parentPort.postMessage({ port: server.address().port }));
parentPort.on('message', (msg) => {
  if (msg === 'stats') {
    let duplicated = 0;
    for (const n of perChat.values()) duplicated += n - 1;
    parentPort.postMessage({ accepted, limited, chats: perChat.size, duplicated, rate: accepted > 1 ? ((accepted - 1) * 1000) / (last - first) : 0 });
  } else if (msg === 'reset') {
    perChat = new Map(); accepted = 0; limited = 0; first = 0; last = 0;
    parentPort.postMessage('reset');
  } else if (msg === 'close') {
    server.closeAllConnections();
    server.close(() => process.exit(0));
  }
});
`;

interface FakeStats {
  accepted: number;
  limited: number;
  /** Chats with at least one message. */
  chats: number;
  duplicated: number;
  /** Messages per second between the first and the last accepted message. */
  rate: number;
}

/** Starts the fake in a worker; resolves with its API root and controls. */
async function startFakeApi(limit: number): Promise<{ apiRoot: string; stats(): Promise<FakeStats>; reset(): Promise<void>; close(): Promise<void> }> {
  const worker = new Worker(FAKE_API, { eval: true, workerData: { limit } });
  const next = <T>() => new Promise<T>((resolve) => worker.once('message', resolve));
  const { port } = await next<{ port: number }>();
  return {
    apiRoot: `http://127.0.0.1:${port}/`,
    stats: () => {
      const answer = next<FakeStats>();
      worker.postMessage('stats');
      return answer;
    },
    reset: async () => {
      const answer = next<string>();
      worker.postMessage('reset');
      await answer;
    },
    close: async () => {
      const exited = new Promise((resolve) => worker.once('exit', resolve));
      worker.postMessage('close');
      await exited;
    },
  };
}

const mb = (bytes: number) => Math.round((bytes / 1024 / 1024) * 10) / 10;

/** A full garbage collection, so retained memory can be measured (V8 collects lazily otherwise). */
function collector(): () => void {
  setFlagsFromString('--expose-gc');
  return runInNewContext('gc') as () => void;
}

/** Runs the fan-out bench (about 25 s with the defaults). */
export async function benchDigest(options: DigestBenchOptions = {}): Promise<BenchRow[]> {
  const chats = options.chats ?? 5000;
  const limit = options.limit ?? 300;
  const dir = mkdtempSync(join(tmpdir(), 'report-bot-bench-digest-'));
  const api = await startFakeApi(limit);
  try {
    // Baseline: the bare throttle sending fixed messages to the same fake, no scheduler, no store.
    const baselineCount = options.baseline ?? 1500;
    const telegram = new Telegraf(TOKEN, { telegram: { apiRoot: api.apiRoot } }).telegram;
    const throttle = new Throttle({ perSecond: limit }, retryDelay({}));
    await Promise.all(
      Array.from({ length: baselineCount }, (_, i) => throttle.run(String(i + 1), false, () => telegram.sendMessage(String(i + 1), 'baseline'))),
    );
    const { rate: baseline, limited: baselineLimited } = await api.stats();
    await api.reset();

    const config = loadConfig({ DATA_DIR: dir, TELEGRAM_BOT_TOKEN: TOKEN, TELEGRAM_API_ROOT: api.apiRoot, LOG_LEVEL: 'silent' });
    const app = createApp(config);
    const insert = app.store.db.prepare(
      "INSERT INTO chats (platform, chat_id, digest_enabled, time_zone, digest_time, locale, updated_at) VALUES ('telegram', ?, 1, ?, '09:00', ?, 'bench')",
    );
    const zones = ['Asia/Shanghai', 'Asia/Hong_Kong', 'Asia/Singapore'];
    app.store.db.transaction(() => {
      for (let i = 0; i < chats; i++) insert.run(String(i % 3 === 0 ? -(100_000 + i) : 100_000 + i), zones[i % zones.length], i % 2 ? 'en' : 'zh');
    })();
    const outboxes = createDigestOutboxes(config, app, silentLogger, { telegramThrottle: { perSecond: limit } });
    const pace = limit * (options.paceShare ?? 0.97);
    const deps = schedulerDeps(app, outboxes, silentLogger, { concurrency: options.concurrency ?? 16, ...(pace > 0 ? { pace: { telegram: pace } } : {}) });

    const gc = collector();
    gc();
    const { rss: rssStart, heapUsed: heapStart } = process.memoryUsage();
    let rssPeak = rssStart;
    const sampler = setInterval(() => {
      rssPeak = Math.max(rssPeak, process.memoryUsage().rss);
    }, 250);
    // Monday 10:00 in Shanghai: every chat is due, no quiz.
    const summary = await runDueDigests(new Date('2024-05-06T02:00:00Z'), deps);
    clearInterval(sampler);
    const rssEnd = process.memoryUsage().rss;
    gc();
    const heapEnd = process.memoryUsage().heapUsed;
    const fake = await api.stats();
    const rate = fake.rate;
    const lost = chats - fake.chats;
    const duplicated = fake.duplicated;
    const logged = (app.store.db.prepare("SELECT count(*) AS n FROM digest_log WHERE status = 'sent'").get() as { n: number }).n;
    app.close();

    const name = `digest fan-out to ${chats} chats, fake Bot API limited to ${limit} msg/s`;
    return [
      {
        name: `${name}: sustained throughput`,
        value: Math.round(rate),
        unit: 'msg/s',
        baseline: { name: `bare throttle to the same fake (${baselineCount} msgs, ${baselineLimited} × 429)`, value: Math.round(baseline) },
        goal: `≥ 90% of the ${limit} msg/s limit (${Math.round(limit * 0.9)})`,
        met: rate >= limit * 0.9,
      },
      { name: `${name}: share of the limit`, value: Math.round((rate / limit) * 1000) / 10, unit: '%', goal: '≥ 90%', met: rate >= limit * 0.9 },
      { name: `${name}: lost (no message at the fake)`, value: lost, unit: 'chats', goal: '0', met: lost === 0 && summary.failed === 0 },
      { name: `${name}: duplicated (extra messages at the fake)`, value: duplicated, unit: 'messages', goal: '0', met: duplicated === 0 },
      { name: `${name}: logged sent`, value: logged, unit: 'digests', goal: `${chats}`, met: logged === chats },
      { name: `${name}: 429s answered by the fake`, value: fake.limited, unit: 'responses' },
      {
        name: `${name}: memory kept after the run (heap after a full GC, end − start)`,
        value: mb(heapEnd - heapStart),
        unit: 'MB',
        baseline: { name: 'heap after a full GC at start, MB', value: mb(heapStart) },
        goal: 'flat (< 16 MB)',
        met: heapEnd - heapStart < 16 * 1024 * 1024,
      },
      {
        name: `${name}: RSS start → end (peak ${mb(rssPeak)} MB; V8 grows its heap between collections)`,
        value: mb(rssEnd),
        unit: 'MB',
        baseline: { name: 'RSS at start, MB', value: mb(rssStart) },
      },
    ];
  } finally {
    await api.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  for (const row of await benchDigest()) {
    const base = row.baseline ? `  (${row.baseline.name}: ${row.baseline.value})` : '';
    const goal = row.goal ? `  goal ${row.goal}: ${row.met ? 'met' : 'NOT met'}` : '';
    process.stdout.write(`${row.name}: ${row.value} ${row.unit}${base}${goal}\n`);
  }
  process.exit(0);
}

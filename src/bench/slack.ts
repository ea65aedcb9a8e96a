/**
 * Slack bench: signed `/report` requests per second through the adapter (Bolt HTTP receiver →
 * core answer → Block Kit → `respond` to the fake response_url), beside a bare Bolt app that acks
 * and responds with a fixed text, measured in the same run, on the same fake Slack.
 *
 * A request counts when its ack came back and its answer reached the response_url sink.
 * Rounds alternate (bare, adapter, adapter with a stubbed core, bare, …) and each side's rate is
 * its total over its rounds, so all sides see the same machine load. The stubbed row shows what
 * the adapter itself costs, apart from the answer engine. The driver uses node:http, a light client, so
 * the apps' own work dominates what is measured.
 */
import { Agent, createServer, type RequestListener, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { App, type Logger as BoltLogger, HTTPReceiver, LogLevel } from '@slack/bolt';
import { type FakeSlack, type HookCall, signatureHeaders, slashCommand, startFakeSlack } from '../../tests/fakes/slack-api.js';
import { startSlack } from '../bots/slack.js';
import { type Core, silentLogger } from '../core/index.js';
import type { MemoryStore } from '../data/memory-store.js';
import { createBenchCore } from './core.js';
import type { BenchRow } from './types.js';

const SECRET = 'bench-signing-secret';
const TOKEN = 'xoxb-bench-token';
/** Distinct askers (their Slack profiles are looked up once, then cached, as in a workspace). */
const USERS = 500;
const QUESTIONS = [
  '2018年深圳新增了多少张病床?',
  'How many hospital beds were added in 2018?',
  '三甲医院有多少家?',
  'How many police reports were there?',
  '福田区用大数据做了什么?',
  'What is the weather in Beijing tomorrow?',
  'search 医院',
  'fact',
];

/** Options, mostly for a quick run in tests. */
export interface SlackBenchOptions {
  /** NOTE: milliseconds measured per round and side (default 400). */
  roundMs?: number;
  /** Rounds per side, alternating (default 3). */
  rounds?: number;
  /** Requests in flight at once (default 16). */
  concurrency?: number;
}

const quietBolt: BoltLogger = {
  debug: () => undefined,
  info: () => undefined,
  warn: () => undefined,
  error: () => undefined,
  setLevel: () => undefined,
  getLevel: () => LogLevel.ERROR,
  setName: () => undefined,
};

function serve(listener: RequestListener): Promise<{ server: Server; url: string }> {
  const server = createServer(listener);
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => resolve({ server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/slack/events` })),
  );
}

/** POSTs with node:http (a light client, so the apps' own cost dominates); resolves the status. */
function post(url: string, agent: Agent, headers: Record<string, string>, body: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method: 'POST', agent, headers }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode ?? 0));
    });
    req.on('error', reject);
    req.end(body);
  });
}

/** Completed requests and the seconds they took. */
interface Run {
  done: number;
  seconds: number;
}

const rate = (runs: Run[]) => runs.reduce((n, r) => n + r.done, 0) / runs.reduce((s, r) => s + r.seconds, 0);

/** Drives `url` with signed /report requests for `ms`; returns how many completed in how long. */
async function drive(fake: FakeSlack, url: string, tag: string, ms: number, concurrency: number): Promise<Run> {
  const waiters = new Map<string, () => void>();
  const onHook = (hook: HookCall) => waiters.get(hook.id)?.();
  fake.on('hook', onHook);
  const agent = new Agent({ keepAlive: true, maxSockets: concurrency });
  let seq = 0;
  let done = 0;
  const start = performance.now();
  const end = start + ms;
  const worker = async () => {
    while (performance.now() < end) {
      const id = `${tag}-${seq++}`;
      let timer: NodeJS.Timeout | undefined;
      const arrived = new Promise<void>((resolve, reject) => {
        waiters.set(id, resolve);
        timer = setTimeout(() => reject(new Error(`bench: slack: ${tag} sent no answer within 5 s`)), 5000);
      });
      const command = slashCommand({ text: QUESTIONS[seq % QUESTIONS.length] as string, user_id: `U${seq % USERS}`, response_url: fake.responseUrl(id) });
      const status = await post(url, agent, { 'content-type': command.contentType, ...signatureHeaders(SECRET, command.body) }, command.body);
      if (status !== 200) throw new Error(`bench: slack: ${tag} answered ${status}`);
      await arrived.finally(() => clearTimeout(timer));
      waiters.delete(id);
      done += 1;
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  const seconds = (performance.now() - start) / 1000;
  agent.destroy();
  fake.off('hook', onHook);
  fake.hooks.length = 0;
  fake.calls.length = 0;
  return { done, seconds };
}

/** Starts the adapter over `core` behind a local server; returns its URL and a stop function. */
async function serveAdapter(core: Core, store: MemoryStore, fake: FakeSlack, servers: Server[]): Promise<{ url: string; stop: () => Promise<void> }> {
  const adapter = await startSlack({
    core,
    chats: store,
    logger: silentLogger,
    config: { botToken: TOKEN, signingSecret: SECRET, apiUrl: fake.apiUrl },
    clientOptions: { retryConfig: { retries: 0 } },
    // NOTE: the gate still does its bookkeeping; the limit only keeps a fast machine from tripping it.
    flood: { limit: 100_000 },
  });
  const handle = adapter.handleHttp?.bind(adapter);
  if (!handle) throw new Error('bench: slack: adapter has no HTTP handler');
  const served = await serve((req, res) => {
    if (!handle(req, res)) res.writeHead(404).end();
  });
  servers.push(served.server);
  return { url: served.url, stop: () => adapter.stop() };
}

/** Runs the Slack bench; about five seconds in all. */
export async function benchSlack(options: SlackBenchOptions = {}): Promise<BenchRow[]> {
  const roundMs = options.roundMs ?? 400;
  const rounds = options.rounds ?? 3;
  const concurrency = options.concurrency ?? 16;
  const fake = await startFakeSlack();
  const servers: Server[] = [];
  try {
    const { core, store } = createBenchCore();
    // The same adapter with the core's work taken out: one fixed, cited answer.
    const fixed = core.ask(QUESTIONS[0] as string).reply;
    const stub: Core = { ...core, handleMessage: async () => [fixed] };
    const full = await serveAdapter(core, store, fake, servers);
    const thin = await serveAdapter(stub, store, fake, servers);

    const receiver = new HTTPReceiver({ signingSecret: SECRET, logger: quietBolt });
    const bare = new App({
      token: TOKEN,
      botId: fake.botId,
      botUserId: fake.botUserId,
      receiver,
      logger: quietBolt,
      clientOptions: { slackApiUrl: fake.apiUrl },
    });
    bare.command('/report', async ({ ack, respond }) => {
      await ack();
      await respond({ response_type: 'ephemeral', text: 'A fixed answer.' });
    });
    const plain = await serve(receiver.requestListener);
    servers.push(plain.server);

    const sides = { bare: plain.url, full: full.url, thin: thin.url };
    const runs: Record<keyof typeof sides, Run[]> = { bare: [], full: [], thin: [] };
    for (const [name, url] of Object.entries(sides)) await drive(fake, url, `warm-${name}`, 150, concurrency);
    for (let round = 0; round < rounds; round++) {
      for (const [name, url] of Object.entries(sides)) runs[name as keyof typeof sides].push(await drive(fake, url, `${name}${round}`, roundMs, concurrency));
    }
    await full.stop();
    await thin.stop();
    const bareRate = rate(runs.bare);
    const fullRate = rate(runs.full);
    const baseline = { name: 'bare Bolt app (ack + fixed respond)', value: Math.round(bareRate) };
    return [
      {
        name: `slack /report requests/s (signed; ack, core answer, Block Kit, respond; bundled report)`,
        value: Math.round(fullRate),
        unit: 'req/s',
        baseline,
        goal: '≥ 0.8× bare Bolt',
        met: fullRate >= 0.8 * bareRate,
      },
      { name: 'slack /report requests/s, adapter only (core stubbed with one fixed answer)', value: Math.round(rate(runs.thin)), unit: 'req/s', baseline },
    ];
  } finally {
    for (const server of servers) {
      server.closeAllConnections();
      server.close();
    }
    await fake.close();
  }
}

/**
 * Wires the Slack adapter for end-to-end tests: the fixture report, a memory store, a capturing
 * logger, a fresh fake Slack, and (HTTP mode) a local server that routes to `handleHttp` the way
 * main.ts does.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { type SlackAdapter, type SlackDeps, startSlack } from '../../src/bots/slack.js';
import { AnswerEngine, type Core, createCore, type Logger } from '../../src/core/index.js';
import { MemoryStore } from '../../src/data/memory-store.js';
import { loadReport } from '../../src/data/report.js';
import { type FakeSlack, postToSlackApp, type SlackRequest, startFakeSlack } from './slack-api.js';

export const FIXTURE_REPORT = fileURLToPath(new URL('../fixtures/report/', import.meta.url));
export const SIGNING_SECRET = 'test-signing-secret';
export const BOT_TOKEN = 'xoxb-test-bot-token';
export const APP_TOKEN = 'xapp-test-app-token';

/** A logger that keeps every line (level, message, context) for assertions. */
export function captureLogger(): { logger: Logger; lines: string[] } {
  const lines: string[] = [];
  const write = (level: string) => (msg: string, ctx?: Record<string, unknown>) => {
    lines.push(`${level} ${msg}${ctx ? ` ${JSON.stringify(ctx)}` : ''}`);
  };
  return { logger: { debug: write('debug'), info: write('info'), warn: write('warn'), error: write('error') }, lines };
}

/** A core over the fixture report and `store`. */
export function fixtureCore(store: MemoryStore): Core {
  return createCore({
    engine: new AnswerEngine(loadReport(FIXTURE_REPORT)),
    chats: store,
    insights: store,
    settings: { defaultLocale: 'zh', digestTime: '09:00', digestTimeZone: 'Asia/Shanghai' },
    clock: { now: () => new Date('2024-05-01T00:00:00Z') },
    random: () => 0,
  });
}

/** Everything a test needs. */
export interface SlackHarness {
  api: FakeSlack;
  store: MemoryStore;
  core: Core;
  adapter: SlackAdapter;
  logs: string[];
  /** `http://127.0.0.1:<port>/slack/events` (HTTP mode). */
  url: string;
  /** Every sleep the adapter asked for, in ms. */
  sleeps: number[];
  /** POSTs a signed request to the app. */
  send(request: SlackRequest, options?: Parameters<typeof postToSlackApp>[2]): Promise<{ status: number; body: string }>;
  close(): Promise<void>;
}

/** Options: `socket` for Socket Mode; `wrapCore` to make the core slow or failing; extra deps. */
export interface HarnessOptions {
  socket?: boolean;
  wrapCore?: (core: Core) => Core;
  deps?: Partial<SlackDeps>;
  api?: FakeSlack;
}

/** Starts the fake, the adapter and (HTTP mode) the server routing to it. */
export async function startSlackHarness(options: HarnessOptions = {}): Promise<SlackHarness> {
  const api = options.api ?? (await startFakeSlack());
  const store = new MemoryStore();
  const base = fixtureCore(store);
  const core = options.wrapCore ? options.wrapCore(base) : base;
  const { logger, lines } = captureLogger();
  const sleeps: number[] = [];
  const adapter = await startSlack({
    core,
    chats: store,
    logger,
    config: options.socket
      ? { botToken: BOT_TOKEN, appToken: APP_TOKEN, apiUrl: api.apiUrl }
      : { botToken: BOT_TOKEN, signingSecret: SIGNING_SECRET, apiUrl: api.apiUrl },
    clientOptions: { retryConfig: { retries: 0 } },
    throttleMs: 0,
    sleep: async (ms) => {
      sleeps.push(ms);
    },
    socket: { autoReconnectEnabled: false },
    ...options.deps,
  });
  let server: Server | undefined;
  let url = '';
  if (adapter.handleHttp) {
    const handle = adapter.handleHttp.bind(adapter);
    server = createServer((req, res) => {
      if (!handle(req, res)) res.writeHead(404).end();
    });
    await new Promise<void>((resolve) => server?.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/slack/events`;
  }
  return {
    api,
    store,
    core: base,
    adapter,
    logs: lines,
    url,
    sleeps,
    send: (request, sendOptions) => postToSlackApp(url, request, { secret: SIGNING_SECRET, ...sendOptions }),
    async close() {
      await adapter.stop();
      if (server) {
        server.closeAllConnections();
        await new Promise<void>((resolve) => server?.close(() => resolve()));
      }
      await api.close();
    },
  };
}

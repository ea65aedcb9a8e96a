/**
 * Faults end to end: forged or stale requests, rate limits, channels that are gone, failing
 * handlers, bad tokens at start-up, and tokens never reaching the logs.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startSlack } from '../../src/bots/slack.js';
import { type Core, DeliveryError } from '../../src/core/index.js';
import { MemoryStore } from '../../src/data/memory-store.js';
import { eventCallback, type FakeSlack, slashCommand, startFakeSlack } from '../fakes/slack-api.js';
import {
  APP_TOKEN,
  BOT_TOKEN,
  captureLogger,
  FIXTURE_REPORT,
  fixtureCore,
  SIGNING_SECRET,
  type SlackHarness,
  startSlackHarness,
} from '../fakes/slack-harness.js';

let h: SlackHarness | undefined;
let api: FakeSlack | undefined;
afterEach(async () => {
  await h?.close();
  await api?.close();
  h = undefined;
  api = undefined;
});

const mention = (text: string) => ({ type: 'app_mention', user: 'U1', text: `<@UBOT> ${text}`, ts: '1700000100.000100', channel: 'C1' });
const answerReply = (core: Core) => core.ask('新增多少张病床?').reply;

describe('request verification', () => {
  it.each([
    ['a bad signature', { secret: 'wrong-secret' }],
    ['no signature', { sign: false }],
    ['a timestamp older than 5 minutes', { ts: Math.floor(Date.now() / 1000) - 6 * 60 }],
  ])('rejects %s with 401 and processes nothing', async (_name, options) => {
    h = await startSlackHarness();
    const command = await h.send(slashCommand({ text: '新增多少张病床?', response_url: h.api.responseUrl('x') }), options);
    const event = await h.send(eventCallback(mention('新增多少张病床?')), options);
    await h.adapter.idle();
    expect(command.status).toBe(401);
    expect(event.status).toBe(401);
    expect(h.api.hooks).toHaveLength(0);
    expect(h.api.calls.map((c) => c.method)).toEqual(['auth.test']);
  });

  it('answers Slack’s URL check when the request URL is saved', async () => {
    h = await startSlackHarness();
    const res = await h.send({ body: JSON.stringify({ token: 't', challenge: 'ch-123', type: 'url_verification' }), contentType: 'application/json' });
    expect(res.status).toBe(200);
    expect(res.body).toContain('ch-123');
  });

  it('answers 405 to a GET and leaves other paths to other adapters', async () => {
    h = await startSlackHarness();
    const get = await fetch(h.url);
    expect(get.status).toBe(405);
    const other = await fetch(h.url.replace('/slack/events', '/telegram'), { method: 'POST', body: '{}' });
    expect(other.status).toBe(404);
  });
});

describe('Web API faults', () => {
  it('waits Retry-After on a 429, then posts the reply once', async () => {
    h = await startSlackHarness();
    h.api.failNext('chat.postMessage', 1, { status: 429, retryAfter: 3 });
    await h.send(eventCallback(mention('新增多少张病床?')));
    await h.adapter.idle();
    const posts = h.api.callsOf('chat.postMessage');
    expect(posts).toHaveLength(2);
    expect(posts[0]?.payload).toEqual(posts[1]?.payload);
    expect(h.sleeps).toEqual([3000]);
  });

  it('waits Retry-After when a response_url answers 429, then responds once', async () => {
    h = await startSlackHarness();
    h.api.failHooks(1, 2);
    await h.send(slashCommand({ text: '新增多少张病床?', response_url: h.api.responseUrl('rl') }));
    await h.api.waitFor(() => h?.api.hooks.length === 1, 'the response');
    expect(h.api.hookRefusals).toBe(1);
    expect(JSON.stringify(h.api.hooks[0]?.payload)).toContain('2555');
    expect(h.sleeps).toContain(2000);
  });

  it('gives up after repeated 429s with a transient DeliveryError', async () => {
    h = await startSlackHarness({ deps: { maxRateLimitRetries: 2 } });
    h.api.failNext('chat.postMessage', 5, { status: 429, retryAfter: 1 });
    const err = await h.adapter.outbox.send({ platform: 'slack', chatId: 'C5' }, [answerReply(h.core)]).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(DeliveryError);
    expect((err as DeliveryError).delivery).toBe('transient');
  });

  it.each(['channel_not_found', 'not_in_channel', 'account_inactive', 'is_archived'])('marks the chat inactive on %s and reports chat_gone', async (error) => {
    h = await startSlackHarness();
    await h.store.updateChat({ platform: 'slack', chatId: 'C9' }, { digestEnabled: true });
    h.api.failNext('chat.postMessage', 1, { error });
    const err = await h.adapter.outbox.send({ platform: 'slack', chatId: 'C9' }, [answerReply(h.core)]).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(DeliveryError);
    expect((err as DeliveryError).delivery).toBe('chat_gone');
    expect((await h.store.getChat({ platform: 'slack', chatId: 'C9' }))?.active).toBe(false);
    expect(await h.store.listDigestChats()).toHaveLength(0);
    expect(h.logs.some((l) => l.includes('slack: channel gone') && l.includes(error))).toBe(true);
  });

  it('reports a message Slack refuses as rejected and keeps the chat active', async () => {
    h = await startSlackHarness();
    h.api.failNext('chat.postMessage', 1, { error: 'invalid_blocks' });
    const err = await h.adapter.outbox.send({ platform: 'slack', chatId: 'C3' }, [answerReply(h.core)]).catch((e: unknown) => e);
    expect((err as DeliveryError).delivery).toBe('rejected');
    expect((await h.store.getChat({ platform: 'slack', chatId: 'C3' }))?.active ?? true).toBe(true);
  });

  it('marks a channel inactive when a mention reply finds it gone, and the next request still works', async () => {
    h = await startSlackHarness();
    h.api.failNext('chat.postMessage', 1, { error: 'not_in_channel' });
    await h.send(eventCallback(mention('新增多少张病床?')));
    await h.adapter.idle();
    expect((await h.store.getChat({ platform: 'slack', chatId: 'C1' }))?.active).toBe(false);
    expect(h.logs.some((l) => l.startsWith('error slack: request failed') && l.includes('"event":"app_mention"') && l.includes('"channel":"C1"'))).toBe(true);
    await h.send(eventCallback(mention('三甲医院总数增加到多少家?')));
    await h.adapter.idle();
    expect(h.api.callsOf('chat.postMessage')).toHaveLength(2);
  });
});

describe('failing handlers', () => {
  it('logs a failed request with its context and answers the next one', async () => {
    let calls = 0;
    h = await startSlackHarness({
      wrapCore: (core): Core => ({
        ...core,
        handleMessage: async (msg) => {
          calls += 1;
          if (calls === 1) throw new Error('boom');
          return core.handleMessage(msg);
        },
      }),
    });
    await h.send(slashCommand({ text: '新增多少张病床?', response_url: h.api.responseUrl('a') }));
    await h.adapter.idle();
    await h.send(slashCommand({ text: '新增多少张病床?', response_url: h.api.responseUrl('b') }));
    await h.adapter.idle();
    const failed = h.logs.find((l) => l.startsWith('error slack: request failed'));
    expect(failed).toContain('boom');
    expect(failed).toContain('"command":"/report"');
    expect(failed).toContain('"channel":"C1"');
    expect(h.api.hooks.map((x) => x.id)).toEqual(['b']);
  });

  it('never logs a token or the signing secret', async () => {
    h = await startSlackHarness();
    h.api.failNext('chat.postMessage', 1, { error: 'invalid_auth' });
    await h.send(eventCallback(mention('新增多少张病床?')));
    await h.send(slashCommand({ text: 'help', response_url: h.api.responseUrl('a') }), { secret: 'bad' });
    await h.adapter.idle();
    expect(h.logs.length).toBeGreaterThan(1);
    const all = h.logs.join('\n');
    expect(all).not.toContain(BOT_TOKEN);
    expect(all).not.toContain(SIGNING_SECRET);
    expect(all).not.toMatch(/xox[bp]-|xapp-/);
  });
});

describe('start-up', () => {
  const deps = (fake: FakeSlack, config: { appToken?: string } = {}) => {
    const store = new MemoryStore();
    return {
      core: fixtureCore(store),
      chats: store,
      logger: captureLogger().logger,
      config: { botToken: BOT_TOKEN, signingSecret: SIGNING_SECRET, apiUrl: fake.apiUrl, ...config },
      clientOptions: { retryConfig: { retries: 0 } },
      socket: { autoReconnectEnabled: false },
    };
  };

  it('fails with one clear line when auth.test rejects the bot token', async () => {
    api = await startFakeSlack();
    api.authError = 'invalid_auth';
    await expect(startSlack(deps(api))).rejects.toThrow(/^slack: SLACK_BOT_TOKEN was rejected by auth\.test \(invalid_auth\)/);
  });

  it('fails with one clear line when the Web API cannot be reached', async () => {
    const fake = await startFakeSlack();
    const d = deps(fake);
    await fake.close();
    await expect(startSlack(d)).rejects.toThrow(/^slack: cannot reach the Slack Web API at http:\/\/127\.0\.0\.1:\d+\/api\//);
  });

  it('fails with one clear line when apps.connections.open rejects the app token', async () => {
    api = await startFakeSlack();
    api.socketError = 'invalid_auth';
    await expect(startSlack(deps(api, { appToken: APP_TOKEN }))).rejects.toThrow(
      /^slack: SLACK_APP_TOKEN was rejected by apps\.connections\.open \(invalid_auth\)/,
    );
  });

  it('makes `npm start` print one line and exit 1 on a bad token', async () => {
    api = await startFakeSlack();
    api.authError = 'invalid_auth';
    const dataDir = mkdtempSync(join(tmpdir(), 'slack-start-'));
    try {
      const env = {
        PATH: process.env.PATH,
        HOME: process.env.HOME,
        SLACK_BOT_TOKEN: BOT_TOKEN,
        SLACK_SIGNING_SECRET: SIGNING_SECRET,
        SLACK_API_URL: api.apiUrl,
      };
      const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
        env: { ...env, REPORT_DIR: FIXTURE_REPORT, DATA_DIR: dataDir, PORT: '0', LOG_LEVEL: 'silent' },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let stderr = '';
      child.stderr.on('data', (d: Buffer) => {
        stderr += d.toString();
      });
      const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
      expect(code).toBe(1);
      expect(stderr.trim().split('\n')).toHaveLength(1);
      expect(stderr).toMatch(/slack: SLACK_BOT_TOKEN was rejected by auth\.test \(invalid_auth\)/);
      expect(stderr).not.toContain(BOT_TOKEN);
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});

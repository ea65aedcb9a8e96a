/**
 * Digests through the real adapter outboxes (Telegram sender + throttle, Slack web) against the
 * fake platform servers: what each platform receives, the weekly quiz, and 429 / 5xx / 403.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { type App, createApp } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';
import { type ChatKey, runDueDigests, type SchedulerDeps, silentLogger } from '../../src/core/index.js';
import { createDigestOutboxes } from '../../src/digest-outboxes.js';
import { schedulerDeps } from '../../src/digest-timer.js';
import { type FakeSlack, startFakeSlack } from '../fakes/slack-api.js';
import { FakeTelegramApi } from '../fakes/telegram-api.js';

const TOKEN = '123456:TEST-fake-token-aaaaaaaaaaaaaaaaaaaa';
const MONDAY = new Date('2024-05-06T02:00:00Z'); // 10:00 in Shanghai
const FRIDAY = new Date('2024-05-10T02:00:00Z');

let telegram: FakeTelegramApi;
let slack: FakeSlack;
let app: App;
let deps: SchedulerDeps;
let backoffs: number[];

async function setup(): Promise<void> {
  telegram = await FakeTelegramApi.start();
  slack = await startFakeSlack();
  const config = loadConfig({
    REPORT_DIR: 'tests/fixtures/report',
    TELEGRAM_BOT_TOKEN: TOKEN,
    TELEGRAM_API_ROOT: telegram.apiRoot,
    SLACK_BOT_TOKEN: 'xoxb-test-bot-token',
    SLACK_SIGNING_SECRET: 'secret',
    SLACK_API_URL: slack.apiUrl,
  });
  app = createApp(config, { memory: true });
  const outboxes = createDigestOutboxes(config, app, silentLogger);
  backoffs = [];
  deps = schedulerDeps(app, outboxes, silentLogger, {
    sleep: async (ms) => {
      backoffs.push(ms);
    },
  });
}

afterEach(async () => {
  app?.close();
  await telegram?.close();
  await slack?.close();
});

const tg = (chatId: string): ChatKey => ({ platform: 'telegram', chatId });
const sl = (chatId: string): ChatKey => ({ platform: 'slack', chatId });

describe('digests on Telegram', () => {
  it('sends the digest as one HTML message with its buttons, to the chat and topic', async () => {
    await setup();
    await app.store.updateChat(tg('-1001'), { digestEnabled: true, threadId: '5' });
    await app.store.updateChat(tg('42'), { digestEnabled: true, locale: 'en' });
    expect(await runDueDigests(MONDAY, deps)).toMatchObject({ due: 2, sent: 2 });
    const sent = telegram.sent('sendMessage');
    expect(sent).toHaveLength(2);
    const group = sent.find((p) => String(p.chat_id) === '-1001');
    expect(group?.message_thread_id).toBe(5);
    expect(group?.text).toContain('第 1–3 条 / 共 4 条');
    expect(group?.text).toContain('医疗卫生方面,新增病床2555张。');
    const en = sent.find((p) => String(p.chat_id) === '42');
    expect(en?.text).toContain('facts 1–3 of 4');
    const buttons = en?.reply_markup?.inline_keyboard.flat().map((b: { callback_data: string }) => b.callback_data);
    expect(buttons).toEqual(expect.arrayContaining(['more:health-01']));
    expect(telegram.sent('sendPoll')).toHaveLength(0);
  });

  it('ends Friday’s digest with a quiz poll built from a figure', async () => {
    await setup();
    await app.store.updateChat(tg('42'), { digestEnabled: true, locale: 'en' });
    await runDueDigests(FRIDAY, deps);
    const methods = telegram.calls.filter((c) => c.method.startsWith('send')).map((c) => c.method);
    expect(methods).toEqual(['sendMessage', 'sendPoll']);
    const [poll] = telegram.sent('sendPoll');
    expect(poll?.type).toBe('quiz');
    expect(poll?.question).toContain('____');
    const options = ((poll?.options ?? []) as Array<string | { text: string }>).map((o) => (typeof o === 'string' ? o : o.text));
    expect(options).toHaveLength(4);
    expect(options[poll?.correct_option_id as number]).toBe('2,555');
  });

  it('waits out a 429 and sends once', async () => {
    await setup();
    await app.store.updateChat(tg('42'), { digestEnabled: true });
    telegram.failNext('sendMessage', 1, { code: 429, description: 'Too Many Requests: retry after 1', parameters: { retry_after: 1 } });
    expect(await runDueDigests(MONDAY, deps)).toMatchObject({ sent: 1 });
    expect(telegram.callsOf('sendMessage').map((c) => c.ok)).toEqual([false, true]);
    expect(await app.store.getDigest(tg('42'), '2024-05-06')).toMatchObject({ status: 'sent', attempts: 1 });
  });

  it('retries 5xx with backoff, at most five attempts, then logs the digest as failed', async () => {
    await setup();
    await app.store.updateChat(tg('1'), { digestEnabled: true });
    await app.store.updateChat(tg('2'), { digestEnabled: true });
    telegram.failNext('sendMessage', 2, { code: 502, description: 'Bad Gateway' }, (p) => String(p.chat_id) === '1');
    telegram.failNext('sendMessage', 99, { code: 500, description: 'Internal Server Error' }, (p) => String(p.chat_id) === '2');
    expect(await runDueDigests(MONDAY, deps)).toMatchObject({ sent: 1, failed: 1 });
    const calls = (id: string) => telegram.callsOf('sendMessage').filter((c) => String(c.payload.chat_id) === id);
    expect(calls('1').map((c) => c.ok)).toEqual([false, false, true]);
    expect(calls('2')).toHaveLength(5);
    expect(calls('2').every((c) => !c.ok)).toBe(true);
    expect(await app.store.getDigest(tg('2'), '2024-05-06')).toMatchObject({ status: 'failed', attempts: 5 });
    // (Shorter sleeps are the fan-out pacing.)
    expect(backoffs.filter((ms) => ms >= 1000).sort((a, b) => a - b)).toEqual([2000, 2000, 4000, 4000, 8000, 16000]);
  });

  it('marks a chat that blocked the bot inactive and does not try it again', async () => {
    await setup();
    await app.store.updateChat(tg('7'), { digestEnabled: true });
    await app.store.updateChat(tg('8'), { digestEnabled: true });
    telegram.failNext('sendMessage', 1, { code: 403, description: 'Forbidden: bot was blocked by the user' }, (p) => String(p.chat_id) === '7');
    expect(await runDueDigests(MONDAY, deps)).toMatchObject({ sent: 1, gone: 1 });
    expect((await app.store.getChat(tg('7')))?.active).toBe(false);
    await runDueDigests(new Date('2024-05-07T02:00:00Z'), deps);
    expect(telegram.callsOf('sendMessage').filter((c) => String(c.payload.chat_id) === '7')).toHaveLength(1);
    expect(telegram.sent('sendMessage').filter((p) => String(p.chat_id) === '8')).toHaveLength(2);
  });
});

describe('digests on Slack', () => {
  it('posts the digest with blocks, and Friday’s quiz as buttons', async () => {
    await setup();
    await app.store.updateChat(sl('C1'), { digestEnabled: true, locale: 'en' });
    await runDueDigests(MONDAY, deps);
    await runDueDigests(FRIDAY, deps);
    const posts = slack.callsOf('chat.postMessage');
    expect(posts).toHaveLength(2);
    expect(JSON.stringify(posts[0]?.payload.blocks)).toContain('facts 1–3 of 4');
    const friday = JSON.stringify(posts[1]?.payload.blocks);
    expect(friday).toContain('fact 4 of 4');
    expect(friday).toContain('Weekly quiz: fill in the blank. The number of top-tier (Grade 3A) hospitals rose to ____.');
    expect(friday).toMatch(/"text":"18".*"action_id":"rb:quiz:/);
  });

  it('waits out a 429, and pauses a channel that is gone', async () => {
    await setup();
    await app.store.updateChat(sl('C1'), { digestEnabled: true });
    await app.store.updateChat(sl('C2'), { digestEnabled: true });
    slack.failNext('chat.postMessage', 1, { status: 429, retryAfter: 1 });
    slack.failNext('chat.postMessage', 1, { error: 'channel_not_found' });
    const summary = await runDueDigests(MONDAY, deps);
    expect(summary).toMatchObject({ sent: 1, gone: 1 });
    expect(slack.callsOf('chat.postMessage')).toHaveLength(3);
    const inactive = [(await app.store.getChat(sl('C1')))?.active, (await app.store.getChat(sl('C2')))?.active];
    expect(inactive.filter((a) => a === false)).toHaveLength(1);
  });
});

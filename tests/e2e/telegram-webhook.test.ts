import { afterEach, describe, expect, it } from 'vitest';
import { startTelegram } from '../../src/bots/telegram.js';
import { BotError, ConfigError } from '../../src/core/index.js';
import { MemoryStore } from '../../src/data/memory-store.js';
import { FakeTelegramApi } from '../fakes/telegram-api.js';
import { fixtureCore, type Harness, type LogEntry, memoryLogger, SECRET, startHarness, TOKEN, textUpdate } from './telegram-harness.js';

let h: Harness | undefined;
afterEach(async () => {
  await h?.stop();
  h = undefined;
});

describe('telegram: webhook mode', () => {
  it('sets the webhook with the secret and does not poll', async () => {
    h = await startHarness({ mode: 'webhook' });
    expect(h.api.sent('setWebhook')).toEqual([
      { url: 'https://bot.example.test/telegram/hook', secret_token: SECRET, allowed_updates: ['message', 'callback_query', 'inline_query', 'my_chat_member'] },
    ]);
    expect(h.api.callsOf('getUpdates')).toEqual([]);
    expect(h.api.callsOf('deleteWebhook')).toEqual([]);
  });

  it('answers an update posted with the right secret', async () => {
    h = await startHarness({ mode: 'webhook' });
    expect(await h.post(textUpdate({ chat: 701, text: 'How many hospital beds were added?', lang: 'en' }))).toBe(200);
    const [reply] = await h.api.waitFor('sendMessage');
    expect(reply?.text).toContain('2,555 hospital beds');
  });

  it('answers an update Telegram delivers twice only once', async () => {
    h = await startHarness({ mode: 'webhook' });
    const update = textUpdate({ chat: 703, text: 'How many hospital beds were added?', lang: 'en' });
    expect(await h.post(update)).toBe(200);
    expect(await h.post(update)).toBe(200);
    await h.api.waitFor('sendMessage');
    await h.stop();
    expect(h.api.sent('sendMessage')).toHaveLength(1);
  });

  it('refuses a wrong or missing secret with 403 and processes nothing', async () => {
    h = await startHarness({ mode: 'webhook' });
    expect(await h.post(textUpdate({ chat: 702, text: '新增多少张病床?' }), 'wrong-secret')).toBe(403);
    expect(await h.post(textUpdate({ chat: 702, text: '新增多少张病床?' }), null)).toBe(403);
    await h.stop();
    expect(h.api.sent()).toEqual([]);
    expect(await h.store.getChat({ platform: 'telegram', chatId: '702' })).toBeUndefined();
  });

  it('lets in-flight replies finish on stop, then turns updates away', async () => {
    h = await startHarness({ mode: 'webhook' });
    expect(await h.post(textUpdate({ chat: 703, text: '新增多少张病床?' }))).toBe(200);
    await h.adapter.stop();
    expect(h.api.sent()).toHaveLength(1);
    expect(await h.post(textUpdate({ chat: 703, text: '新增多少张病床?' }))).toBe(503);
  });
});

describe('telegram: start-up errors', () => {
  let api: FakeTelegramApi | undefined;
  afterEach(async () => {
    await api?.close();
    api = undefined;
  });

  const start = (apiRoot: string, logs: LogEntry[], webhookUrl?: string) => {
    const store = new MemoryStore();
    return startTelegram({ core: fixtureCore(store), chats: store, logger: memoryLogger(logs), config: { token: TOKEN, apiRoot, webhookUrl } });
  };

  it('stops with one clear line when Telegram rejects the token (401), never showing the token', async () => {
    api = await FakeTelegramApi.start();
    api.failNext('getMe', 1, { code: 401, description: 'Unauthorized' });
    const logs: LogEntry[] = [];
    const error = await start(api.apiRoot, logs).catch((err: unknown) => err);
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as Error).message).toMatch(/^config: TELEGRAM_BOT_TOKEN was rejected by Telegram/);
    expect((error as Error).message).not.toContain('\n');
    expect((error as Error).message).not.toContain(TOKEN.split(':')[1]);
    expect(api.callsOf('setMyCommands')).toEqual([]);
  });

  it('reports an unreachable API without the token', async () => {
    api = await FakeTelegramApi.start();
    const root = api.apiRoot;
    await api.close();
    api = undefined;
    const error = await start(root, []).catch((err: unknown) => err);
    expect(error).toBeInstanceOf(BotError);
    expect((error as Error).message).toMatch(/^telegram: getMe failed/);
    expect((error as Error).message).not.toContain(TOKEN.split(':')[1]);
  });

  it('stops with one line naming TELEGRAM_WEBHOOK_URL when Telegram refuses the webhook', async () => {
    api = await FakeTelegramApi.start();
    api.failNext('setWebhook', 1, { code: 400, description: 'Bad Request: bad webhook: HTTPS url must be provided for webhook' });
    const error = await start(api.apiRoot, [], 'http://insecure.example.test/hook').catch((err: unknown) => err);
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as Error).message).toBe(
      'config: TELEGRAM_WEBHOOK_URL was refused by Telegram: Bad Request: bad webhook: HTTPS url must be provided for webhook',
    );
  });
});

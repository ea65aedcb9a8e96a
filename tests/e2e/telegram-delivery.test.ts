import { afterEach, describe, expect, it } from 'vitest';
import { type ChatRef, DeliveryError, type Reply } from '../../src/core/index.js';
import { parseTelegramHtml } from '../fakes/telegram-api.js';
import { type Harness, type Json, startHarness, TOKEN, textUpdate } from './telegram-harness.js';

let h: Harness;
afterEach(async () => {
  await h?.stop();
  expect(JSON.stringify(h?.logs ?? [])).not.toContain(TOKEN.split(':')[1]);
});

const chat = (chatId: number, threadId?: string): ChatRef => ({ platform: 'telegram', chatId: String(chatId), ...(threadId ? { threadId } : {}) });
const key = (chatId: number) => ({ platform: 'telegram' as const, chatId: String(chatId) });
const info = (body: string, extra: Partial<Reply> = {}): Reply => ({
  kind: 'digest',
  locale: 'en',
  intent: 'digest',
  answered: true,
  body,
  citations: [],
  buttons: [],
  ...extra,
});
const textOf = (m: Json) => {
  const parsed = parseTelegramHtml(m.text);
  if ('error' in parsed) throw new Error(parsed.error);
  return parsed.text;
};

describe('telegram: rate limits and server errors', () => {
  it('waits out a 429 (retry_after) and then delivers the answer', async () => {
    h = await startHarness({
      before: (api) => api.failNext('sendMessage', 1, { code: 429, description: 'Too Many Requests: retry after 1', parameters: { retry_after: 1 } }),
    });
    h.api.queueUpdate(textUpdate({ chat: 601, text: '新增多少张病床?' }));
    const [answer] = await h.api.waitFor('sendMessage');
    expect(answer?.text).toContain('新增病床2555张');
    expect(h.api.callsOf('sendMessage').map((c) => c.ok)).toEqual([false, true]);
  });

  it('retries 5xx with backoff when answering, then gives up', async () => {
    h = await startHarness({ throttle: { backoffMs: 1, maxRetries: 2 } });
    h.api.failNext('sendMessage', 2, { code: 502, description: 'Bad Gateway' });
    h.api.queueUpdate(textUpdate({ chat: 602, text: '新增多少张病床?' }));
    const [answer] = await h.api.waitFor('sendMessage');
    expect(answer?.text).toContain('新增病床2555张');
    expect(h.api.callsOf('sendMessage').map((c) => c.ok)).toEqual([false, false, true]);
  });

  it('hands a 5xx on an outbox send (a digest) straight back, once: the scheduler owns those retries', async () => {
    h = await startHarness({ throttle: { backoffMs: 1, maxRetries: 2 } });
    h.api.failNext('sendMessage', 1, { code: 500, description: 'Internal Server Error' });
    await expect(h.adapter.outbox.send(chat(603), [info('digest')])).rejects.toMatchObject({ delivery: 'transient' });
    expect(h.api.callsOf('sendMessage').map((c) => c.ok)).toEqual([false]);
    // A 429 is still waited out.
    h.api.failNext('sendMessage', 1, { code: 429, description: 'Too Many Requests: retry after 1', parameters: { retry_after: 1 } });
    await h.adapter.outbox.send(chat(603), [info('digest')]);
    expect(h.api.callsOf('sendMessage').map((c) => c.ok)).toEqual([false, false, true]);
  });
});

describe('telegram: chats that are gone or moved', () => {
  it('marks a chat inactive when the bot was blocked (403), so no more digests go there', async () => {
    h = await startHarness();
    await h.store.updateChat(key(603), { digestEnabled: true });
    h.api.failNext('sendMessage', 1, { code: 403, description: 'Forbidden: bot was blocked by the user' });
    const sending = h.adapter.outbox.send(chat(603), [info('Today in the report')]);
    await expect(sending).rejects.toBeInstanceOf(DeliveryError);
    await expect(sending).rejects.toMatchObject({ delivery: 'chat_gone' });
    expect((await h.store.getChat(key(603)))?.active).toBe(false);
    expect(await h.store.listDigestChats()).toEqual([]);
    expect(h.api.callsOf('sendMessage')).toHaveLength(1);
  });

  it('marks a chat inactive on "chat not found" (400)', async () => {
    h = await startHarness();
    h.api.failNext('sendMessage', 1, { code: 400, description: 'Bad Request: chat not found' });
    await expect(h.adapter.outbox.send(chat(-100_604), [info('x')])).rejects.toMatchObject({ delivery: 'chat_gone' });
    expect((await h.store.getChat(key(-100_604)))?.active).toBe(false);
  });

  it('moves a migrated group to its supergroup id and delivers there', async () => {
    h = await startHarness();
    await h.store.updateChat(key(-605), { locale: 'en', digestEnabled: true });
    h.api.failNext(
      'sendMessage',
      1,
      { code: 400, description: 'Bad Request: group chat was upgraded to a supergroup chat', parameters: { migrate_to_chat_id: -100_605 } },
      (p) => p.chat_id === '-605',
    );
    await h.adapter.outbox.send(chat(-605), [info('digest')]);
    expect(h.api.sent()[0]?.chat_id).toBe('-100605');
    expect(await h.store.getChat(key(-605))).toBeUndefined();
    expect((await h.store.getChat(key(-100_605)))?.locale).toBe('en');
  });

  it('moves the settings when the group announces its migration', async () => {
    h = await startHarness();
    await h.store.updateChat(key(-606), { locale: 'en' });
    const migrated = textUpdate({ chat: -606, type: 'group', text: 'x' });
    delete migrated.message.text;
    migrated.message.migrate_to_chat_id = -100_606;
    h.api.queueUpdate(migrated, textUpdate({ chat: -100_606, text: '/ask How many hospital beds were added?' }));
    await h.api.waitFor('sendMessage');
    expect(await h.store.getChat(key(-606))).toBeUndefined();
    expect((await h.store.getChat(key(-100_606)))?.locale).toBe('en');
  });
});

describe('telegram: outbox rendering', () => {
  it('splits a 6000-character reply at line boundaries, keyboard on the last part', async () => {
    h = await startHarness();
    const lines = Array.from({ length: 100 }, (_, i) => `${String(i).padStart(3, '0')} ${'事实'.repeat(27)}<&>`);
    const body = lines.join('\n');
    expect(body.length).toBeGreaterThanOrEqual(6000);
    await h.adapter.outbox.send(chat(607), [info(body, { buttons: [{ label: 'More', action: 'more:health-01' }] })]);
    const parts = h.api.sent();
    expect(parts).toHaveLength(2);
    const texts = parts.map(textOf);
    for (const text of texts) expect(text.length).toBeLessThanOrEqual(4096);
    expect(texts.join('\n')).toBe(body);
    expect(parts[0]?.reply_markup).toBeUndefined();
    expect(parts[1]?.reply_markup.inline_keyboard).toEqual([[{ text: 'More', callback_data: 'more:health-01' }]]);
  });

  it('sends a quiz reply as a Telegram quiz poll, in the chat topic', async () => {
    h = await startHarness();
    const quiz = {
      question: 'How many new hospital beds?',
      options: ['1,555', '2,555', '3,555'],
      correctIndex: 1,
      explanation: '2,555 beds were added.',
      factId: 'health-01',
    };
    await h.adapter.outbox.send(chat(-100_608, '12'), [info('Quiz of the day', { quiz })]);
    const [poll] = await h.api.waitFor('sendPoll');
    expect(poll).toMatchObject({ chat_id: '-100608', type: 'quiz', correct_option_id: 1, options: quiz.options, message_thread_id: 12 });
    expect(h.api.sent()[0]).toMatchObject({ text: 'Quiz of the day', message_thread_id: 12 });
  });
});

import { afterEach, describe, expect, it } from 'vitest';
import { type App, createApp } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';
import { silentLogger } from '../../src/core/index.js';
import { createTerminalOutbox, type DigestScheduler, startScheduler } from '../../src/digest-timer.js';
import { FakeOutbox } from '../fakes/fake-outbox.js';

const config = loadConfig({ REPORT_DIR: 'tests/fixtures/report', DEFAULT_LANG: 'en' });
let app: App | undefined;
let scheduler: DigestScheduler | undefined;

afterEach(async () => {
  scheduler?.stop();
  await scheduler?.idle();
  app?.close();
  scheduler = undefined;
  app = undefined;
});

describe('digest timer', () => {
  it('settles in-flight digests, then sends what is due as soon as it starts, once', async () => {
    app = createApp(config, { memory: true });
    const { store } = app;
    const now = new Date('2024-05-06T02:00:00Z'); // 10:00 in Shanghai
    await store.updateChat({ platform: 'telegram', chatId: '1' }, { digestEnabled: true });
    await store.updateChat({ platform: 'telegram', chatId: '2' }, { digestEnabled: true });
    // A previous process died while sending chat 2's digest.
    await store.claimDigest({
      chat: { platform: 'telegram', chatId: '2' },
      localDate: '2024-05-06',
      factIds: ['health-01'],
      rotationFrom: 0,
      rotationTo: 1,
      at: now,
    });
    await store.startDigestAttempt({ platform: 'telegram', chatId: '2' }, '2024-05-06', 0, now);

    const outbox = new FakeOutbox();
    scheduler = startScheduler({ app, outboxes: new Map([['telegram', outbox]]), logger: silentLogger, clock: { now: () => now } });
    await scheduler.idle();
    expect(outbox.sent.map((s) => s.chat.chatId)).toEqual(['1']);
    expect((await store.getDigest({ platform: 'telegram', chatId: '2' }, '2024-05-06'))?.status).toBe('uncertain');
    expect(await scheduler.runNow()).toMatchObject({ due: 0 });
    expect(outbox.sent).toHaveLength(1);
  });

  it('drops digest-log rows older than 90 days when it runs', async () => {
    app = createApp(config, { memory: true });
    const { store } = app;
    const now = new Date('2024-05-06T02:00:00Z');
    const chat = { platform: 'telegram' as const, chatId: '3' };
    await store.updateChat(chat, { digestEnabled: true });
    for (const localDate of ['2024-01-01', '2024-04-01']) {
      await store.claimDigest({ chat, localDate, factIds: ['health-01'], rotationFrom: 0, rotationTo: 0, at: now });
    }
    scheduler = startScheduler({ app, outboxes: new Map([['telegram', new FakeOutbox()]]), logger: silentLogger, clock: { now: () => now } });
    await scheduler.idle();
    // Today's digest went out; January's row is gone, April's stays.
    expect((await store.listDigests({ since: '2000-01-01', chat })).map((r) => r.localDate)).toEqual(['2024-04-01', '2024-05-06']);
  });

  it('does nothing after stop', async () => {
    app = createApp(config, { memory: true });
    await app.store.updateChat({ platform: 'telegram', chatId: '1' }, { digestEnabled: true });
    const outbox = new FakeOutbox();
    scheduler = startScheduler({
      app,
      outboxes: new Map([['telegram', outbox]]),
      logger: silentLogger,
      clock: { now: () => new Date('2024-05-06T00:00:00Z') },
    });
    await scheduler.idle();
    scheduler.stop();
    expect(await scheduler.runNow()).toBeUndefined();
    expect(outbox.sent).toHaveLength(0);
  });

  it('prints digests into the terminal chat, with the quiz', async () => {
    app = createApp(config, { memory: true });
    await app.store.updateChat({ platform: 'terminal', chatId: 'local' }, { digestEnabled: true, locale: 'en' });
    let printed = '';
    const outbox = createTerminalOutbox(app.core, (text) => {
      printed += text;
    });
    scheduler = startScheduler({
      app,
      outboxes: new Map([['terminal', outbox]]),
      logger: silentLogger,
      clock: { now: () => new Date('2024-05-10T02:00:00Z') },
    });
    await scheduler.idle();
    expect(printed).toMatch(/Daily digest · Friday,? 10 May 2024\nfacts 1–3 of 4 · /);
    expect(printed).toContain('Weekly quiz: fill in the blank.');
    expect(printed).toMatch(/\n\([A-D]\) Answer: /);
  });
});

import { describe, expect, it } from 'vitest';
import {
  type ChatSettings,
  type ChatStore,
  DeliveryError,
  type DigestStore,
  digestOrder,
  type Platform,
  recoverDigests,
  runDueDigests,
  type SchedulerDeps,
  silentLogger,
} from '../../../src/core/index.js';
import { MemoryStore } from '../../../src/data/memory-store.js';
import { SqliteStore } from '../../../src/data/sqlite-store.js';
import { FakeOutbox } from '../../fakes/fake-outbox.js';
import { makeReport } from '../../fakes/synthetic-report.js';

type Store = ChatStore & DigestStore;
const stores: Array<[string, () => Store]> = [
  ['memory', () => new MemoryStore()],
  ['sqlite', () => new SqliteStore(':memory:')],
];

const report = makeReport({ housing: 4, health: 3, safety: 3 });

function setup(makeStore: () => Store, extra: Partial<SchedulerDeps> = {}) {
  const store = makeStore();
  const outbox = new FakeOutbox();
  const delays: number[] = [];
  const deps: SchedulerDeps = {
    report,
    chats: store,
    digests: store,
    outboxes: new Map<Platform, FakeOutbox>([
      ['telegram', outbox],
      ['slack', outbox],
    ]),
    settings: { defaultLocale: 'zh', digestTime: '09:00', digestTimeZone: 'Asia/Shanghai' },
    logger: silentLogger,
    sleep: async (ms) => {
      delays.push(ms);
    },
    ...extra,
  };
  const subscribe = (chatId: string, patch: Partial<ChatSettings> = {}, platform: Platform = 'telegram') =>
    store.updateChat({ platform, chatId }, { digestEnabled: true, ...patch });
  return { store, outbox, deps, delays, subscribe };
}

const at = (iso: string) => new Date(iso);

describe.each(stores)('runDueDigests on the %s store', (_name, makeStore) => {
  it('sends 09:00 Asia/Shanghai and 09:00 America/New_York at their own instants', async () => {
    const { outbox, deps, subscribe } = setup(makeStore);
    await subscribe('sh', { timeZone: 'Asia/Shanghai', digestTime: '09:00' });
    await subscribe('ny', { timeZone: 'America/New_York', digestTime: '09:00', locale: 'en' });
    // Sunday 09:00 in New York is 21:00 in Shanghai: both get Sunday's digest.
    await runDueDigests(at('2024-05-05T13:00:00Z'), deps);
    expect(outbox.sent.map((s) => s.chat.chatId).sort()).toEqual(['ny', 'sh']);
    outbox.sent.length = 0;
    const sentTo = () => outbox.sent.map((s) => s.chat.chatId);

    await runDueDigests(at('2024-05-06T00:59:00Z'), deps); // 08:59 in Shanghai
    expect(sentTo()).toEqual([]);
    await runDueDigests(at('2024-05-06T01:00:00Z'), deps); // 09:00 in Shanghai
    expect(sentTo()).toEqual(['sh']);
    await runDueDigests(at('2024-05-06T01:01:00Z'), deps);
    await runDueDigests(at('2024-05-06T12:59:00Z'), deps); // 08:59 EDT
    expect(sentTo()).toEqual(['sh']);
    await runDueDigests(at('2024-05-06T13:00:00Z'), deps); // 09:00 EDT
    expect(sentTo()).toEqual(['sh', 'ny']);
    expect(outbox.sent[0]?.replies[0]?.title).toContain('2024年5月6日');
    expect(outbox.sent[1]?.replies[0]?.title).toMatch(/Monday,? 6 May 2024/);
    // The next day, each again at its own 09:00.
    await runDueDigests(at('2024-05-07T01:00:00Z'), deps);
    await runDueDigests(at('2024-05-07T12:00:00Z'), deps);
    expect(sentTo()).toEqual(['sh', 'ny', 'sh']);
  });

  it('handles daylight saving: a skipped time goes out when the clock jumps, a repeated hour sends once', async () => {
    const { outbox, deps, subscribe } = setup(makeStore);
    await subscribe('spring', { timeZone: 'America/New_York', digestTime: '02:30' });
    await runDueDigests(at('2024-03-10T06:59:00Z'), deps); // 01:59 EST; 02:30 never comes that day
    expect(outbox.sent).toHaveLength(0);
    await runDueDigests(at('2024-03-10T07:00:00Z'), deps); // 03:00 EDT
    expect(outbox.sent).toHaveLength(1);

    const { outbox: fall, deps: fallDeps, subscribe: subscribeFall } = setup(makeStore);
    await subscribeFall('fall', { timeZone: 'America/New_York', digestTime: '01:30' });
    await runDueDigests(at('2024-11-03T05:30:00Z'), fallDeps); // 01:30 EDT
    await runDueDigests(at('2024-11-03T06:30:00Z'), fallDeps); // 01:30 EST, the same local date
    expect(fall.sent).toHaveLength(1);
  });

  it('uses the configured default time and zone for chats without their own', async () => {
    const { outbox, deps, subscribe } = setup(makeStore, {});
    deps.settings = { ...deps.settings, digestTime: '07:30', digestTimeZone: 'Europe/Berlin' };
    await subscribe('c');
    await runDueDigests(at('2024-05-06T05:29:00Z'), deps);
    expect(outbox.sent).toHaveLength(0);
    await runDueDigests(at('2024-05-06T05:30:00Z'), deps);
    expect(outbox.sent).toHaveLength(1);
  });

  it("catches up today's digest after downtime but never replays missed days", async () => {
    const { outbox, store, deps, subscribe } = setup(makeStore);
    await subscribe('c');
    await runDueDigests(at('2024-05-06T01:00:00Z'), deps); // Monday 09:00
    // Down from Monday until Thursday 07:00 (08:00 local is before 09:00): nothing for Tue/Wed.
    await runDueDigests(at('2024-05-09T00:00:00Z'), deps);
    expect(outbox.sent).toHaveLength(1);
    // Back up Thursday 15:00 local: Thursday's digest goes out once.
    await runDueDigests(at('2024-05-09T07:00:00Z'), deps);
    await runDueDigests(at('2024-05-09T07:01:00Z'), deps);
    expect(outbox.sent).toHaveLength(2);
    expect((await store.listDigests({ since: '2024-01-01' })).map((r) => r.localDate)).toEqual(['2024-05-06', '2024-05-09']);
    expect((await store.getChat({ platform: 'telegram', chatId: 'c' }))?.rotation).toBe(6);
  });

  it('repeats no fact until the rotation wraps', async () => {
    const { outbox, deps, subscribe } = setup(makeStore);
    await subscribe('c', { locale: 'en' });
    for (let day = 1; day <= 8; day++) await runDueDigests(at(`2024-06-${String(day).padStart(2, '0')}T02:00:00Z`), deps);
    const facts = outbox.sent.map((s) => s.replies[0]?.citations.map((c) => c.factId) ?? []);
    expect(facts.map((f) => f.length)).toEqual([3, 3, 3, 1, 3, 3, 3, 1]);
    const flat = facts.flat();
    expect(flat.slice(0, 10)).toEqual(digestOrder(report));
    expect(new Set(flat.slice(0, 10)).size).toBe(10);
    expect(flat.slice(10)).toEqual(digestOrder(report));
    expect(outbox.sent[3]?.replies[0]?.body).toContain('fact 10 of 10');
  });

  it('sends in the chat language, to its thread, with the quiz on Fridays only', async () => {
    const { outbox, deps, subscribe } = setup(makeStore);
    await subscribe('en', { locale: 'en', threadId: '42' });
    await subscribe('zh');
    await runDueDigests(at('2024-05-09T02:00:00Z'), deps); // Thursday
    await runDueDigests(at('2024-05-10T02:00:00Z'), deps); // Friday
    const [thuEn, thuZh, friEn, friZh] = outbox.sent;
    expect(thuEn?.chat).toEqual({ platform: 'telegram', chatId: 'en', threadId: '42' });
    expect(thuEn?.replies[0]?.locale).toBe('en');
    expect(thuZh?.replies[0]?.locale).toBe('zh');
    expect(thuEn?.replies[0]?.quiz).toBeUndefined();
    expect(friEn?.replies[0]?.quiz?.question).toMatch(/^Weekly quiz/);
    expect(friZh?.replies[0]?.quiz?.question).toMatch(/^每周小测验/);
  });

  it('retries transient failures with backoff and sends once', async () => {
    const { outbox, store, deps, delays, subscribe } = setup(makeStore);
    await subscribe('flaky');
    await subscribe('fine');
    outbox.fail = (chat, attempt) => (chat.chatId === 'flaky' && attempt <= 2 ? new DeliveryError('transient', 'telegram: 502') : undefined);
    const summary = await runDueDigests(at('2024-05-06T01:00:00Z'), deps);
    expect(summary).toMatchObject({ due: 2, sent: 2, failed: 0 });
    expect(delays).toEqual([2000, 4000]);
    expect(outbox.countByChat()).toEqual(
      new Map([
        ['fine', 1],
        ['flaky', 1],
      ]),
    );
    expect(await store.getDigest({ platform: 'telegram', chatId: 'flaky' }, '2024-05-06')).toMatchObject({ status: 'sent', attempts: 3 });
  });

  it('gives up after five attempts, logs the failure and gives the facts back', async () => {
    const { outbox, store, deps, delays, subscribe } = setup(makeStore);
    await subscribe('down');
    outbox.fail = () => new Error('ECONNRESET');
    const summary = await runDueDigests(at('2024-05-06T01:00:00Z'), deps);
    expect(summary).toMatchObject({ sent: 0, failed: 1 });
    expect(outbox.attempts.get('telegram:down')).toBe(5);
    expect(delays).toEqual([2000, 4000, 8000, 16000]);
    expect(await store.getDigest({ platform: 'telegram', chatId: 'down' }, '2024-05-06')).toMatchObject({ status: 'failed', attempts: 5 });
    expect((await store.getChat({ platform: 'telegram', chatId: 'down' }))?.rotation).toBe(0);
    // Not tried again today; tomorrow brings the same facts.
    outbox.fail = () => undefined;
    await runDueDigests(at('2024-05-06T05:00:00Z'), deps);
    expect(outbox.sent).toHaveLength(0);
    await runDueDigests(at('2024-05-07T01:00:00Z'), deps);
    expect(outbox.sent[0]?.replies[0]?.citations.map((c) => c.factId)).toEqual(digestOrder(report).slice(0, 3));
  });

  it('without a sleep, leaves the retry to a later run after the backoff', async () => {
    const { outbox, store, deps, subscribe } = setup(makeStore, { sleep: undefined });
    await subscribe('c');
    outbox.fail = (_chat, attempt) => (attempt === 1 ? new DeliveryError('transient', 'slack: 503') : undefined);
    expect(await runDueDigests(at('2024-05-06T01:00:00Z'), deps)).toMatchObject({ retrying: 1 });
    const row = await store.getDigest({ platform: 'telegram', chatId: 'c' }, '2024-05-06');
    expect(row).toMatchObject({ status: 'pending', attempts: 1, error: expect.stringContaining('503') });
    expect(row?.nextAttemptAt).toEqual(at('2024-05-06T01:00:02Z'));
    await runDueDigests(at('2024-05-06T01:00:01Z'), deps);
    expect(outbox.attempts.get('telegram:c')).toBe(1);
    expect(await runDueDigests(at('2024-05-06T01:01:00Z'), deps)).toMatchObject({ sent: 1 });
    expect(outbox.sent).toHaveLength(1);
  });

  it('deactivates a chat that is gone (403) and never tries it again', async () => {
    const { outbox, store, deps, subscribe } = setup(makeStore);
    await subscribe('blocked');
    await subscribe('ok');
    outbox.fail = (chat) => (chat.chatId === 'blocked' ? new DeliveryError('chat_gone', 'telegram: 403 bot was blocked by the user') : undefined);
    expect(await runDueDigests(at('2024-05-06T01:00:00Z'), deps)).toMatchObject({ sent: 1, gone: 1 });
    expect((await store.getChat({ platform: 'telegram', chatId: 'blocked' }))?.active).toBe(false);
    expect(await store.getDigest({ platform: 'telegram', chatId: 'blocked' }, '2024-05-06')).toMatchObject({ status: 'gone', attempts: 1 });
    await runDueDigests(at('2024-05-07T01:00:00Z'), deps);
    expect(outbox.attempts.get('telegram:blocked')).toBe(1);
    expect(outbox.countByChat().get('ok')).toBe(2);
  });

  it('does not retry a message the platform rejected', async () => {
    const { outbox, store, deps, subscribe } = setup(makeStore);
    await subscribe('c');
    outbox.fail = () => new DeliveryError('rejected', 'telegram: 400 message is too long');
    expect(await runDueDigests(at('2024-05-06T01:00:00Z'), deps)).toMatchObject({ failed: 1 });
    expect(outbox.attempts.get('telegram:c')).toBe(1);
    expect(await store.getDigest({ platform: 'telegram', chatId: 'c' }, '2024-05-06')).toMatchObject({ status: 'failed' });
  });

  it("never lets one chat's stuck send hold up the others", async () => {
    const { outbox, deps, subscribe } = setup(makeStore, { concurrency: 3 });
    for (let i = 0; i < 20; i++) await subscribe(`c${String(i).padStart(2, '0')}`);
    let unblock = () => {};
    const blocked = new Promise<void>((resolve) => {
      unblock = resolve;
    });
    outbox.gate = (chat) => (chat.chatId === 'c00' ? blocked : Promise.resolve());
    const run = runDueDigests(at('2024-05-06T01:00:00Z'), deps);
    await until(() => outbox.sent.length === 19);
    expect(outbox.sent.map((s) => s.chat.chatId)).not.toContain('c00');
    expect(outbox.maxInFlight).toBeLessThanOrEqual(3);
    unblock();
    expect(await run).toMatchObject({ due: 20, sent: 20 });
  });

  it('sends each chat once when two instances run at the same time', async () => {
    const { outbox, deps, subscribe } = setup(makeStore);
    for (let i = 0; i < 30; i++) await subscribe(`c${i}`);
    const results = await Promise.all([runDueDigests(at('2024-05-06T01:00:00Z'), deps), runDueDigests(at('2024-05-06T01:00:30Z'), deps)]);
    expect(outbox.sent).toHaveLength(30);
    expect([...outbox.countByChat().values()].every((n) => n === 1)).toBe(true);
    expect((results[0]?.sent ?? 0) + (results[1]?.sent ?? 0)).toBe(30);
  });

  it('leaves chats of platforms that are not running alone', async () => {
    const { outbox, store, deps, subscribe } = setup(makeStore);
    deps.outboxes = new Map([['telegram', outbox]]);
    await subscribe('s', {}, 'slack');
    await runDueDigests(at('2024-05-06T01:00:00Z'), deps);
    expect(outbox.sent).toHaveLength(0);
    expect(await store.listDigests({ since: '2024-01-01' })).toEqual([]);
  });

  it('skips unsubscribed and inactive chats', async () => {
    const { outbox, store, deps, subscribe } = setup(makeStore);
    await subscribe('off', { digestEnabled: false });
    await subscribe('gone', { active: false });
    await store.updateChat({ platform: 'telegram', chatId: 'never' }, { locale: 'en' });
    await runDueDigests(at('2024-05-06T01:00:00Z'), deps);
    expect(outbox.sent).toHaveLength(0);
  });

  it('after a crash, resends a claimed digest never handed over but not one that was in flight', async () => {
    const { outbox, store, deps, subscribe } = setup(makeStore);
    await subscribe('claimed');
    await subscribe('inflight');
    const date = '2024-05-06';
    for (const chatId of ['claimed', 'inflight']) {
      const chat = { platform: 'telegram' as const, chatId };
      expect(await store.claimDigest({ chat, localDate: date, factIds: ['housing-01'], rotationFrom: 0, rotationTo: 1, at: at('2024-05-06T01:00:00Z') })).toBe(
        'claimed',
      );
    }
    expect(await store.startDigestAttempt({ platform: 'telegram', chatId: 'inflight' }, date, 0, at('2024-05-06T01:00:01Z'))).toBe(true);
    // The process dies here; the next one starts.
    const settled = await recoverDigests({ ...deps, clock: { now: () => at('2024-05-06T01:05:00Z') } });
    expect(settled.map((r) => r.chatId)).toEqual(['inflight']);
    await runDueDigests(at('2024-05-06T01:05:00Z'), deps);
    expect(outbox.sent.map((s) => s.chat.chatId)).toEqual(['claimed']);
    expect(outbox.sent[0]?.replies[0]?.citations.map((c) => c.factId)).toEqual(['housing-01']);
    expect(await store.getDigest({ platform: 'telegram', chatId: 'inflight' }, date)).toMatchObject({ status: 'uncertain' });
  });

  it('paces a platform evenly when asked, leaving the others unpaced', async () => {
    let ticks = 0;
    const { outbox, deps, subscribe } = setup(makeStore, {
      concurrency: 1,
      pace: { telegram: 10 },
      ticks: () => ticks,
      sleep: async (ms) => {
        ticks += ms;
      },
    });
    const startedAt: Array<[string, number]> = [];
    outbox.gate = async (chat) => {
      startedAt.push([chat.platform, ticks]);
    };
    for (let i = 0; i < 4; i++) await subscribe(`t${i}`);
    for (let i = 0; i < 3; i++) await subscribe(`s${i}`, {}, 'slack');
    await runDueDigests(at('2024-05-06T01:00:00Z'), deps);
    expect(startedAt.filter(([p]) => p === 'telegram').map(([, t]) => t)).toEqual([0, 100, 200, 300]);
    expect(startedAt.filter(([p]) => p === 'slack')).toHaveLength(3);
    expect(outbox.sent).toHaveLength(7);
  });

  it('waits for its paced turn before marking a digest as sending, so a shutdown then loses nothing', async () => {
    const controller = new AbortController();
    const ticks = 0;
    const { outbox, store, deps, subscribe } = setup(makeStore, {
      concurrency: 1,
      pace: { telegram: 10 },
      ticks: () => ticks,
      signal: controller.signal,
      sleep: async () => {
        controller.abort(); // shutdown while waiting for the turn
      },
    });
    await subscribe('a');
    await subscribe('b');
    await runDueDigests(at('2024-05-06T01:00:00Z'), deps);
    expect(outbox.sent.map((s) => s.chat.chatId)).toEqual(['a']);
    expect((await store.listDigests({ since: '2024-05-06' })).map((r) => [r.chatId, r.status])).toEqual([['a', 'sent']]);
    await runDueDigests(at('2024-05-06T01:01:00Z'), { ...deps, signal: undefined, pace: undefined });
    expect(outbox.sent.map((s) => s.chat.chatId)).toEqual(['a', 'b']);
  });

  it('stops starting new sends once aborted, and finishes the rest on the next run', async () => {
    const controller = new AbortController();
    const { outbox, deps, subscribe } = setup(makeStore, { concurrency: 1, signal: controller.signal });
    for (let i = 0; i < 5; i++) await subscribe(`c${i}`);
    outbox.gate = async () => {
      if (outbox.attempts.size === 2) controller.abort();
    };
    const summary = await runDueDigests(at('2024-05-06T01:00:00Z'), deps);
    expect(summary).toMatchObject({ sent: 2, skipped: 3 });
    await runDueDigests(at('2024-05-06T01:01:00Z'), { ...deps, signal: undefined });
    expect(outbox.sent).toHaveLength(5);
    expect([...outbox.countByChat().values()].every((n) => n === 1)).toBe(true);
  });
});

async function until(check: () => boolean): Promise<void> {
  for (let i = 0; i < 1000 && !check(); i++) await new Promise((resolve) => setImmediate(resolve));
  expect(check()).toBe(true);
}

/**
 * One contract for every store implementation (SQLite on a file, SQLite in memory, the memory
 * store): chats, insights and the digest log behave the same. A future PostgreSQL store adds a row.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import type { ChatKey, ChatStore, DigestStore, FeedbackEntry, InsightStore, UnansweredEntry } from '../../src/core/index.js';
import { MemoryStore } from '../../src/data/memory-store.js';
import { MIGRATIONS, migrate } from '../../src/data/migrations.js';
import { DATABASE_FILE, SqliteStore } from '../../src/data/sqlite-store.js';

type Store = ChatStore & InsightStore & DigestStore;

interface Harness {
  store: Store;
  /** Feedback and unanswered questions as stored (the port has no reader; maintainers query the store). */
  insights(): {
    feedback: Array<Pick<FeedbackEntry, 'rating' | 'question' | 'factIds'> & ChatKey>;
    unanswered: Array<Pick<UnansweredEntry, 'text' | 'locale'> & ChatKey>;
  };
  close(): void;
}

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function sqliteHarness(dir: string): Harness {
  const store = new SqliteStore(dir);
  return {
    store,
    insights: () => ({
      feedback: (store.db.prepare('SELECT platform, chat_id, rating, question, fact_ids FROM feedback ORDER BY id').all() as Array<Record<string, string>>).map(
        (r) => ({
          platform: r.platform as never,
          chatId: r.chat_id as string,
          rating: r.rating as never,
          question: r.question as string,
          factIds: (r.fact_ids as string).split(','),
        }),
      ),
      unanswered: (store.db.prepare('SELECT platform, chat_id, text, locale FROM unanswered ORDER BY id').all() as Array<Record<string, string>>).map((r) => ({
        platform: r.platform as never,
        chatId: r.chat_id as string,
        text: r.text as string,
        locale: r.locale as never,
      })),
    }),
    close: () => store.close(),
  };
}

const implementations: Array<[string, () => Harness]> = [
  [
    'SqliteStore (file)',
    () => {
      const dir = mkdtempSync(join(tmpdir(), 'report-bot-store-'));
      dirs.push(dir);
      return sqliteHarness(dir);
    },
  ],
  ['SqliteStore (:memory:)', () => sqliteHarness(':memory:')],
  [
    'MemoryStore',
    () => {
      const store = new MemoryStore();
      return {
        store,
        insights: () => ({
          feedback: store.feedback.map((f) => ({ ...f.chat, rating: f.rating, question: f.question, factIds: f.factIds })),
          unanswered: store.unanswered.map((u) => ({ ...u.chat, text: u.text, locale: u.locale })),
        }),
        close() {},
      };
    },
  ],
];

const tg = (chatId: string): ChatKey => ({ platform: 'telegram', chatId });
const t0 = new Date('2024-05-06T01:00:00Z');
const claim = (chat: ChatKey, localDate: string, from = 0, to = 3, factIds = ['a-01', 'b-01', 'c-01']) => ({
  chat,
  localDate,
  factIds,
  rotationFrom: from,
  rotationTo: to,
  at: t0,
});

describe.each(implementations)('store contract: %s', (_name, make) => {
  describe('chats', () => {
    it('creates a chat with defaults on first update and applies patches', async () => {
      const { store, close } = make();
      expect(await store.getChat(tg('1'))).toBeUndefined();
      const created = await store.updateChat(tg('1'), { locale: 'en' });
      expect(created).toEqual({
        platform: 'telegram',
        chatId: '1',
        locale: 'en',
        timeZone: null,
        digestEnabled: false,
        digestTime: null,
        threadId: null,
        active: true,
        rotation: 0,
      });
      await store.updateChat(tg('1'), { digestEnabled: true, digestTime: '08:30', timeZone: 'Europe/Berlin', threadId: '7', locale: undefined });
      expect(await store.getChat(tg('1'))).toMatchObject({ locale: 'en', digestEnabled: true, digestTime: '08:30', timeZone: 'Europe/Berlin', threadId: '7' });
      await store.updateChat(tg('1'), { locale: null, threadId: null });
      expect(await store.getChat(tg('1'))).toMatchObject({ locale: null, threadId: null });
      close();
    });

    it('keeps chats of different platforms apart', async () => {
      const { store, close } = make();
      await store.updateChat({ platform: 'slack', chatId: 'C1' }, { locale: 'zh' });
      await store.updateChat(tg('C1'), { locale: 'en' });
      expect((await store.getChat({ platform: 'slack', chatId: 'C1' }))?.locale).toBe('zh');
      expect((await store.getChat(tg('C1')))?.locale).toBe('en');
      close();
    });

    it('lists only subscribed, active chats, in a stable order', async () => {
      const { store, close } = make();
      await store.updateChat(tg('b'), { digestEnabled: true });
      await store.updateChat(tg('a'), { digestEnabled: true });
      await store.updateChat({ platform: 'slack', chatId: 'z' }, { digestEnabled: true });
      await store.updateChat(tg('off'), { digestEnabled: false });
      await store.updateChat(tg('gone'), { digestEnabled: true, active: false });
      expect((await store.listDigestChats()).map((c) => `${c.platform}:${c.chatId}`)).toEqual(['slack:z', 'telegram:a', 'telegram:b']);
      close();
    });

    it('moves a chat with its settings and digest history to a new id', async () => {
      const { store, close } = make();
      await store.updateChat(tg('-100'), { digestEnabled: true, locale: 'en' });
      await store.claimDigest(claim(tg('-100'), '2024-05-06'));
      await store.recordFeedback({ chat: tg('-100'), rating: 'up', question: 'q', factIds: ['a-01'], at: t0 });
      await store.moveChat(tg('-100'), tg('-100200'));
      expect(await store.getChat(tg('-100'))).toBeUndefined();
      expect(await store.getChat(tg('-100200'))).toMatchObject({ digestEnabled: true, locale: 'en', rotation: 3 });
      expect(await store.getDigest(tg('-100200'), '2024-05-06')).toMatchObject({ status: 'pending', factIds: ['a-01', 'b-01', 'c-01'] });
      expect(await store.getDigest(tg('-100'), '2024-05-06')).toBeUndefined();
      close();
    });
  });

  describe('insights', () => {
    it('records feedback and unanswered questions', async () => {
      const h = make();
      await h.store.recordFeedback({ chat: tg('1'), userId: 'u', rating: 'down', question: '多少医院?', factIds: ['health-01', 'health-02'], at: t0 });
      await h.store.recordUnanswered({ chat: { platform: 'slack', chatId: 'C' }, text: 'GDP of Beijing?', locale: 'en', at: t0 });
      expect(h.insights()).toEqual({
        feedback: [{ platform: 'telegram', chatId: '1', rating: 'down', question: '多少医院?', factIds: ['health-01', 'health-02'] }],
        unanswered: [{ platform: 'slack', chatId: 'C', text: 'GDP of Beijing?', locale: 'en' }],
      });
      h.close();
    });
  });

  describe('digest log', () => {
    it('claims one row per chat per local date and advances the rotation with it', async () => {
      const { store, close } = make();
      await store.updateChat(tg('1'), { digestEnabled: true });
      expect(await store.claimDigest(claim(tg('1'), '2024-05-06'))).toBe('claimed');
      expect((await store.getChat(tg('1')))?.rotation).toBe(3);
      expect(await store.getDigest(tg('1'), '2024-05-06')).toEqual({
        platform: 'telegram',
        chatId: '1',
        localDate: '2024-05-06',
        factIds: ['a-01', 'b-01', 'c-01'],
        rotationFrom: 0,
        rotationTo: 3,
        status: 'pending',
        attempts: 0,
        nextAttemptAt: null,
        sentAt: null,
        error: null,
        updatedAt: t0,
      });
      // The same day again: nothing changes, whatever the rotation says.
      expect(await store.claimDigest(claim(tg('1'), '2024-05-06', 3, 6))).toBe('exists');
      expect((await store.getChat(tg('1')))?.rotation).toBe(3);
      close();
    });

    it('refuses a claim planned from a stale rotation, changing nothing', async () => {
      const { store, close } = make();
      await store.updateChat(tg('1'), { digestEnabled: true });
      await store.claimDigest(claim(tg('1'), '2024-05-06'));
      expect(await store.claimDigest(claim(tg('1'), '2024-05-07', 0, 3))).toBe('moved');
      expect(await store.getDigest(tg('1'), '2024-05-07')).toBeUndefined();
      expect((await store.getChat(tg('1')))?.rotation).toBe(3);
      expect(await store.claimDigest(claim(tg('1'), '2024-05-07', 3, 6))).toBe('claimed');
      close();
    });

    it('lets exactly one worker start an attempt', async () => {
      const { store, close } = make();
      await store.updateChat(tg('1'), { digestEnabled: true });
      await store.claimDigest(claim(tg('1'), '2024-05-06'));
      const wins = await Promise.all([0, 0, 0].map((n) => store.startDigestAttempt(tg('1'), '2024-05-06', n, t0)));
      expect(wins.filter(Boolean)).toHaveLength(1);
      expect(await store.getDigest(tg('1'), '2024-05-06')).toMatchObject({ status: 'sending', attempts: 1 });
      expect(await store.startDigestAttempt(tg('1'), '2024-05-06', 1, t0)).toBe(false);
      expect(await store.startDigestAttempt(tg('nope'), '2024-05-06', 0, t0)).toBe(false);
      close();
    });

    it('records sent, retry and final outcomes', async () => {
      const { store, close } = make();
      const day = '2024-05-06';
      const t1 = new Date('2024-05-06T01:00:05Z');
      const t2 = new Date('2024-05-06T01:00:09Z');
      await store.updateChat(tg('1'), { digestEnabled: true });
      await store.claimDigest(claim(tg('1'), day));
      await store.startDigestAttempt(tg('1'), day, 0, t0);
      await store.finishDigestAttempt(tg('1'), day, { status: 'pending', at: t1, error: 'HTTP 502', nextAttemptAt: t2 });
      expect(await store.getDigest(tg('1'), day)).toMatchObject({ status: 'pending', attempts: 1, nextAttemptAt: t2, error: 'HTTP 502', updatedAt: t1 });
      expect(await store.startDigestAttempt(tg('1'), day, 1, t2)).toBe(true);
      await store.finishDigestAttempt(tg('1'), day, { status: 'sent', at: t2 });
      expect(await store.getDigest(tg('1'), day)).toMatchObject({ status: 'sent', attempts: 2, sentAt: t2, nextAttemptAt: null });
      // A finished row ignores late outcomes.
      await store.finishDigestAttempt(tg('1'), day, { status: 'failed', at: t2, error: 'late' });
      expect(await store.getDigest(tg('1'), day)).toMatchObject({ status: 'sent' });
      close();
    });

    it('gives the facts back on a final failure unless the rotation moved on', async () => {
      const { store, close } = make();
      await store.updateChat(tg('1'), { digestEnabled: true });
      await store.claimDigest(claim(tg('1'), '2024-05-06'));
      await store.startDigestAttempt(tg('1'), '2024-05-06', 0, t0);
      await store.finishDigestAttempt(tg('1'), '2024-05-06', { status: 'gone', at: t0, error: '403' });
      expect(await store.getDigest(tg('1'), '2024-05-06')).toMatchObject({ status: 'gone', error: '403' });
      expect((await store.getChat(tg('1')))?.rotation).toBe(0);

      await store.updateChat(tg('2'), { digestEnabled: true });
      await store.claimDigest(claim(tg('2'), '2024-05-06'));
      await store.startDigestAttempt(tg('2'), '2024-05-06', 0, t0);
      await store.claimDigest(claim(tg('2'), '2024-05-07', 3, 6));
      await store.finishDigestAttempt(tg('2'), '2024-05-06', { status: 'failed', at: t0, error: 'x' });
      expect((await store.getChat(tg('2')))?.rotation).toBe(6);
      close();
    });

    it('settles sends in flight at a crash as uncertain, and lets a late success through', async () => {
      const { store, close } = make();
      for (const id of ['1', '2', '3']) {
        await store.updateChat(tg(id), { digestEnabled: true });
        await store.claimDigest(claim(tg(id), '2024-05-06'));
      }
      await store.startDigestAttempt(tg('1'), '2024-05-06', 0, t0);
      await store.startDigestAttempt(tg('2'), '2024-05-06', 0, t0);
      await store.finishDigestAttempt(tg('2'), '2024-05-06', { status: 'sent', at: t0 });
      const settled = await store.resolveInterruptedDigests(t0);
      expect(settled.map((r) => [r.chatId, r.status])).toEqual([['1', 'uncertain']]);
      expect(await store.getDigest(tg('1'), '2024-05-06')).toMatchObject({ status: 'uncertain', attempts: 1 });
      expect(await store.getDigest(tg('3'), '2024-05-06')).toMatchObject({ status: 'pending', attempts: 0 });
      expect(await store.startDigestAttempt(tg('1'), '2024-05-06', 1, t0)).toBe(false);
      expect(await store.resolveInterruptedDigests(t0)).toEqual([]);
      await store.finishDigestAttempt(tg('1'), '2024-05-06', { status: 'sent', at: t0 });
      expect(await store.getDigest(tg('1'), '2024-05-06')).toMatchObject({ status: 'sent' });
      close();
    });

    it('lists rows from a date on, for everyone or one chat', async () => {
      const { store, close } = make();
      await store.updateChat(tg('1'), { digestEnabled: true });
      await store.updateChat({ platform: 'slack', chatId: 'C' }, { digestEnabled: true });
      await store.claimDigest(claim(tg('1'), '2024-05-05'));
      await store.claimDigest(claim(tg('1'), '2024-05-06', 3, 6));
      await store.claimDigest(claim({ platform: 'slack', chatId: 'C' }, '2024-05-06'));
      const all = await store.listDigests({ since: '2024-05-06' });
      expect(all.map((r) => `${r.localDate} ${r.platform}:${r.chatId}`)).toEqual(['2024-05-06 slack:C', '2024-05-06 telegram:1']);
      expect((await store.listDigests({ since: '2000-01-01', chat: tg('1') })).map((r) => r.localDate)).toEqual(['2024-05-05', '2024-05-06']);
      close();
    });

    it('prunes rows before a date, and only those', async () => {
      const { store, close } = make();
      await store.updateChat(tg('1'), { digestEnabled: true });
      await store.claimDigest(claim(tg('1'), '2024-02-01'));
      await store.claimDigest(claim(tg('1'), '2024-05-06', 3, 6));
      expect(await store.pruneDigests('2024-05-06')).toBe(1);
      expect((await store.listDigests({ since: '2000-01-01' })).map((r) => r.localDate)).toEqual(['2024-05-06']);
      expect(await store.pruneDigests('2024-05-06')).toBe(0);
      close();
    });
  });
});

describe('SqliteStore on disk', () => {
  it('keeps everything across a reopen, in WAL mode, at the latest schema version', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'report-bot-store-'));
    dirs.push(dir);
    const first = new SqliteStore(dir);
    await first.updateChat(tg('1'), { digestEnabled: true, timeZone: 'Asia/Shanghai' });
    await first.claimDigest(claim(tg('1'), '2024-05-06'));
    first.close();
    const second = new SqliteStore(dir);
    expect(second.db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(second.db.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length);
    expect(await second.getChat(tg('1'))).toMatchObject({ digestEnabled: true, rotation: 3 });
    expect(await second.getDigest(tg('1'), '2024-05-06')).toMatchObject({ status: 'pending' });
    second.close();
  });

  it('upgrades a database written by the first schema version without losing chats', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'report-bot-store-'));
    dirs.push(dir);
    const old = new Database(join(dir, DATABASE_FILE));
    old.exec(MIGRATIONS[0] as string);
    old.pragma('user_version = 1');
    old.prepare("INSERT INTO chats (platform, chat_id, digest_enabled, rotation, updated_at) VALUES ('telegram', '1', 1, 12, 'x')").run();
    old.close();
    const store = new SqliteStore(dir);
    expect(await store.getChat(tg('1'))).toMatchObject({ digestEnabled: true, rotation: 12 });
    expect(await store.claimDigest(claim(tg('1'), '2024-05-06', 12, 15))).toBe('claimed');
    expect(migrate(store.db)).toBe(MIGRATIONS.length);
    store.close();
  });
});

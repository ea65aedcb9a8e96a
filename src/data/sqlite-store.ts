/**
 * The store on SQLite (better-sqlite3, WAL mode) in `DATA_DIR`: chats and their settings,
 * feedback and unanswered questions, and the digest log. The only module that imports the driver.
 *
 * Backup: copy the database file (with the bot stopped, or use `sqlite3 .backup`).
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type {
  ChatKey,
  ChatPatch,
  ChatSettings,
  ChatStore,
  DigestClaim,
  DigestLogEntry,
  DigestOutcome,
  DigestStatus,
  DigestStore,
  FeedbackEntry,
  InsightStore,
  UnansweredEntry,
} from '../core/index.js';
import { migrate } from './migrations.js';

/** The database file's name inside `DATA_DIR`. */
export const DATABASE_FILE = 'report-bot.sqlite';

interface ChatRow {
  platform: string;
  chat_id: string;
  locale: string | null;
  time_zone: string | null;
  digest_enabled: number;
  digest_time: string | null;
  thread_id: string | null;
  active: number;
  rotation: number;
}

const toSettings = (r: ChatRow): ChatSettings => ({
  platform: r.platform as ChatSettings['platform'],
  chatId: r.chat_id,
  locale: r.locale as ChatSettings['locale'],
  timeZone: r.time_zone,
  digestEnabled: r.digest_enabled === 1,
  digestTime: r.digest_time,
  threadId: r.thread_id,
  active: r.active === 1,
  rotation: r.rotation,
});

interface DigestRow {
  platform: string;
  chat_id: string;
  local_date: string;
  fact_ids: string;
  rotation_from: number;
  rotation_to: number;
  status: string;
  attempts: number;
  next_attempt_at: string | null;
  sent_at: string | null;
  error: string | null;
  updated_at: string;
}

const toEntry = (r: DigestRow): DigestLogEntry => ({
  platform: r.platform as DigestLogEntry['platform'],
  chatId: r.chat_id,
  localDate: r.local_date,
  factIds: r.fact_ids ? r.fact_ids.split(',') : [],
  rotationFrom: r.rotation_from,
  rotationTo: r.rotation_to,
  status: r.status as DigestStatus,
  attempts: r.attempts,
  nextAttemptAt: r.next_attempt_at ? new Date(r.next_attempt_at) : null,
  sentAt: r.sent_at ? new Date(r.sent_at) : null,
  error: r.error,
  updatedAt: new Date(r.updated_at),
});

/** Rolls a claim back inside a transaction. */
class ClaimConflict extends Error {}

const COLUMNS: Record<keyof ChatPatch, string> = {
  locale: 'locale',
  timeZone: 'time_zone',
  digestEnabled: 'digest_enabled',
  digestTime: 'digest_time',
  threadId: 'thread_id',
  active: 'active',
};

/** Chats, insights and the digest log in one SQLite file. */
export class SqliteStore implements ChatStore, InsightStore, DigestStore {
  readonly db: Database.Database;
  private readonly stmts: ReturnType<typeof prepare>;

  /** Opens (creating if needed) `dir/report-bot.sqlite`, or an in-memory database for `:memory:`. */
  constructor(dir: string) {
    if (dir === ':memory:') this.db = new Database(':memory:');
    else {
      mkdirSync(dir, { recursive: true });
      this.db = new Database(join(dir, DATABASE_FILE));
      this.db.pragma('journal_mode = WAL');
      // NOTE: WAL with synchronous NORMAL: a commit survives a crash or SIGKILL of the process (what
      // the digest log's exactly-once relies on); only a power loss can lose the last commits, and
      // with them maybe a `sending` mark (that digest could then go out twice). FULL would fsync
      // every commit: three per digest, which caps a fan-out well below 300 messages/s.
      this.db.pragma('synchronous = NORMAL');
    }
    this.db.pragma('busy_timeout = 5000');
    this.db.pragma('foreign_keys = ON');
    migrate(this.db);
    this.stmts = prepare(this.db);
  }

  async getChat(key: ChatKey): Promise<ChatSettings | undefined> {
    const row = this.db.prepare('SELECT * FROM chats WHERE platform = ? AND chat_id = ?').get(key.platform, key.chatId) as ChatRow | undefined;
    return row ? toSettings(row) : undefined;
  }

  async updateChat(key: ChatKey, patch: ChatPatch): Promise<ChatSettings> {
    const now = new Date().toISOString();
    const run = this.db.transaction(() => {
      this.db.prepare('INSERT INTO chats (platform, chat_id, updated_at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING').run(key.platform, key.chatId, now);
      const sets: string[] = [];
      const values: unknown[] = [];
      for (const [field, value] of Object.entries(patch) as Array<[keyof ChatPatch, unknown]>) {
        if (value === undefined) continue;
        sets.push(`${COLUMNS[field]} = ?`);
        values.push(typeof value === 'boolean' ? Number(value) : value);
      }
      sets.push('updated_at = ?');
      values.push(now);
      this.db.prepare(`UPDATE chats SET ${sets.join(', ')} WHERE platform = ? AND chat_id = ?`).run(...values, key.platform, key.chatId);
      return this.db.prepare('SELECT * FROM chats WHERE platform = ? AND chat_id = ?').get(key.platform, key.chatId) as ChatRow;
    });
    return toSettings(run());
  }

  async moveChat(from: ChatKey, to: ChatKey): Promise<void> {
    this.db.transaction(() => {
      this.db.prepare('DELETE FROM chats WHERE platform = ? AND chat_id = ?').run(to.platform, to.chatId);
      this.db.prepare('UPDATE chats SET platform = ?, chat_id = ? WHERE platform = ? AND chat_id = ?').run(to.platform, to.chatId, from.platform, from.chatId);
      // The history goes along; a day already logged under the new id wins.
      this.db
        .prepare('UPDATE OR IGNORE digest_log SET platform = ?, chat_id = ? WHERE platform = ? AND chat_id = ?')
        .run(to.platform, to.chatId, from.platform, from.chatId);
      this.db.prepare('DELETE FROM digest_log WHERE platform = ? AND chat_id = ?').run(from.platform, from.chatId);
      for (const table of ['feedback', 'unanswered']) {
        this.db
          .prepare(`UPDATE ${table} SET platform = ?, chat_id = ? WHERE platform = ? AND chat_id = ?`)
          .run(to.platform, to.chatId, from.platform, from.chatId);
      }
    })();
  }

  async listDigestChats(): Promise<ChatSettings[]> {
    const rows = this.db.prepare('SELECT * FROM chats WHERE digest_enabled = 1 AND active = 1 ORDER BY platform, chat_id').all() as ChatRow[];
    return rows.map(toSettings);
  }

  async recordFeedback(e: FeedbackEntry): Promise<void> {
    this.db
      .prepare('INSERT INTO feedback (platform, chat_id, user_id, rating, question, fact_ids, at) VALUES (?, ?, ?, ?, ?, ?, ?)')
      .run(e.chat.platform, e.chat.chatId, e.userId ?? null, e.rating, e.question, e.factIds.join(','), e.at.toISOString());
  }

  async recordUnanswered(e: UnansweredEntry): Promise<void> {
    this.db
      .prepare('INSERT INTO unanswered (platform, chat_id, text, locale, at) VALUES (?, ?, ?, ?, ?)')
      .run(e.chat.platform, e.chat.chatId, e.text.slice(0, 2000), e.locale, e.at.toISOString());
  }

  async claimDigest(c: DigestClaim): Promise<'claimed' | 'exists' | 'moved'> {
    const at = c.at.toISOString();
    try {
      this.db
        .transaction(() => {
          const inserted = this.stmts.insertDigest.run(c.chat.platform, c.chat.chatId, c.localDate, c.factIds.join(','), c.rotationFrom, c.rotationTo, at, at);
          if (inserted.changes === 0) throw new ClaimConflict('exists');
          const moved = this.stmts.advanceRotation.run(c.rotationTo, at, c.chat.platform, c.chat.chatId, c.rotationFrom);
          if (moved.changes === 0) throw new ClaimConflict('moved');
        })
        .immediate();
    } catch (err) {
      if (err instanceof ClaimConflict) return err.message as 'exists' | 'moved';
      throw err;
    }
    return 'claimed';
  }

  async startDigestAttempt(chat: ChatKey, localDate: string, attempts: number, at: Date): Promise<boolean> {
    return this.stmts.startAttempt.run(at.toISOString(), chat.platform, chat.chatId, localDate, attempts).changes === 1;
  }

  async finishDigestAttempt(chat: ChatKey, localDate: string, o: DigestOutcome): Promise<void> {
    const at = o.at.toISOString();
    if (o.status === 'sent') {
      // The common case in one statement (a fan-out runs it thousands of times).
      this.stmts.markSent.run(at, at, chat.platform, chat.chatId, localDate);
      return;
    }
    this.db.transaction(() => {
      const row = this.stmts.getDigest.get(chat.platform, chat.chatId, localDate) as DigestRow | undefined;
      if (!row || (row.status !== 'sending' && row.status !== 'uncertain')) return;
      const next = o.status === 'pending' ? o.nextAttemptAt.toISOString() : null;
      this.stmts.finishAttempt.run(o.status, next, null, o.error, at, chat.platform, chat.chatId, localDate);
      // A final failure gives the facts back: the rotation steps back unless it moved on since.
      if (o.status === 'failed' || o.status === 'gone') this.stmts.rewindRotation.run(row.rotation_from, at, chat.platform, chat.chatId, row.rotation_to);
    })();
  }

  async resolveInterruptedDigests(at: Date): Promise<DigestLogEntry[]> {
    return this.db.transaction(() => {
      const rows = this.db.prepare("SELECT * FROM digest_log WHERE status = 'sending' ORDER BY local_date, platform, chat_id").all() as DigestRow[];
      this.db
        .prepare("UPDATE digest_log SET status = 'uncertain', error = 'in flight at shutdown', updated_at = ? WHERE status = 'sending'")
        .run(at.toISOString());
      return rows.map((r) => ({ ...toEntry(r), status: 'uncertain' as const, error: 'in flight at shutdown', updatedAt: at }));
    })();
  }

  async getDigest(chat: ChatKey, localDate: string): Promise<DigestLogEntry | undefined> {
    const row = this.stmts.getDigest.get(chat.platform, chat.chatId, localDate) as DigestRow | undefined;
    return row ? toEntry(row) : undefined;
  }

  async listDigests(query: { since: string; chat?: ChatKey }): Promise<DigestLogEntry[]> {
    const rows = query.chat
      ? this.db
          .prepare('SELECT * FROM digest_log WHERE local_date >= ? AND platform = ? AND chat_id = ? ORDER BY local_date')
          .all(query.since, query.chat.platform, query.chat.chatId)
      : this.db.prepare('SELECT * FROM digest_log WHERE local_date >= ? ORDER BY local_date, platform, chat_id').all(query.since);
    return (rows as DigestRow[]).map(toEntry);
  }

  async pruneDigests(before: string): Promise<number> {
    return this.db.prepare('DELETE FROM digest_log WHERE local_date < ?').run(before).changes;
  }

  /** Closes the database (after in-flight work has finished). */
  close(): void {
    if (this.db.open) this.db.close();
  }
}

/** The digest statements, prepared once (a fan-out runs them thousands of times). */
function prepare(db: Database.Database) {
  return {
    insertDigest: db.prepare(
      `INSERT INTO digest_log (platform, chat_id, local_date, fact_ids, rotation_from, rotation_to, status, attempts, claimed_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, 'pending', 0, ?, ?) ON CONFLICT DO NOTHING`,
    ),
    advanceRotation: db.prepare('UPDATE chats SET rotation = ?, updated_at = ? WHERE platform = ? AND chat_id = ? AND rotation = ?'),
    rewindRotation: db.prepare('UPDATE chats SET rotation = ?, updated_at = ? WHERE platform = ? AND chat_id = ? AND rotation = ?'),
    startAttempt: db.prepare(
      `UPDATE digest_log SET status = 'sending', attempts = attempts + 1, next_attempt_at = NULL, updated_at = ?
       WHERE platform = ? AND chat_id = ? AND local_date = ? AND status = 'pending' AND attempts = ?`,
    ),
    finishAttempt: db.prepare(
      `UPDATE digest_log SET status = ?, next_attempt_at = ?, sent_at = ?, error = ?, updated_at = ?
       WHERE platform = ? AND chat_id = ? AND local_date = ?`,
    ),
    markSent: db.prepare(
      `UPDATE digest_log SET status = 'sent', next_attempt_at = NULL, sent_at = ?, updated_at = ?
       WHERE platform = ? AND chat_id = ? AND local_date = ? AND status IN ('sending', 'uncertain')`,
    ),
    getDigest: db.prepare('SELECT * FROM digest_log WHERE platform = ? AND chat_id = ? AND local_date = ?'),
  };
}

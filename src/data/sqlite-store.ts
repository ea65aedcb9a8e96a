/**
 * The store on SQLite (better-sqlite3, WAL mode) in `DATA_DIR`: chats and their settings,
 * feedback and unanswered questions. The only module that imports the driver.
 *
 * Backup: copy the database file (with the bot stopped, or use `sqlite3 .backup`).
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { ChatKey, ChatPatch, ChatSettings, ChatStore, FeedbackEntry, InsightStore, UnansweredEntry } from '../core/index.js';
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

const COLUMNS: Record<keyof ChatPatch, string> = {
  locale: 'locale',
  timeZone: 'time_zone',
  digestEnabled: 'digest_enabled',
  digestTime: 'digest_time',
  threadId: 'thread_id',
  active: 'active',
};

/** Chats and insights in one SQLite file. */
export class SqliteStore implements ChatStore, InsightStore {
  readonly db: Database.Database;

  /** Opens (creating if needed) `dir/report-bot.sqlite`, or an in-memory database for `:memory:`. */
  constructor(dir: string) {
    if (dir === ':memory:') this.db = new Database(':memory:');
    else {
      mkdirSync(dir, { recursive: true });
      this.db = new Database(join(dir, DATABASE_FILE));
      this.db.pragma('journal_mode = WAL');
    }
    this.db.pragma('busy_timeout = 5000');
    this.db.pragma('foreign_keys = ON');
    migrate(this.db);
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

  /** Closes the database (after in-flight work has finished). */
  close(): void {
    if (this.db.open) this.db.close();
  }
}

/**
 * Schema versions of the SQLite store, applied in order at start-up inside one transaction
 * each. `PRAGMA user_version` records how far a database has come.
 *
 * NOTE: never edit a released migration; append a new one.
 */
import type Database from 'better-sqlite3';

/** Each entry moves the schema from version i to i + 1. */
export const MIGRATIONS: string[] = [
  `CREATE TABLE chats (
     platform      TEXT NOT NULL,
     chat_id       TEXT NOT NULL,
     locale        TEXT,
     time_zone     TEXT,
     digest_enabled INTEGER NOT NULL DEFAULT 0,
     digest_time   TEXT,
     thread_id     TEXT,
     active        INTEGER NOT NULL DEFAULT 1,
     rotation      INTEGER NOT NULL DEFAULT 0,
     updated_at    TEXT NOT NULL,
     PRIMARY KEY (platform, chat_id)
   );
   CREATE TABLE feedback (
     id        INTEGER PRIMARY KEY,
     platform  TEXT NOT NULL,
     chat_id   TEXT NOT NULL,
     user_id   TEXT,
     rating    TEXT NOT NULL CHECK (rating IN ('up', 'down')),
     question  TEXT NOT NULL,
     fact_ids  TEXT NOT NULL,
     at        TEXT NOT NULL
   );
   CREATE TABLE unanswered (
     id        INTEGER PRIMARY KEY,
     platform  TEXT NOT NULL,
     chat_id   TEXT NOT NULL,
     text      TEXT NOT NULL,
     locale    TEXT NOT NULL,
     at        TEXT NOT NULL
   );`,
  // 2: the digest log, one row per chat per local date (issue 5). `status` follows DigestStatus.
  `CREATE TABLE digest_log (
     platform        TEXT NOT NULL,
     chat_id         TEXT NOT NULL,
     local_date      TEXT NOT NULL,
     fact_ids        TEXT NOT NULL,
     rotation_from   INTEGER NOT NULL,
     rotation_to     INTEGER NOT NULL,
     status          TEXT NOT NULL CHECK (status IN ('pending', 'sending', 'sent', 'failed', 'gone', 'uncertain')),
     attempts        INTEGER NOT NULL DEFAULT 0,
     next_attempt_at TEXT,
     sent_at         TEXT,
     error           TEXT,
     claimed_at      TEXT NOT NULL,
     updated_at      TEXT NOT NULL,
     PRIMARY KEY (platform, chat_id, local_date)
   );
   CREATE INDEX digest_log_by_date ON digest_log (local_date);
   CREATE INDEX digest_log_by_status ON digest_log (status) WHERE status IN ('pending', 'sending');`,
];

/** Applies every migration the database has not seen yet. Returns the resulting version. */
export function migrate(db: Database.Database): number {
  const current = db.pragma('user_version', { simple: true }) as number;
  if (current > MIGRATIONS.length) {
    throw new Error(`migrations: database is at version ${current}, newer than this code (${MIGRATIONS.length})`);
  }
  for (let v = current; v < MIGRATIONS.length; v++) {
    db.transaction(() => {
      db.exec(MIGRATIONS[v] as string);
      db.pragma(`user_version = ${v + 1}`);
    })();
  }
  return MIGRATIONS.length;
}

/**
 * What the core needs from the outside world, stated as interfaces (like grammY's
 * `StorageAdapter`). `src/data` implements the stores; adapters implement {@link Outbox}.
 *
 * NOTE: every store method is async even though SQLite is synchronous here, so that a shared
 * database (PostgreSQL) can implement the same port and several instances can run behind one URL.
 */
import type { ChatRef, Locale, Platform, Reply } from './types.js';

/** A chat's identity in the store: platform + chat id (no thread). */
export interface ChatKey {
  platform: Platform;
  chatId: string;
}

/** Per-chat settings, shared by the adapters (language) and the digest (schedule). */
export interface ChatSettings extends ChatKey {
  /** The chat's language; null means "follow each question". */
  locale: Locale | null;
  /** IANA time zone for the digest; null means the configured default (`DIGEST_TZ`). */
  timeZone: string | null;
  digestEnabled: boolean;
  /** Local time of day `HH:MM`; null means the configured default (`DIGEST_TIME`). */
  digestTime: string | null;
  /** Where digests go in a forum topic / thread, if the chat subscribed from one. */
  threadId: string | null;
  /** False once the platform said the chat is gone or the bot was blocked; no more digests. */
  active: boolean;
  /** How many facts of the rotation this chat has been sent (the next digest starts here). */
  rotation: number;
}

/** The fields of {@link ChatSettings} a caller may change. */
export type ChatPatch = Partial<Pick<ChatSettings, 'locale' | 'timeZone' | 'digestEnabled' | 'digestTime' | 'threadId' | 'active'>>;

/** Chats and their settings. */
export interface ChatStore {
  getChat(key: ChatKey): Promise<ChatSettings | undefined>;
  /** Creates the chat with defaults when missing, then applies `patch`; returns the result. */
  updateChat(key: ChatKey, patch: ChatPatch): Promise<ChatSettings>;
  /** Moves a chat's settings and history to a new id (Telegram group → supergroup migration). */
  moveChat(from: ChatKey, to: ChatKey): Promise<void>;
  /** Chats with the digest on and still active. */
  listDigestChats(): Promise<ChatSettings[]>;
}

/** A 👍/👎 on an answer. */
export interface FeedbackEntry {
  chat: ChatKey;
  userId?: string;
  rating: 'up' | 'down';
  question: string;
  factIds: string[];
  at: Date;
}

/** A question the report did not answer, kept for maintainers. */
export interface UnansweredEntry {
  chat: ChatKey;
  text: string;
  locale: Locale;
  at: Date;
}

/** Feedback and unanswered questions, for maintainers. */
export interface InsightStore {
  recordFeedback(entry: FeedbackEntry): Promise<void>;
  recordUnanswered(entry: UnansweredEntry): Promise<void>;
}

/** Sends replies to a chat outside a request (digests). Each adapter implements one. */
export interface Outbox {
  /**
   * Sends the replies, in order, through the adapter's throttle.
   * Throws `DeliveryError` when the platform refuses; the adapter already waited out 429s.
   */
  send(chat: ChatRef, replies: Reply[]): Promise<void>;
}

/** The time source; tests pass a fake. */
export interface Clock {
  now(): Date;
}

/** A structured logger (pino-shaped). Context objects must never hold tokens. */
export interface Logger {
  debug(msg: string, ctx?: Record<string, unknown>): void;
  info(msg: string, ctx?: Record<string, unknown>): void;
  warn(msg: string, ctx?: Record<string, unknown>): void;
  error(msg: string, ctx?: Record<string, unknown>): void;
}

/** The system clock. */
export const systemClock: Clock = { now: () => new Date() };

/** A logger that drops everything (tests, the `ask` CLI). */
export const silentLogger: Logger = {
  debug() {},
  info() {},
  warn() {},
  error() {},
};

/**
 * Where one chat's digest for one local date stands.
 *
 * NOTE: `pending` → `sending` → `sent`; a transient failure goes back to `pending` (with
 * `nextAttemptAt`); `failed`, `gone` and `uncertain` are final. `uncertain` means the send was
 * in flight when the process died: the platform may have accepted it, so it is never resent.
 */
export type DigestStatus = 'pending' | 'sending' | 'sent' | 'failed' | 'gone' | 'uncertain';

/** One row of the digest log: a chat's digest for one of its local dates. */
export interface DigestLogEntry extends ChatKey {
  /** The chat's local calendar date, `YYYY-MM-DD`. */
  localDate: string;
  /** The facts this digest carries, in order (fixed at claim time, so a resend sends the same). */
  factIds: string[];
  /** The chat's rotation before and after this digest was claimed. */
  rotationFrom: number;
  rotationTo: number;
  status: DigestStatus;
  /** Send attempts started so far. */
  attempts: number;
  /** When a `pending` row that failed transiently may be tried again. */
  nextAttemptAt: Date | null;
  /** When the platform accepted it. */
  sentAt: Date | null;
  /** The last error, for maintainers (never shown to users). */
  error: string | null;
  updatedAt: Date;
}

/** A request to claim a chat's digest for a local date (see {@link DigestStore.claimDigest}). */
export interface DigestClaim {
  chat: ChatKey;
  localDate: string;
  factIds: string[];
  /** The rotation the facts were chosen from; the claim fails with `moved` when it changed meanwhile. */
  rotationFrom: number;
  rotationTo: number;
  at: Date;
}

/** How a send attempt ended (see {@link DigestStore.finishDigestAttempt}). */
export type DigestOutcome =
  | { status: 'sent'; at: Date }
  /** Transient failure: try again at `nextAttemptAt`. */
  | { status: 'pending'; at: Date; error: string; nextAttemptAt: Date }
  /** Final failure; the chat's rotation steps back so those facts come again another day. */
  | { status: 'failed' | 'gone'; at: Date; error: string };

/**
 * The digest log: at most one row per chat per local date, and the chat's rotation position.
 *
 * Why these few compare-and-set operations: exactly-once delivery rests on two atomic steps that
 * any transactional database can do (a unique key on chat + date; conditional updates), so a
 * shared PostgreSQL store can implement this and several instances may race safely.
 */
export interface DigestStore {
  /**
   * In one transaction: inserts a `pending` row for (chat, date) unless one exists, and moves the
   * chat's rotation from `rotationFrom` to `rotationTo` unless it has changed.
   * `exists`: a row was already there (nothing changed); `moved`: the rotation changed (nothing changed).
   */
  claimDigest(claim: DigestClaim): Promise<'claimed' | 'exists' | 'moved'>;
  /** `pending` → `sending` and attempts + 1, only if the row is `pending` with `attempts` attempts. False when another worker won. */
  startDigestAttempt(chat: ChatKey, localDate: string, attempts: number, at: Date): Promise<boolean>;
  /** Records how an attempt ended; applies to `sending` rows (and `uncertain` ones, which a late success may settle). */
  finishDigestAttempt(chat: ChatKey, localDate: string, outcome: DigestOutcome): Promise<void>;
  /** Start-up: every `sending` row (in flight when a process died) becomes `uncertain`; returns them. */
  resolveInterruptedDigests(at: Date): Promise<DigestLogEntry[]>;
  getDigest(chat: ChatKey, localDate: string): Promise<DigestLogEntry | undefined>;
  /** Rows with `localDate` ≥ `since`, optionally of one chat, oldest date first. */
  listDigests(query: { since: string; chat?: ChatKey }): Promise<DigestLogEntry[]>;
  /** Deletes rows with `localDate` < `before`; returns how many. */
  pruneDigests(before: string): Promise<number>;
}

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

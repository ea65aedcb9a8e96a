/**
 * An Outbox that records what it was asked to send and fails on cue, for scheduler tests.
 */
import type { ChatRef, Outbox, Reply } from '../../src/core/index.js';

/** One recorded send. */
export interface SentDigest {
  chat: ChatRef;
  replies: Reply[];
}

/** Decides the fate of one send: return an error to throw it, or undefined to accept. */
export type FailurePlan = (chat: ChatRef, attempt: number) => Error | undefined;

/** A recording Outbox; `fail` is consulted before each send (attempt counts per chat from 1). */
export class FakeOutbox implements Outbox {
  readonly sent: SentDigest[] = [];
  readonly attempts = new Map<string, number>();
  fail: FailurePlan = () => undefined;
  /** Called before each send resolves (to pause a send mid-flight, or observe concurrency). */
  gate: (chat: ChatRef) => Promise<void> = async () => {};
  inFlight = 0;
  maxInFlight = 0;

  async send(chat: ChatRef, replies: Reply[]): Promise<void> {
    const key = `${chat.platform}:${chat.chatId}`;
    const attempt = (this.attempts.get(key) ?? 0) + 1;
    this.attempts.set(key, attempt);
    this.inFlight++;
    this.maxInFlight = Math.max(this.maxInFlight, this.inFlight);
    try {
      await this.gate(chat);
      const error = this.fail(chat, attempt);
      if (error) throw error;
      this.sent.push({ chat, replies });
    } finally {
      this.inFlight--;
    }
  }

  /** Accepted sends per chat id. */
  countByChat(): Map<string, number> {
    const counts = new Map<string, number>();
    for (const s of this.sent) counts.set(s.chat.chatId, (counts.get(s.chat.chatId) ?? 0) + 1);
    return counts;
  }
}

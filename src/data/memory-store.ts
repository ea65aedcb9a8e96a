/**
 * In-memory stores for tests and throwaway runs. Same contract as the SQLite store
 * (the store contract suite runs against both).
 */
import type { ChatKey, ChatPatch, ChatSettings, ChatStore, FeedbackEntry, InsightStore, UnansweredEntry } from '../core/index.js';

const id = (key: ChatKey) => `${key.platform}:${key.chatId}`;

/** Chats and insights kept in maps. */
export class MemoryStore implements ChatStore, InsightStore {
  readonly chats = new Map<string, ChatSettings>();
  readonly feedback: FeedbackEntry[] = [];
  readonly unanswered: UnansweredEntry[] = [];

  async getChat(key: ChatKey): Promise<ChatSettings | undefined> {
    const found = this.chats.get(id(key));
    return found ? { ...found } : undefined;
  }

  async updateChat(key: ChatKey, patch: ChatPatch): Promise<ChatSettings> {
    const current = this.chats.get(id(key)) ?? {
      platform: key.platform,
      chatId: key.chatId,
      locale: null,
      timeZone: null,
      digestEnabled: false,
      digestTime: null,
      threadId: null,
      active: true,
      rotation: 0,
    };
    const next = { ...current, ...patch };
    this.chats.set(id(key), next);
    return { ...next };
  }

  async moveChat(from: ChatKey, to: ChatKey): Promise<void> {
    const current = this.chats.get(id(from));
    if (!current) return;
    this.chats.delete(id(from));
    this.chats.set(id(to), { ...current, platform: to.platform, chatId: to.chatId });
  }

  async listDigestChats(): Promise<ChatSettings[]> {
    return [...this.chats.values()].filter((c) => c.digestEnabled && c.active).map((c) => ({ ...c }));
  }

  async recordFeedback(entry: FeedbackEntry): Promise<void> {
    this.feedback.push(entry);
  }

  async recordUnanswered(entry: UnansweredEntry): Promise<void> {
    this.unanswered.push(entry);
  }
}

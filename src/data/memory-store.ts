/**
 * In-memory stores for tests and throwaway runs. Same contract as the SQLite store
 * (the store contract suite runs against both).
 */
import type {
  ChatKey,
  ChatPatch,
  ChatSettings,
  ChatStore,
  DigestClaim,
  DigestLogEntry,
  DigestOutcome,
  DigestStore,
  FeedbackEntry,
  InsightStore,
  UnansweredEntry,
} from '../core/index.js';

const id = (key: ChatKey) => `${key.platform}:${key.chatId}`;
const dayId = (key: ChatKey, localDate: string) => `${id(key)}:${localDate}`;
const copy = (e: DigestLogEntry): DigestLogEntry => ({ ...e, factIds: [...e.factIds] });

/** Chats, insights and the digest log kept in maps. */
export class MemoryStore implements ChatStore, InsightStore, DigestStore {
  readonly chats = new Map<string, ChatSettings>();
  readonly feedback: FeedbackEntry[] = [];
  readonly unanswered: UnansweredEntry[] = [];
  readonly digests = new Map<string, DigestLogEntry>();

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
    const defined = Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined));
    const next = { ...current, ...defined };
    this.chats.set(id(key), next);
    return { ...next };
  }

  async moveChat(from: ChatKey, to: ChatKey): Promise<void> {
    const current = this.chats.get(id(from));
    if (!current) return;
    this.chats.delete(id(from));
    this.chats.set(id(to), { ...current, platform: to.platform, chatId: to.chatId });
    for (const [k, entry] of [...this.digests]) {
      if (entry.platform !== from.platform || entry.chatId !== from.chatId) continue;
      this.digests.delete(k);
      const target = dayId(to, entry.localDate);
      if (!this.digests.has(target)) this.digests.set(target, { ...entry, platform: to.platform, chatId: to.chatId });
    }
    for (const e of [...this.feedback, ...this.unanswered]) {
      if (e.chat.platform === from.platform && e.chat.chatId === from.chatId) e.chat = { ...to };
    }
  }

  async listDigestChats(): Promise<ChatSettings[]> {
    return [...this.chats.values()]
      .filter((c) => c.digestEnabled && c.active)
      .sort((a, b) => (id(a) < id(b) ? -1 : 1))
      .map((c) => ({ ...c }));
  }

  async recordFeedback(entry: FeedbackEntry): Promise<void> {
    this.feedback.push(entry);
  }

  async recordUnanswered(entry: UnansweredEntry): Promise<void> {
    this.unanswered.push(entry);
  }

  async claimDigest(c: DigestClaim): Promise<'claimed' | 'exists' | 'moved'> {
    if (this.digests.has(dayId(c.chat, c.localDate))) return 'exists';
    const chat = this.chats.get(id(c.chat));
    if (!chat || chat.rotation !== c.rotationFrom) return 'moved';
    chat.rotation = c.rotationTo;
    this.digests.set(dayId(c.chat, c.localDate), {
      platform: c.chat.platform,
      chatId: c.chat.chatId,
      localDate: c.localDate,
      factIds: [...c.factIds],
      rotationFrom: c.rotationFrom,
      rotationTo: c.rotationTo,
      status: 'pending',
      attempts: 0,
      nextAttemptAt: null,
      sentAt: null,
      error: null,
      updatedAt: c.at,
    });
    return 'claimed';
  }

  async startDigestAttempt(chat: ChatKey, localDate: string, attempts: number, at: Date): Promise<boolean> {
    const row = this.digests.get(dayId(chat, localDate));
    if (row?.status !== 'pending' || row.attempts !== attempts) return false;
    Object.assign(row, { status: 'sending', attempts: attempts + 1, nextAttemptAt: null, updatedAt: at });
    return true;
  }

  async finishDigestAttempt(chat: ChatKey, localDate: string, o: DigestOutcome): Promise<void> {
    const row = this.digests.get(dayId(chat, localDate));
    if (!row || (row.status !== 'sending' && row.status !== 'uncertain')) return;
    row.status = o.status;
    row.updatedAt = o.at;
    row.nextAttemptAt = o.status === 'pending' ? o.nextAttemptAt : null;
    row.sentAt = o.status === 'sent' ? o.at : null;
    if (o.status !== 'sent') row.error = o.error;
    if (o.status === 'failed' || o.status === 'gone') {
      const settings = this.chats.get(id(chat));
      if (settings && settings.rotation === row.rotationTo) settings.rotation = row.rotationFrom;
    }
  }

  async resolveInterruptedDigests(at: Date): Promise<DigestLogEntry[]> {
    const out: DigestLogEntry[] = [];
    for (const row of this.digests.values()) {
      if (row.status !== 'sending') continue;
      Object.assign(row, { status: 'uncertain', error: 'in flight at shutdown', updatedAt: at });
      out.push(copy(row));
    }
    return out.sort((a, b) => (a.localDate + id(a) < b.localDate + id(b) ? -1 : 1));
  }

  async getDigest(chat: ChatKey, localDate: string): Promise<DigestLogEntry | undefined> {
    const row = this.digests.get(dayId(chat, localDate));
    return row ? copy(row) : undefined;
  }

  async pruneDigests(before: string): Promise<number> {
    let n = 0;
    for (const [key, row] of this.digests) {
      if (row.localDate < before) {
        this.digests.delete(key);
        n++;
      }
    }
    return n;
  }

  async listDigests(query: { since: string; chat?: ChatKey }): Promise<DigestLogEntry[]> {
    return [...this.digests.values()]
      .filter((r) => r.localDate >= query.since && (!query.chat || (r.platform === query.chat.platform && r.chatId === query.chat.chatId)))
      .sort((a, b) => (a.localDate + id(a) < b.localDate + id(b) ? -1 : a.localDate + id(a) > b.localDate + id(b) ? 1 : 0))
      .map(copy);
  }
}

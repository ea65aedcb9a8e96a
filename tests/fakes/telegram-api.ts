/**
 * A fake Telegram Bot API on 127.0.0.1 (port 0) for end-to-end tests and the bench.
 *
 * It records every call (method + payload), serves queued updates through `getUpdates`
 * (answering `[]` within `holdMs` when there are none), answers the methods the bot uses, and
 * checks what a real server would refuse: HTML that does not parse, text over 4096 characters,
 * callback_data over 64 bytes. `failNext` makes the next calls of a method fail (429, 403, 5xx…).
 */
import { EventEmitter } from 'node:events';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One recorded API call. */
export interface RecordedCall {
  method: string;
  // biome-ignore lint/suspicious/noExplicitAny: payloads are whatever the bot sent; tests pick fields.
  payload: Record<string, any>;
  ok: boolean;
  /** The error description when the call failed. */
  error?: string;
}

/** An API error to answer with. */
export interface FakeFailure {
  code: number;
  description: string;
  parameters?: { retry_after?: number; migrate_to_chat_id?: number };
}

/** The bot the fake pretends to be. */
export const FAKE_BOT = { id: 7_000_001, is_bot: true, first_name: 'Report Bot', username: 'ThisBot' } as const;

const TAGS = new Set(['b', 'strong', 'i', 'em', 'u', 'ins', 's', 'strike', 'del', 'code', 'pre', 'a', 'tg-spoiler', 'span', 'blockquote', 'tg-emoji']);
const NAMED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"' };

/** Parses Telegram HTML like the Bot API does (strictly): the plain text, or the error it would give. */
export function parseTelegramHtml(html: string): { text: string } | { error: string } {
  let text = '';
  const open: string[] = [];
  let i = 0;
  while (i < html.length) {
    const c = html[i] as string;
    if (c === '<') {
      const end = html.indexOf('>', i);
      const tag = end < 0 ? undefined : /^(\/?)([a-z-]+)(\s[^<>]*)?$/i.exec(html.slice(i + 1, end));
      const name = tag?.[2]?.toLowerCase();
      if (!tag || !name || !TAGS.has(name)) return { error: `Bad Request: can't parse entities: Unsupported start tag at byte offset ${i}` };
      if (tag[1]) {
        if (open.pop() !== name) return { error: `Bad Request: can't parse entities: Unexpected end tag at byte offset ${i}` };
      } else {
        open.push(name);
      }
      i = end + 1;
    } else if (c === '&') {
      const m = /^&(lt|gt|amp|quot|#\d{1,7}|#x[0-9a-f]{1,6});/i.exec(html.slice(i, i + 12));
      if (!m) return { error: `Bad Request: can't parse entities: Character entity expected at byte offset ${i}` };
      const e = (m[1] as string).toLowerCase();
      text += NAMED[e] ?? String.fromCodePoint(e.startsWith('#x') ? Number.parseInt(e.slice(2), 16) : Number(e.slice(1)));
      i += m[0].length;
    } else {
      text += c;
      i++;
    }
  }
  if (open.length > 0) return { error: `Bad Request: can't parse entities: Can't find end tag corresponding to start tag ${open.at(-1)}` };
  return { text };
}

// biome-ignore lint/suspicious/noExplicitAny: see RecordedCall.
type Payload = Record<string, any>;

/** The fake server. Start one per test with {@link FakeTelegramApi.start}. */
export class FakeTelegramApi {
  readonly calls: RecordedCall[] = [];
  /** Chat member statuses by `chatId:userId` (default `member`). */
  readonly members = new Map<string, string>();
  /** What getMe says about privacy mode. */
  canReadAllGroupMessages = false;
  private readonly events = new EventEmitter();
  private readonly counts = new Map<string, number>();
  private readonly updates: Payload[] = [];
  private readonly failures: Array<{ method: string; times: number; failure: FakeFailure; match?: (p: Payload) => boolean }> = [];
  private nextMessageId = 1_000;
  private closed = false;

  private constructor(
    private readonly server: Server,
    readonly apiRoot: string,
    private readonly holdMs: number,
  ) {
    this.events.setMaxListeners(0);
  }

  /** Starts a fake on 127.0.0.1, port 0. `holdMs`: how long an empty getUpdates waits for updates. */
  static async start(options: { holdMs?: number } = {}): Promise<FakeTelegramApi> {
    let api: FakeTelegramApi | undefined;
    const server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const m = /^\/bot([^/]+)\/(\w+)$/.exec(req.url ?? '');
        if (!m || !api) return void res.writeHead(404).end(JSON.stringify({ ok: false, error_code: 404, description: 'Not Found' }));
        const body = Buffer.concat(chunks).toString('utf8');
        const payload = (body ? JSON.parse(body) : {}) as Payload;
        void api.answer(m[2] as string, payload).then(({ status, json }) => {
          res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(json));
        });
      });
    });
    server.keepAliveTimeout = 60_000;
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    api = new FakeTelegramApi(server, `http://127.0.0.1:${port}/`, options.holdMs ?? 100);
    return api;
  }

  /** Queues an update for getUpdates. */
  queueUpdate(...updates: Payload[]): void {
    this.updates.push(...updates);
    this.events.emit('update');
  }

  /** Makes the next `times` calls of `method` (matching `match`, if given) fail with `failure`. */
  failNext(method: string, times: number, failure: FakeFailure, match?: (payload: Payload) => boolean): void {
    this.failures.push({ method, times, failure, match });
  }

  /** Recorded calls of one method (successful and failed). */
  callsOf(method: string): RecordedCall[] {
    return this.calls.filter((c) => c.method === method);
  }

  /** Successful calls of a method, as the chat shows them. */
  sent(method = 'sendMessage'): Payload[] {
    return this.callsOf(method)
      .filter((c) => c.ok)
      .map((c) => c.payload);
  }

  /** How many successful calls of `method` were made (cheap: a counter). */
  count(method: string): number {
    return this.counts.get(method) ?? 0;
  }

  /** Resolves once `count` successful calls of `method` were made; rejects after `timeoutMs`. */
  waitFor(method: string, count = 1, timeoutMs = 8_000): Promise<Payload[]> {
    return new Promise((resolve, reject) => {
      const check = () => {
        if (this.count(method) < count) return false;
        const done = this.sent(method);
        clearTimeout(timer);
        this.events.off('call', check);
        resolve(done);
        return true;
      };
      const timer = setTimeout(() => {
        this.events.off('call', check);
        reject(
          new Error(`fake telegram: waited for ${count} ${method}, got ${this.sent(method).length}; calls: ${this.calls.map((c) => c.method).join(', ')}`),
        );
      }, timeoutMs);
      if (!check()) this.events.on('call', check);
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    this.events.emit('update');
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private record(method: string, payload: Payload, error?: string): void {
    this.calls.push({ method, payload, ok: error === undefined, error });
    if (error === undefined) this.counts.set(method, this.count(method) + 1);
    this.events.emit('call');
  }

  private async answer(method: string, payload: Payload): Promise<{ status: number; json: unknown }> {
    const fail = (f: FakeFailure) => {
      this.record(method, payload, f.description);
      return { status: f.code, json: { ok: false, error_code: f.code, description: f.description, parameters: f.parameters } };
    };
    const failure = this.failures.find((f) => f.method === method && f.times > 0 && (!f.match || f.match(payload)));
    if (failure) {
      failure.times--;
      return fail(failure.failure);
    }
    if (method === 'getUpdates') return { status: 200, json: { ok: true, result: await this.getUpdates(payload) } };
    const result = this.result(method, payload);
    if ('error' in result) return fail({ code: 400, description: result.error });
    this.record(method, payload);
    return { status: 200, json: { ok: true, result: result.value } };
  }

  private async getUpdates(payload: Payload): Promise<Payload[]> {
    const offset = Number(payload.offset ?? 0);
    const pending = () => {
      // Confirmed (update_id < offset) updates are forgotten, as on the real server.
      for (let i = this.updates.length - 1; i >= 0; i--) if ((this.updates[i]?.update_id as number) < offset) this.updates.splice(i, 1);
      return this.updates.slice(0, Number(payload.limit ?? 100));
    };
    if (pending().length === 0 && !this.closed && Number(payload.timeout ?? 0) > 0) {
      await new Promise<void>((resolve) => {
        const done = () => {
          clearTimeout(timer);
          this.events.off('update', done);
          resolve();
        };
        const timer = setTimeout(done, this.holdMs);
        this.events.on('update', done);
      });
    }
    const out = pending();
    this.record('getUpdates', payload);
    return out;
  }

  private message(payload: Payload, extra: Payload): Payload {
    const id = Number(payload.chat_id);
    return {
      message_id: this.nextMessageId++,
      date: Math.floor(Date.now() / 1000),
      chat: { id, type: id < 0 ? 'supergroup' : 'private' },
      from: FAKE_BOT,
      ...extra,
    };
  }

  private text(payload: Payload): { text: string } | { error: string } {
    const raw = String(payload.text ?? '');
    const parsed = payload.parse_mode === 'HTML' ? parseTelegramHtml(raw) : { text: raw };
    if ('error' in parsed) return parsed;
    if (parsed.text.trim() === '') return { error: 'Bad Request: message text is empty' };
    if (parsed.text.length > 4096) return { error: 'Bad Request: message is too long' };
    const rows = (payload.reply_markup?.inline_keyboard ?? []) as Payload[][];
    for (const button of rows.flat()) {
      const size = Buffer.byteLength(String(button.callback_data ?? ''));
      if (size < 1 || size > 64) return { error: 'Bad Request: BUTTON_DATA_INVALID' };
    }
    return parsed;
  }

  private result(method: string, payload: Payload): { value: unknown } | { error: string } {
    switch (method) {
      case 'getMe':
        return { value: { ...FAKE_BOT, can_join_groups: true, can_read_all_group_messages: this.canReadAllGroupMessages, supports_inline_queries: true } };
      case 'sendMessage':
      case 'editMessageText': {
        const parsed = this.text(payload);
        if ('error' in parsed) return parsed;
        const message = this.message(payload, { text: parsed.text });
        if (method === 'editMessageText') message.message_id = payload.message_id;
        return { value: message };
      }
      case 'sendPoll': {
        const options = (payload.options ?? []) as string[];
        const question = String(payload.question ?? '');
        if (question.length < 1 || question.length > 300 || options.length < 2 || options.length > 10 || options.some((o) => !o || o.length > 100)) {
          return { error: 'Bad Request: poll is invalid' };
        }
        return { value: this.message(payload, { poll: { id: String(this.nextMessageId), question, options, type: payload.type } }) };
      }
      case 'getChatMember':
        return {
          value: {
            status: this.members.get(`${payload.chat_id}:${payload.user_id}`) ?? 'member',
            user: { id: payload.user_id, is_bot: false, first_name: 'U' },
          },
        };
      case 'answerInlineQuery':
        return (payload.results ?? []).length > 50 ? { error: 'Bad Request: RESULTS_TOO_MUCH' } : { value: true };
      case 'answerCallbackQuery':
      case 'setMyCommands':
      case 'setWebhook':
      case 'deleteWebhook':
        return { value: true };
      default:
        return { error: `Bad Request: method ${method} not faked` };
    }
  }
}

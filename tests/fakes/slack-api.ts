/**
 * A fake Slack for end-to-end tests and the bench, on 127.0.0.1 (port 0):
 * - the Web API under `/api/` (give Bolt `clientOptions: { slackApiUrl: api.apiUrl }`), recording
 *   every call (method + payload) and answering auth.test, chat.postMessage, chat.postEphemeral,
 *   users.info, conversations.info and apps.connections.open; `failNext` makes the next calls fail
 *   with a 429 + Retry-After or a Slack error;
 * - a response_url sink under `/hook/<id>`, recording every `respond()` (and emitting `hook`);
 * - a Socket Mode server (`ws`) at the URL apps.connections.open returns;
 * - helpers that build and sign what Slack sends: slash commands, events, block actions.
 */
import { createHmac } from 'node:crypto';
import { EventEmitter } from 'node:events';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type WebSocket, WebSocketServer } from 'ws';

/** One recorded Web API call. */
export interface ApiCall {
  method: string;
  payload: Record<string, unknown>;
  /** Whether an Authorization header came with it (its value is never kept). */
  authorized: boolean;
}

/** One recorded response_url post. */
export interface HookCall {
  id: string;
  payload: Record<string, unknown>;
}

/** How the next call of a method fails. */
export type Failure = { status: 429; retryAfter: number } | { error: string };

/** A fake user for users.info. */
export interface FakeUser {
  is_admin?: boolean;
  is_owner?: boolean;
  locale?: string;
}

const readBody = (req: IncomingMessage) =>
  new Promise<string>((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });

function parsePayload(body: string, contentType: string | undefined): Record<string, unknown> {
  if (contentType?.includes('application/json')) return body ? (JSON.parse(body) as Record<string, unknown>) : {};
  const out: Record<string, unknown> = {};
  for (const [k, v] of new URLSearchParams(body)) {
    out[k] = /^[[{]/.test(v) ? JSON.parse(v) : v;
  }
  return out;
}

/** The fake Slack. Create with {@link startFakeSlack}. */
export class FakeSlack extends EventEmitter {
  readonly calls: ApiCall[] = [];
  readonly hooks: HookCall[] = [];
  readonly users = new Map<string, FakeUser>();
  /** Channel id → creator user id, for conversations.info. */
  readonly channels = new Map<string, string>();
  /** Messages the bot sent over the socket (acks). */
  readonly socketAcks: Array<{ envelope_id: string; payload?: unknown }> = [];
  botUserId = 'UBOT';
  botId = 'BBOT';
  /** When set, auth.test answers `{ ok: false, error }`. */
  authError?: string;
  /** When set, apps.connections.open answers `{ ok: false, error }`. */
  socketError?: string;
  private readonly failures = new Map<string, Failure[]>();
  private ts = 1_700_000_000;
  private sockets = new Set<WebSocket>();
  readonly wss: WebSocketServer;

  constructor(readonly server: Server) {
    super();
    this.setMaxListeners(0);
    this.wss = new WebSocketServer({ noServer: true });
    server.on('upgrade', (req, socket, head) => {
      this.wss.handleUpgrade(req, socket, head, (ws) => {
        this.sockets.add(ws);
        ws.on('close', () => this.sockets.delete(ws));
        ws.on('message', (data) => {
          this.socketAcks.push(JSON.parse(String(data)));
          this.emit('record');
        });
        ws.send(JSON.stringify({ type: 'hello', num_connections: 1, debug_info: { host: 'fake' }, connection_info: { app_id: 'A1' } }));
        this.emit('socket', ws);
      });
    });
  }

  get base(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }
  /** The Web API base URL, with its trailing slash. */
  get apiUrl(): string {
    return `${this.base}/api/`;
  }
  /** A response_url that records into {@link hooks} under `id`. */
  responseUrl(id = 'r1'): string {
    return `${this.base}/hook/${id}`;
  }

  /** The next `count` response_url posts get 429 with `Retry-After: retryAfter` (not recorded as hooks). */
  failHooks(count: number, retryAfter: number): void {
    this.hookFailures += count;
    this.hookRetryAfter = retryAfter;
  }
  /** response_url posts refused with 429 so far. */
  hookRefusals = 0;
  hookFailures = 0;
  hookRetryAfter = 1;

  /** The next `count` calls of `method` fail as described. */
  failNext(method: string, count: number, failure: Failure): void {
    const list = this.failures.get(method) ?? [];
    for (let i = 0; i < count; i++) list.push(failure);
    this.failures.set(method, list);
  }

  /** Recorded calls of one method. */
  callsOf(method: string): ApiCall[] {
    return this.calls.filter((c) => c.method === method);
  }

  /** Resolves once `check` is true, re-checking on every recorded call (safety timeout 5 s). */
  waitFor(check: () => boolean, what = 'condition'): Promise<void> {
    if (check()) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.off('record', onRecord);
        reject(new Error(`fake slack: timed out waiting for ${what}`));
      }, 5000);
      const onRecord = () => {
        if (!check()) return;
        clearTimeout(timer);
        this.off('record', onRecord);
        resolve();
      };
      this.on('record', onRecord);
    });
  }

  /** Sends a Socket Mode envelope to every connected client. */
  sendEnvelope(envelope: Record<string, unknown>): void {
    for (const ws of this.sockets) ws.send(JSON.stringify(envelope));
  }

  /** @internal */
  async handle(
    method: string,
    payload: Record<string, unknown>,
    authorized: boolean,
  ): Promise<{ status: number; headers?: Record<string, string>; body: unknown }> {
    this.calls.push({ method, payload, authorized });
    this.emit('record');
    const failure = this.failures.get(method)?.shift();
    if (failure && 'status' in failure)
      return { status: 429, headers: { 'retry-after': String(failure.retryAfter) }, body: { ok: false, error: 'ratelimited' } };
    if (failure) return { status: 200, body: { ok: false, error: failure.error } };
    switch (method) {
      case 'auth.test':
        if (this.authError) return { status: 200, body: { ok: false, error: this.authError } };
        return {
          status: 200,
          body: { ok: true, url: 'https://fake.slack.com/', team: 'Fake', user: 'reportbot', team_id: 'T1', user_id: this.botUserId, bot_id: this.botId },
        };
      case 'chat.postMessage':
        this.ts += 1;
        return { status: 200, body: { ok: true, channel: payload.channel, ts: `${this.ts}.000100`, message: { text: payload.text } } };
      case 'chat.postEphemeral':
        return { status: 200, body: { ok: true, message_ts: `${this.ts}.000200` } };
      case 'users.info': {
        const user = this.users.get(String(payload.user));
        if (!user) return { status: 200, body: { ok: false, error: 'user_not_found' } };
        return { status: 200, body: { ok: true, user: { id: payload.user, ...user } } };
      }
      case 'conversations.info': {
        const creator = this.channels.get(String(payload.channel));
        if (!creator) return { status: 200, body: { ok: false, error: 'channel_not_found' } };
        return { status: 200, body: { ok: true, channel: { id: payload.channel, creator } } };
      }
      case 'apps.connections.open':
        if (this.socketError) return { status: 200, body: { ok: false, error: this.socketError } };
        return { status: 200, body: { ok: true, url: `${this.base.replace('http', 'ws')}/socket` } };
      default:
        return { status: 200, body: { ok: true } };
    }
  }

  async close(): Promise<void> {
    for (const ws of this.sockets) ws.terminate();
    this.wss.close();
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}

/** Starts a fresh fake Slack on 127.0.0.1, port 0. */
export async function startFakeSlack(): Promise<FakeSlack> {
  let fake: FakeSlack | undefined;
  const server = createServer(async (req, res) => {
    const body = await readBody(req);
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    const payload = parsePayload(body, req.headers['content-type']);
    if (path.startsWith('/hook/')) {
      if (fake && fake.hookFailures > 0) {
        fake.hookFailures--;
        fake.hookRefusals++;
        res.writeHead(429, { 'retry-after': String(fake.hookRetryAfter) }).end();
        return;
      }
      const hook = { id: path.slice('/hook/'.length), payload };
      fake?.hooks.push(hook);
      fake?.emit('record');
      fake?.emit('hook', hook);
      res.writeHead(200, { 'content-type': 'text/plain' }).end('ok');
      return;
    }
    if (!path.startsWith('/api/') || !fake) {
      res.writeHead(404).end();
      return;
    }
    const answer = await fake.handle(path.slice('/api/'.length), payload, Boolean(req.headers.authorization));
    res.writeHead(answer.status, { 'content-type': 'application/json', ...answer.headers }).end(JSON.stringify(answer.body));
  });
  fake = new FakeSlack(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return fake;
}

// ---- what Slack sends -------------------------------------------------------------------------

/** Slack's request signature headers for `body`. */
export function signatureHeaders(secret: string, body: string, ts = Math.floor(Date.now() / 1000)): Record<string, string> {
  const sig = `v0=${createHmac('sha256', secret).update(`v0:${ts}:${body}`).digest('hex')}`;
  return { 'x-slack-signature': sig, 'x-slack-request-timestamp': String(ts) };
}

/** A request as Slack would POST it to `/slack/events`. */
export interface SlackRequest {
  body: string;
  contentType: string;
}

/** A slash command (form-encoded). */
export function slashCommand(fields: { text: string; channel_id?: string; user_id?: string; response_url: string; command?: string }): SlackRequest {
  const params = new URLSearchParams({
    token: 'verification-token',
    team_id: 'T1',
    team_domain: 'fake',
    channel_id: fields.channel_id ?? 'C1',
    channel_name: 'general',
    user_id: fields.user_id ?? 'U1',
    user_name: 'alice',
    command: fields.command ?? '/report',
    text: fields.text,
    api_app_id: 'A1',
    is_enterprise_install: 'false',
    response_url: fields.response_url,
    trigger_id: '1.2.3',
  });
  return { body: params.toString(), contentType: 'application/x-www-form-urlencoded' };
}

let eventCounter = 0;

/** An Events API callback (JSON) wrapping `event`. */
export function eventCallback(event: Record<string, unknown>, eventId = `Ev${++eventCounter}`, botUserId = 'UBOT'): SlackRequest {
  const body = {
    token: 'verification-token',
    team_id: 'T1',
    api_app_id: 'A1',
    event: { event_ts: event.ts, ...event },
    type: 'event_callback',
    event_id: eventId,
    event_time: 1_700_000_000,
    authorizations: [{ enterprise_id: null, team_id: 'T1', user_id: botUserId, is_bot: true, is_enterprise_install: false }],
    is_ext_shared_channel: false,
  };
  return { body: JSON.stringify(body), contentType: 'application/json' };
}

/** A block_actions payload for pressing `button` (an element of a recorded message's blocks). */
export function blockAction(fields: {
  button: { action_id: string; value?: string };
  channel?: string;
  user?: string;
  response_url: string;
  ephemeral?: boolean;
  message?: { ts: string; thread_ts?: string };
}): SlackRequest {
  const channel = fields.channel ?? 'C1';
  const payload = {
    type: 'block_actions',
    user: { id: fields.user ?? 'U1', username: 'alice', team_id: 'T1' },
    api_app_id: 'A1',
    token: 'verification-token',
    container: {
      type: 'message',
      message_ts: fields.message?.ts ?? '1700000000.000001',
      channel_id: channel,
      is_ephemeral: Boolean(fields.ephemeral),
      ...(fields.message?.thread_ts ? { thread_ts: fields.message.thread_ts } : {}),
    },
    trigger_id: '1.2.3',
    team: { id: 'T1', domain: 'fake' },
    channel: { id: channel, name: 'general' },
    ...(fields.ephemeral
      ? {}
      : { message: { type: 'message', ts: fields.message?.ts ?? '1700000000.000001', thread_ts: fields.message?.thread_ts, text: '' } }),
    response_url: fields.response_url,
    actions: [
      {
        type: 'button',
        block_id: 'b1',
        action_id: fields.button.action_id,
        value: fields.button.value,
        text: { type: 'plain_text', text: 'x' },
        action_ts: '1700000001.000001',
      },
    ],
  };
  return { body: new URLSearchParams({ payload: JSON.stringify(payload) }).toString(), contentType: 'application/x-www-form-urlencoded' };
}

/** POSTs a request to `url`, signed with `secret` unless `sign` is false. */
export async function postToSlackApp(
  url: string,
  request: SlackRequest,
  options: { secret?: string; sign?: boolean; ts?: number; headers?: Record<string, string> } = {},
): Promise<{ status: number; body: string }> {
  const signed = options.sign === false || !options.secret ? {} : signatureHeaders(options.secret, request.body, options.ts);
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': request.contentType, ...signed, ...options.headers }, body: request.body });
  return { status: res.status, body: await res.text() };
}

/**
 * The webhook intake on the shared `PORT` server: Telegram POSTs each update to the path of
 * `TELEGRAM_WEBHOOK_URL` with the secret in `X-Telegram-Bot-Api-Secret-Token`. A wrong or
 * missing secret gets 403 and the body is never read.
 */
import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Update } from 'telegraf/types';

/** NOTE: bytes; real updates are a few KB (a message is at most 4096 characters). */
const MAX_BODY = 1 << 20;

/** How many recent update ids are remembered to drop Telegram's re-deliveries. */
const REMEMBERED_UPDATES = 2000;

/** What the webhook handler needs. */
export interface WebhookOptions {
  /** The URL path to serve, e.g. `/telegram/webhook`. */
  path: string;
  secret: string;
  /** Takes one update; resolves once it is queued (handlers run on their own). */
  onUpdate(update: Update): Promise<void>;
  /** Lets stop() wait for requests still being read. */
  track(work: Promise<unknown>): void;
  isStopped(): boolean;
}

function sameSecret(given: string | string[] | undefined, secret: string): boolean {
  if (typeof given !== 'string') return false;
  const a = Buffer.from(given);
  const b = Buffer.from(secret);
  return a.length === b.length && timingSafeEqual(a, b);
}

function readBody(req: IncomingMessage): Promise<string | undefined> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      // Past the limit the rest is drained, not kept (the sender passed the secret check).
      if (size <= MAX_BODY) chunks.push(chunk);
    });
    req.on('end', () => resolve(size > MAX_BODY ? undefined : Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/** Builds `handleHttp`: true when the request was this adapter's (answered here), false otherwise. */
export function createWebhookHandler(options: WebhookOptions): (req: IncomingMessage, res: ServerResponse) => boolean {
  // NOTE: Telegram re-delivers an update whose 200 it did not see (a timeout, a dropped
  // connection); the copy is acknowledged and not answered twice.
  const seen = new Set<number>();
  return (req, res) => {
    const path = (req.url ?? '').split('?')[0];
    if (path !== options.path) return false;
    if (req.method !== 'POST') {
      res.writeHead(405, { allow: 'POST' }).end();
      return true;
    }
    if (!sameSecret(req.headers['x-telegram-bot-api-secret-token'], options.secret)) {
      res.writeHead(403).end();
      req.resume();
      return true;
    }
    if (options.isStopped()) {
      // Telegram retries later, when the next instance is up.
      res.writeHead(503).end();
      req.resume();
      return true;
    }
    const work = readBody(req).then(async (body) => {
      if (body === undefined) return void res.writeHead(413).end();
      let update: Update;
      try {
        update = JSON.parse(body) as Update;
      } catch {
        return void res.writeHead(400).end();
      }
      if (typeof update?.update_id !== 'number') return void res.writeHead(400).end();
      if (seen.has(update.update_id)) return void res.writeHead(200).end();
      seen.add(update.update_id);
      if (seen.size > REMEMBERED_UPDATES) seen.delete(seen.values().next().value as number);
      await options.onUpdate(update);
      res.writeHead(200).end();
    });
    options.track(
      work.catch(() => {
        if (!res.headersSent) res.writeHead(500).end();
      }),
    );
    return true;
  };
}

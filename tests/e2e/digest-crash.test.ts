/**
 * Exactly once across a crash: a fan-out to 200 chats is killed with SIGKILL halfway, restarted,
 * and every chat ends up with exactly one digest at the fake Telegram API.
 *
 * The kill is deterministic: a proxy in front of the fake lets the first KILL_AFTER messages
 * through, then forwards every further request (so the fake records it) but withholds the answers;
 * once all CONCURRENCY sends of the child are stuck waiting, it kills the child. So at the kill
 * some digests are sent, some are in flight (the platform has them; the child does not know), and
 * the rest are not yet claimed: the three cases start-up recovery must settle.
 */
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { SqliteStore } from '../../src/data/sqlite-store.js';
import { FakeTelegramApi } from '../fakes/telegram-api.js';
import { ROOT, runTsx } from '../fakes/tsx-process.js';

const CHATS = 200;
const KILL_AFTER = 100;
const CONCURRENCY = 4;

let dir: string | undefined;
let api: FakeTelegramApi | undefined;
let proxy: Server | undefined;

afterEach(async () => {
  proxy?.closeAllConnections();
  await new Promise<void>((resolve) => (proxy ? proxy.close(() => resolve()) : resolve()));
  await api?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** The proxy (see the module comment). `arm(child)` starts counting towards the kill. */
async function startProxy(target: string): Promise<{ url: string; arm(child: ChildProcess): void; held: () => number }> {
  const upstream = new URL(target);
  let child: ChildProcess | undefined;
  let forwarded = 0;
  let held = 0;
  let killTimer: NodeJS.Timeout | undefined;
  const kill = () => {
    clearTimeout(killTimer);
    if (child && child.exitCode === null) child.kill('SIGKILL');
    child = undefined;
  };
  proxy = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const isSend = /\/sendMessage$/.test(req.url ?? '');
      const hold = child !== undefined && isSend && forwarded >= KILL_AFTER;
      if (isSend) forwarded++;
      const out = request(
        { host: upstream.hostname, port: upstream.port, path: req.url, method: req.method, headers: { ...req.headers, host: upstream.host } },
        (answer) => {
          const body: Buffer[] = [];
          answer.on('data', (c: Buffer) => body.push(c));
          answer.on('end', () => {
            if (!hold) {
              res.writeHead(answer.statusCode ?? 502, answer.headers).end(Buffer.concat(body));
              return;
            }
            // The platform has it; the child never hears back.
            held++;
            if (held >= CONCURRENCY) kill();
            else killTimer ??= setTimeout(kill, 10_000);
          });
        },
      );
      out.on('error', () => res.destroy());
      out.end(Buffer.concat(chunks));
    });
    req.on('error', () => undefined);
    res.on('error', () => undefined);
  });
  await new Promise<void>((resolve) => proxy?.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(proxy.address() as AddressInfo).port}/`,
    arm(c) {
      child = c;
    },
    held: () => held,
  };
}

describe('digest fan-out killed halfway', () => {
  it('delivers exactly one digest per chat after SIGKILL and a restart', async () => {
    dir = mkdtempSync(join(tmpdir(), 'report-bot-crash-'));
    api = await FakeTelegramApi.start();
    const gate = await startProxy(api.apiRoot);
    const store = new SqliteStore(dir);
    const ids = Array.from({ length: CHATS }, (_, i) => (i % 2 ? String(1000 + i) : String(-1000 - i)));
    for (const chatId of ids) await store.updateChat({ platform: 'telegram', chatId }, { digestEnabled: true });
    store.close();
    const env = {
      DATA_DIR: dir,
      REPORT_DIR: `${ROOT}tests/fixtures/report`,
      TELEGRAM_BOT_TOKEN: '123456:TEST-fake-token-aaaaaaaaaaaaaaaaaaaa',
      TELEGRAM_API_ROOT: gate.url,
      NOW: '2024-05-06T02:00:00Z', // Monday 10:00 in Shanghai: due, and no quiz
      CONCURRENCY: String(CONCURRENCY),
    };

    const killed = await runTsx('tests/fakes/digest-fanout.ts', [], { env, cwd: dir, onSpawn: (child) => gate.arm(child) });
    expect(killed.signal).toBe('SIGKILL');
    expect(gate.held()).toBe(CONCURRENCY);
    const atKill = api.sent('sendMessage').length;
    expect(atKill).toBe(KILL_AFTER + CONCURRENCY);

    const restarted = await runTsx('tests/fakes/digest-fanout.ts', [], { env, cwd: dir });
    expect(restarted.stderr).toBe('');
    expect(restarted.code).toBe(0);
    const summary = JSON.parse(restarted.stdout) as { recovered: number; sent: number; failed: number };
    expect(summary).toMatchObject({ recovered: CONCURRENCY, sent: CHATS - atKill, failed: 0 });

    const perChat = new Map<string, number>();
    for (const p of api.sent('sendMessage')) perChat.set(String(p.chat_id), (perChat.get(String(p.chat_id)) ?? 0) + 1);
    expect(perChat.size).toBe(CHATS);
    expect([...perChat.entries()].filter(([, n]) => n !== 1)).toEqual([]);

    const after = new SqliteStore(dir);
    const rows = await after.listDigests({ since: '2024-05-06' });
    after.close();
    const count = (status: string) => rows.filter((r) => r.status === status).length;
    expect(rows).toHaveLength(CHATS);
    expect(count('sent')).toBe(CHATS - CONCURRENCY);
    expect(count('uncertain')).toBe(CONCURRENCY);

    // A third start finds nothing to do.
    const third = await runTsx('tests/fakes/digest-fanout.ts', [], { env, cwd: dir });
    expect(JSON.parse(third.stdout)).toMatchObject({ recovered: 0, due: 0, sent: 0 });
    expect(api.sent('sendMessage')).toHaveLength(CHATS);
  });
});

/**
 * `npm run digest` as a user runs it: a child process on a SQLite file, sending through the
 * configured adapters to the fake Telegram and Slack servers.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { localDateTime } from '../../src/core/index.js';
import { SqliteStore } from '../../src/data/sqlite-store.js';
import { type FakeSlack, startFakeSlack } from '../fakes/slack-api.js';
import { FakeTelegramApi } from '../fakes/telegram-api.js';
import { ROOT, runTsx } from '../fakes/tsx-process.js';

let dir: string;
let telegram: FakeTelegramApi;
let slack: FakeSlack;
let env: Record<string, string>;

/** A zone where it is now between 02:00 and 22:00, so a run and its repeat fall on one local date. */
function middayZone(): string {
  const zone = ['UTC', 'Asia/Tokyo', 'America/Los_Angeles'].find((z) => {
    const { minutes } = localDateTime(new Date(), z);
    return minutes >= 120 && minutes < 22 * 60;
  });
  return zone as string;
}

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'report-bot-cli-'));
  telegram = await FakeTelegramApi.start();
  slack = await startFakeSlack();
  env = {
    DATA_DIR: dir,
    REPORT_DIR: `${ROOT}tests/fixtures/report`,
    TELEGRAM_BOT_TOKEN: '123456:TEST-fake-token-aaaaaaaaaaaaaaaaaaaa',
    TELEGRAM_API_ROOT: telegram.apiRoot,
    SLACK_BOT_TOKEN: 'xoxb-test-bot-token',
    SLACK_SIGNING_SECRET: 'secret',
    SLACK_API_URL: slack.apiUrl,
  };
});

afterEach(async () => {
  await telegram.close();
  await slack.close();
  rmSync(dir, { recursive: true, force: true });
});

const digest = (...args: string[]) => runTsx('src/cli/digest.ts', args, { env, cwd: dir });

describe('npm run digest', () => {
  it('--send-now sends every due digest once; a second run sends nothing', async () => {
    const zone = middayZone();
    const store = new SqliteStore(dir);
    for (const id of ['1', '2', '-1003'])
      await store.updateChat({ platform: 'telegram', chatId: id }, { digestEnabled: true, digestTime: '00:00', timeZone: zone });
    await store.updateChat({ platform: 'slack', chatId: 'C1' }, { digestEnabled: true, digestTime: '00:00', timeZone: zone, locale: 'en' });
    await store.updateChat({ platform: 'telegram', chatId: 'later' }, { digestEnabled: true, digestTime: '23:59', timeZone: zone });
    store.close();

    const first = await digest('--send-now');
    expect(first.stderr).toBe('');
    expect(first.stdout).toMatch(/^digest: 4 due, 4 sent, 0 retrying, 0 failed, 0 gone \(via telegram, slack, terminal\)\n$/);
    expect(
      telegram
        .sent('sendMessage')
        .map((p) => String(p.chat_id))
        .sort(),
    ).toEqual(['-1003', '1', '2']);
    expect(slack.callsOf('chat.postMessage').map((c) => c.payload.channel)).toEqual(['C1']);

    const second = await digest('--send-now');
    expect(second.stdout).toMatch(/^digest: 0 due, 0 sent/);
    expect(telegram.sent('sendMessage')).toHaveLength(3);
    expect(slack.callsOf('chat.postMessage')).toHaveLength(1);
  });

  it('--preview prints the next digest without sending or changing anything', async () => {
    const store = new SqliteStore(dir);
    await store.updateChat({ platform: 'telegram', chatId: '1' }, { digestEnabled: true, locale: 'zh' });
    store.close();
    const zh = await digest('--preview');
    expect(zh.stdout).toMatch(/^── telegram:1 · \d{4}-\d\d-\d\d (due now|at 09:00) \(Asia\/Shanghai\) · zh ──\n每日摘要 · /);
    expect(zh.stdout).toContain('第 1–3 条 / 共 4 条');
    const en = await digest('--preview', '--lang', 'en', '--chat', 'slack:C9');
    expect(en.stdout).toMatch(/^── slack:C9 · .* · en, not subscribed ──\nDaily digest · /);
    expect(en.stdout).toContain('facts 1–3 of 4');
    expect(telegram.calls.filter((c) => c.method.startsWith('send'))).toEqual([]);
    const after = new SqliteStore(dir);
    expect((await after.getChat({ platform: 'telegram', chatId: '1' }))?.rotation).toBe(0);
    expect(await after.listDigests({ since: '2000-01-01' })).toEqual([]);
    after.close();
  });

  it('explains bad arguments', async () => {
    const bad = await digest('--preview', '--chat', 'irc:1');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--chat must be PLATFORM:ID');
    const none = await digest();
    expect(none.code).toBe(2);
    expect(none.stdout).toContain('usage: npm run digest');
  });
});

import { describe, expect, it } from 'vitest';
import { AnswerEngine, type ChatRef, createCore, type IncomingMessage, type Locale, runDueDigests, silentLogger } from '../../../src/core/index.js';
import { MemoryStore } from '../../../src/data/memory-store.js';
import { loadReport } from '../../../src/data/report.js';
import { FakeOutbox } from '../../fakes/fake-outbox.js';

const report = loadReport('tests/fixtures/report');
const engine = new AnswerEngine(report);
const settings = { defaultLocale: 'zh' as Locale, digestTime: '09:00', digestTimeZone: 'Asia/Shanghai' };

function setup(locale: Locale, nowIso = '2024-05-06T05:00:00Z') {
  const store = new MemoryStore();
  let now = new Date(nowIso);
  const clock = { now: () => now };
  const core = createCore({ engine, chats: store, insights: store, settings, clock, logger: silentLogger });
  const chat: ChatRef = { platform: 'telegram', chatId: '100' };
  const key = { platform: chat.platform, chatId: chat.chatId };
  const send = async (args: string, extra: Partial<IncomingMessage> = {}) => {
    const replies = await core.handleMessage({ chat, text: args, command: { name: 'digest', args }, ...extra });
    return replies.map((r) => [r.title, r.body].filter(Boolean).join('\n')).join('\n\n');
  };
  const setNow = (iso: string) => {
    now = new Date(iso);
  };
  return { store, core, chat, key, send, setNow, ready: store.updateChat(key, { locale }) };
}

describe('/digest in English', () => {
  it('shows the status, subscribes with a time and zone, and unsubscribes', async () => {
    const { store, key, send, ready } = setup('en');
    await ready;
    expect(await send('')).toBe(
      'Daily digest\nStatus: off\nWhen on, it comes every day at 09:00 (Asia/Shanghai).\nProgress: 0 of 4 facts sent\nSend /digest on to subscribe.',
    );
    // 05:00 UTC is 07:00 in Berlin: today's 08:30 is still ahead.
    const on = await send('on 8:30 europe/berlin');
    expect(on).toContain('Subscribed to the daily digest.');
    expect(on).toContain('Status: on\nTime: every day at 08:30 (Europe/Berlin)\nNext: 2024-05-06 08:30\nProgress: 0 of 4 facts sent');
    expect(await store.getChat(key)).toMatchObject({ digestEnabled: true, digestTime: '08:30', timeZone: 'Europe/Berlin', active: true });
    const off = await send('off');
    expect(off).toContain('Unsubscribed from the daily digest.');
    expect(off).toContain('Status: off');
    expect((await store.getChat(key))?.digestEnabled).toBe(false);
  });

  it('says the next digest is tomorrow once today’s was sent, and counts progress', async () => {
    const { store, core, send, setNow, ready } = setup('en', '2024-05-06T00:00:00Z');
    await ready;
    await send('on'); // 08:00 in Shanghai, default time 09:00
    expect(await send('status')).toContain('Next: 2024-05-06 09:00');
    setNow('2024-05-06T01:30:00Z');
    expect(await send('status')).toContain("Next: within a minute (today's has not been sent yet)");
    const outbox = new FakeOutbox();
    await runDueDigests(new Date('2024-05-06T01:30:00Z'), {
      report: core.engine.report,
      chats: store,
      digests: store,
      outboxes: new Map([['telegram', outbox]]),
      settings,
      logger: silentLogger,
    });
    expect(outbox.sent).toHaveLength(1);
    const status = await send('status');
    expect(status).toContain('Next: 2024-05-07 09:00');
    expect(status).toContain('Progress: 3 of 4 facts sent');
  });

  it('refuses an invalid time or an unknown zone and changes nothing', async () => {
    const { store, key, send, ready } = setup('en');
    await ready;
    expect(await send('on 25:00')).toBe('“25:00” is not a valid time; use HH:MM, e.g. 09:00. Nothing was changed.');
    expect(await send('on 9am')).toBe('“9am” is not a valid time; use HH:MM, e.g. 09:00. Nothing was changed.');
    expect(await send('on 08:00 Mars/Olympus')).toBe('“Mars/Olympus” is not a known time zone; use an IANA name such as Asia/Shanghai. Nothing was changed.');
    expect(await store.getChat(key)).toMatchObject({ digestEnabled: false, digestTime: null, timeZone: null });
    expect(await send('sometimes')).toMatch(/^Usage: \/digest/);
  });

  it('lets only admins change it in a group, but anyone see the status', async () => {
    const { store, key, send, ready } = setup('en');
    await ready;
    expect(await send('on', { isGroup: true, canChangeSettings: async () => false })).toBe("Sorry, only the chat's admins can change its settings.");
    expect((await store.getChat(key))?.digestEnabled).toBe(false);
    expect(await send('', { isGroup: true, canChangeSettings: async () => false })).toContain('Status: off');
    expect(await send('on', { isGroup: true, canChangeSettings: async () => true })).toContain('Subscribed');
  });

  it('keeps the thread a subscription came from', async () => {
    const { store, key, core, ready } = setup('en');
    await ready;
    await core.handleMessage({ chat: { platform: 'telegram', chatId: '100', threadId: '77' }, text: 'on', command: { name: 'digest', args: 'on' } });
    expect((await store.getChat(key))?.threadId).toBe('77');
  });
});

describe('/digest in Chinese', () => {
  it('shows the status, subscribes and unsubscribes in Chinese', async () => {
    const { store, key, send, ready } = setup('zh');
    await ready;
    expect(await send('')).toBe('每日摘要\n状态:未开启\n开启后每天 09:00(Asia/Shanghai)发送。\n进度:已发送 0 / 共 4 条\n发送 /digest on 订阅。');
    const on = await send('开启 07:45 America/New_York');
    expect(on).toContain('已订阅每日摘要。');
    // 05:00 UTC is 01:00 in New York.
    expect(on).toContain('状态:已开启\n时间:每天 07:45(America/New_York)\n下次发送:2024-05-06 07:45\n进度:已发送 0 / 共 4 条');
    expect(await store.getChat(key)).toMatchObject({ digestEnabled: true, digestTime: '07:45', timeZone: 'America/New_York' });
    expect(await send('关闭')).toContain('已退订每日摘要。');
    expect((await store.getChat(key))?.digestEnabled).toBe(false);
  });

  it('explains a bad time or zone in Chinese', async () => {
    const { store, key, send, ready } = setup('zh');
    await ready;
    expect(await send('on 24:61')).toBe('时间“24:61”无效,请用 HH:MM 格式,例如 09:00。设置没有改变。');
    expect(await send('on 火星/基地')).toBe('时区“火星/基地”无效,请用 IANA 时区名,例如 Asia/Shanghai。设置没有改变。');
    expect((await store.getChat(key))?.digestEnabled).toBe(false);
  });

  it('says when the digest is paused because the chat could not be reached', async () => {
    const { store, key, send, ready } = setup('zh');
    await ready;
    await store.updateChat(key, { digestEnabled: true, active: false });
    expect(await send('')).toContain('状态:已暂停');
  });
});

/**
 * `/report` end to end: signed slash commands into the Bolt HTTP endpoint, answers read back from
 * the response_url sink of a fake Slack.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { Core } from '../../src/core/index.js';
import { blockAction, type HookCall, slashCommand } from '../fakes/slack-api.js';
import { type SlackHarness, startSlackHarness } from '../fakes/slack-harness.js';

type Block = { type: string; text?: { text: string }; elements?: Array<{ text: string | { text: string }; action_id?: string; value?: string }> };

let h: SlackHarness;
afterEach(async () => {
  await h?.close();
});

const blocksOf = (hook: HookCall) => (hook.payload.blocks ?? []) as Block[];
const sectionText = (hook: HookCall) =>
  blocksOf(hook)
    .filter((b) => b.type === 'section')
    .map((b) => b.text?.text)
    .join('\n');
const contextText = (hook: HookCall) =>
  blocksOf(hook)
    .filter((b) => b.type === 'context')
    .flatMap((b) => (b.elements ?? []).map((e) => (typeof e.text === 'string' ? e.text : '')))
    .join('\n');
const buttonsOf = (hook: HookCall) =>
  blocksOf(hook)
    .filter((b) => b.type === 'actions')
    .flatMap((b) => b.elements ?? [])
    .map((e) => ({ label: typeof e.text === 'string' ? e.text : e.text.text, action_id: e.action_id ?? '', value: e.value }));

/** Sends `/report <text>` and returns what the user sees (the response_url posts). */
async function report(text: string, fields: { channel_id?: string; user_id?: string } = {}): Promise<HookCall[]> {
  const id = `r${h.api.hooks.length}-${Math.random().toString(36).slice(2, 8)}`;
  const res = await h.send(slashCommand({ text, response_url: h.api.responseUrl(id), ...fields }));
  expect(res.status).toBe(200);
  await h.adapter.idle();
  return h.api.hooks.filter((x) => x.id === id);
}

describe('/report', () => {
  it('answers a Chinese question ephemerally, cited, with follow-up, feedback and share buttons', async () => {
    h = await startSlackHarness();
    const [hook] = await report('2018年新增了多少张病床?');
    expect(hook?.payload.response_type).toBe('ephemeral');
    expect(sectionText(hook as HookCall)).toContain('新增病床2555张');
    expect(contextText(hook as HookCall)).toContain('医疗卫生');
    expect(hook?.payload.text).toContain('2555');
    const labels = buttonsOf(hook as HookCall).map((b) => b.label);
    expect(labels).toEqual(['本板块更多', '👍 有帮助', '👎 没帮助', '分享到频道']);
    const ids = buttonsOf(hook as HookCall).map((b) => b.action_id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(h.api.callsOf('chat.postMessage')).toHaveLength(0);
  });

  it('answers an English question in English, with the original-text button', async () => {
    h = await startSlackHarness();
    const [hook] = await report('How many hospital beds were added?');
    expect(sectionText(hook as HookCall)).toContain('2,555 hospital beds were added');
    expect(contextText(hook as HookCall)).toContain('Health care');
    expect(buttonsOf(hook as HookCall).map((b) => b.label)).toContain('原文 / original');
    expect(buttonsOf(hook as HookCall).map((b) => b.label)).toContain('Share in channel');
  });

  it('says so when the report does not answer, without feedback or share buttons', async () => {
    h = await startSlackHarness();
    const [hook] = await report('北京明天天气怎么样?');
    expect(sectionText(hook as HookCall)).toContain(h.core.translator('zh')('search.noAnswer'));
    const labels = buttonsOf(hook as HookCall).map((b) => b.label);
    expect(labels).not.toContain('分享到频道');
    expect(labels).not.toContain('👍 有帮助');
  });

  it('shows the help for an empty /report, in the user’s Slack language', async () => {
    h = await startSlackHarness();
    h.api.users.set('U7', { locale: 'en-US' });
    const [zh] = await report('');
    expect(sectionText(zh as HookCall)).toContain('/report search');
    expect(sectionText(zh as HookCall)).toContain(h.core.translator('zh')('help.title'));
    const [en] = await report('', { user_id: 'U7' });
    expect(sectionText(en as HookCall)).toContain(h.core.translator('en')('help.title'));
    expect(h.api.callsOf('users.info').at(-1)?.payload).toMatchObject({ user: 'U7', include_locale: 'true' });
  });

  it('answers each subcommand: help, fact, topics, search, about', async () => {
    h = await startSlackHarness();
    const t = h.core.translator('zh');
    expect(sectionText((await report('help'))[0] as HookCall)).toContain(t('help.title'));
    const fact = (await report('fact'))[0] as HookCall;
    expect(sectionText(fact)).toContain(t('fact.title'));
    expect(sectionText(fact)).toContain('医疗卫生方面,新增病床2555张。');
    const topics = (await report('topics'))[0] as HookCall;
    expect(buttonsOf(topics).map((b) => b.label)).toEqual(['医疗卫生', '社会治安', '福田区:大数据']);
    const search = (await report('search 医院'))[0] as HookCall;
    expect(sectionText(search)).toContain('三甲医院总数增加到18家');
    // The usage line (its example may be interpolated): it names the command, and lists no facts.
    const usage = sectionText((await report('search'))[0] as HookCall);
    expect(usage).toContain(t('searchCmd.usage').split('{{')[0]);
    expect(usage).not.toContain('•');
  });

  it('sets the language in a DM, and the next answers follow it', async () => {
    h = await startSlackHarness();
    const [set] = await report('lang en', { channel_id: 'D1' });
    expect(sectionText(set as HookCall)).toContain(h.core.translator('en')('lang.set'));
    expect((await h.store.getChat({ platform: 'slack', chatId: 'D1' }))?.locale).toBe('en');
    const [answer] = await report('新增了多少张病床?', { channel_id: 'D1' });
    expect(sectionText(answer as HookCall)).toContain('2,555 hospital beds');
  });

  it('refuses channel settings to ordinary members, allows admins and the channel creator', async () => {
    h = await startSlackHarness();
    h.api.users.set('U1', { locale: 'en-US' });
    h.api.users.set('UADMIN', { is_admin: true });
    h.api.users.set('UCREATOR', {});
    h.api.channels.set('C1', 'UCREATOR');
    const [refused] = await report('lang en', { user_id: 'U1' });
    expect(sectionText(refused as HookCall)).toContain(h.core.translator('en')('settings.adminOnly'));
    expect((await h.store.getChat({ platform: 'slack', chatId: 'C1' }))?.locale ?? null).toBeNull();
    await report('lang en', { user_id: 'UADMIN' });
    expect((await h.store.getChat({ platform: 'slack', chatId: 'C1' }))?.locale).toBe('en');
    await report('lang zh', { user_id: 'UCREATOR' });
    expect((await h.store.getChat({ platform: 'slack', chatId: 'C1' }))?.locale).toBe('zh');
  });

  it('stores the digest subscription: on with a time, status, off', async () => {
    h = await startSlackHarness();
    h.api.users.set('UADMIN', { is_owner: true });
    h.api.users.set('U1', { locale: 'en-GB' });
    const on = await report('digest on 08:30', { user_id: 'UADMIN' });
    expect(on.map(sectionText).join('\n')).toContain('08:30');
    expect(await h.store.getChat({ platform: 'slack', chatId: 'C1' })).toMatchObject({ digestEnabled: true, digestTime: '08:30' });
    const status = await report('digest status', { user_id: 'U1' });
    expect(status.map(sectionText).join('\n')).toContain(h.core.translator('en')('digest:statusTitle'));
    await report('digest off', { user_id: 'UADMIN' });
    expect((await h.store.getChat({ platform: 'slack', chatId: 'C1' }))?.digestEnabled).toBe(false);
  });

  it('answers in the channel’s language over the question’s', async () => {
    h = await startSlackHarness();
    await h.store.updateChat({ platform: 'slack', chatId: 'C1' }, { locale: 'en' });
    const [hook] = await report('新增了多少张病床?');
    expect(sectionText(hook as HookCall)).toContain('2,555 hospital beds');
  });

  it('escapes user text so it can neither ping nor break formatting', async () => {
    h = await startSlackHarness();
    // Slack sends what the user typed with & < > escaped; the digest error echoes the bad zone.
    const [hook] = await report('digest on &lt;!channel&gt;&amp;*x*', { channel_id: 'D1' });
    const text = sectionText(hook as HookCall);
    expect(text).toContain('&lt;!channel&gt;&amp;*x*');
    expect(JSON.stringify(hook?.payload)).not.toContain('<!channel>');
  });
});

describe('flood control', () => {
  it('tells a user who asks too fast to slow down, privately, and answers others', async () => {
    h = await startSlackHarness({ deps: { flood: { limit: 1 } } });
    await report('新增了多少张病床?');
    const [slow] = await report('三甲医院总数增加到多少家?');
    expect(slow?.payload).toEqual({ response_type: 'ephemeral', text: h.core.translator('zh')('slack:flood.slowDown') });
    expect(await report('三甲医院总数增加到多少家?')).toHaveLength(0);
    const [other] = await report('三甲医院总数增加到多少家?', { user_id: 'U2' });
    expect(sectionText(other as HookCall)).toContain('18家');
  });
});

describe('Share in channel', () => {
  it('reposts the ephemeral answer visibly and removes the ephemeral copy', async () => {
    h = await startSlackHarness();
    const [answer] = await report('新增了多少张病床?');
    const share = buttonsOf(answer as HookCall).find((b) => b.label === '分享到频道');
    const res = await h.send(
      blockAction({ button: { action_id: share?.action_id ?? '', value: share?.value }, response_url: h.api.responseUrl('share'), ephemeral: true }),
    );
    expect(res.status).toBe(200);
    await h.adapter.idle();
    const posts = h.api.hooks.filter((x) => x.id === 'share');
    expect(posts[0]?.payload.response_type).toBe('in_channel');
    expect(sectionText(posts[0] as HookCall)).toContain('新增病床2555张');
    expect(contextText(posts[0] as HookCall)).toContain('<@U1>');
    expect(buttonsOf(posts[0] as HookCall).map((b) => b.label)).not.toContain('分享到频道');
    expect(posts[1]?.payload).toEqual({ delete_original: true });
  });

  it('still shares after the answer left the cache (e.g. a restart), by asking again', async () => {
    h = await startSlackHarness();
    const value = JSON.stringify({ k: 'gone', q: 'How many hospital beds were added?' });
    await h.send(blockAction({ button: { action_id: 'rb:share:3', value }, response_url: h.api.responseUrl('share'), ephemeral: true }));
    await h.adapter.idle();
    const [post] = h.api.hooks.filter((x) => x.id === 'share');
    expect(post?.payload.response_type).toBe('in_channel');
    expect(sectionText(post as HookCall)).toContain('2,555 hospital beds');
  });
});

describe('acknowledgement', () => {
  it('acks the command before the answer is computed', async () => {
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    h = await startSlackHarness({
      wrapCore: (core): Core => ({
        ...core,
        handleMessage: async (msg) => {
          await gate;
          return core.handleMessage(msg);
        },
      }),
    });
    const res = await h.send(slashCommand({ text: '新增了多少张病床?', response_url: h.api.responseUrl('slow') }));
    expect(res.status).toBe(200);
    expect(h.api.hooks).toHaveLength(0);
    release();
    await h.api.waitFor(() => h.api.hooks.length === 1, 'the answer');
    expect(sectionText(h.api.hooks[0] as HookCall)).toContain('2555');
  });
});

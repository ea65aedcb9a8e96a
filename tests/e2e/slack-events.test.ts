/**
 * Mentions, DMs and button presses end to end: signed Events API and interactivity requests into
 * the Bolt HTTP endpoint; replies read back from the fake Web API and response_url sink.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { type ApiCall, blockAction, eventCallback } from '../fakes/slack-api.js';
import { type SlackHarness, startSlackHarness } from '../fakes/slack-harness.js';

type Block = { type: string; text?: { text: string }; elements?: Array<{ text: { text: string } | string; action_id?: string; value?: string }> };

let h: SlackHarness;
afterEach(async () => {
  await h?.close();
});

const posts = () => h.api.callsOf('chat.postMessage');
const blocks = (call: ApiCall | undefined) => (call?.payload.blocks ?? []) as Block[];
const sections = (call: ApiCall | undefined) =>
  blocks(call)
    .filter((b) => b.type === 'section')
    .map((b) => b.text?.text)
    .join('\n');
const button = (call: ApiCall | undefined, label: string) =>
  blocks(call)
    .filter((b) => b.type === 'actions')
    .flatMap((b) => b.elements ?? [])
    .find((e) => (typeof e.text === 'string' ? e.text : e.text.text) === label) as { action_id: string; value?: string } | undefined;

const mention = (text: string, extra: Record<string, unknown> = {}) => ({
  type: 'app_mention',
  user: 'U1',
  text: `<@UBOT> ${text}`,
  ts: '1700000100.000100',
  channel: 'C1',
  ...extra,
});
const dm = (text: string, extra: Record<string, unknown> = {}) => ({
  type: 'message',
  channel_type: 'im',
  user: 'U1',
  text,
  ts: '1700000200.000100',
  channel: 'D1',
  ...extra,
});

async function deliver(event: Record<string, unknown>, eventId?: string, headers?: Record<string, string>) {
  const res = await h.send(eventCallback(event, eventId), { headers });
  expect(res.status).toBe(200);
  await h.adapter.idle();
}

describe('mentions and DMs', () => {
  it('answers an app_mention in a thread under the mention, without the mention text', async () => {
    h = await startSlackHarness();
    await deliver(mention('2018年新增了多少张病床?'));
    expect(posts()).toHaveLength(1);
    expect(posts()[0]?.payload).toMatchObject({ channel: 'C1', thread_ts: '1700000100.000100' });
    expect(sections(posts()[0])).toContain('新增病床2555张');
    expect(String(posts()[0]?.payload.text)).toContain('2555');
    expect(button(posts()[0], '👍 有帮助')).toBeDefined();
    expect(button(posts()[0], '分享到频道')).toBeUndefined();
  });

  it('answers a mention inside a thread in that thread', async () => {
    h = await startSlackHarness();
    await deliver(mention('How many hospital beds were added?', { thread_ts: '1700000000.000001' }));
    expect(posts()[0]?.payload).toMatchObject({ channel: 'C1', thread_ts: '1700000000.000001' });
    expect(sections(posts()[0])).toContain('2,555 hospital beds');
  });

  it('answers a direct message in the DM', async () => {
    h = await startSlackHarness();
    await deliver(dm('三甲医院总数增加到多少家?'));
    expect(posts()).toHaveLength(1);
    expect(posts()[0]?.payload.channel).toBe('D1');
    expect(posts()[0]?.payload.thread_ts).toBeUndefined();
    expect(sections(posts()[0])).toContain('三甲医院总数增加到18家');
  });

  it('ignores bots (itself included), edits, deletions and channel chatter', async () => {
    h = await startSlackHarness();
    await deliver(dm('新增多少张病床?', { bot_id: 'B2', subtype: 'bot_message' }));
    await deliver(dm('新增多少张病床?', { bot_id: 'B2' }));
    await deliver(dm('新增多少张病床?', { user: 'UBOT' }));
    await deliver(dm('', { subtype: 'message_changed', message: { text: '新增多少张病床?', user: 'U1' } }));
    await deliver(dm('', { subtype: 'message_deleted', previous_message: { text: 'x' } }));
    await deliver(dm('新增多少张病床?', { channel_type: 'channel', channel: 'C1' }));
    await deliver(mention('新增多少张病床?', { bot_id: 'B2' }));
    await deliver(mention('新增多少张病床?', { user: 'UBOT' }));
    expect(posts()).toHaveLength(0);
  });

  it('never answers a retried or repeated event twice', async () => {
    h = await startSlackHarness();
    const event = mention('新增多少张病床?');
    await deliver(event, 'EvSame');
    await deliver(event, 'EvSame', { 'x-slack-retry-num': '1', 'x-slack-retry-reason': 'http_timeout' });
    await deliver(event, 'EvSame', { 'x-slack-retry-num': '2', 'x-slack-retry-reason': 'connection_failed' });
    await deliver(event, 'EvSame');
    expect(posts()).toHaveLength(1);
  });

  it('drops a timed-out retry it has not seen (the first copy may have been answered), answers one whose first copy never arrived', async () => {
    h = await startSlackHarness();
    await deliver(mention('新增多少张病床?'), 'EvA', { 'x-slack-retry-num': '1', 'x-slack-retry-reason': 'http_timeout' });
    expect(posts()).toHaveLength(0);
    await deliver(mention('新增多少张病床?'), 'EvB', { 'x-slack-retry-num': '1', 'x-slack-retry-reason': 'connection_failed' });
    expect(posts()).toHaveLength(1);
  });
});

describe('flood control', () => {
  it('answers up to the limit, then says "slow down" once, privately, then stays silent', async () => {
    h = await startSlackHarness({ deps: { flood: { limit: 2, windowMs: 60_000 } } });
    for (let i = 0; i < 4; i++) await deliver(mention('How many hospital beds were added?', { ts: `1700000100.00010${i}` }));
    await deliver(mention('How many hospital beds were added?', { user: 'U2' }));
    expect(posts()).toHaveLength(3);
    const warnings = h.api.callsOf('chat.postEphemeral');
    expect(warnings).toHaveLength(1);
    expect(warnings[0]?.payload).toMatchObject({ channel: 'C1', user: 'U1', thread_ts: '1700000100.000102' });
    expect(warnings[0]?.payload.text).toBe(h.core.translator('en')('slack:flood.slowDown'));
  });
});

describe('buttons', () => {
  it('records 👍 with the question and the fact ids, and thanks only the presser', async () => {
    h = await startSlackHarness();
    await deliver(mention('2018年新增了多少张病床?'));
    const up = button(posts()[0], '👍 有帮助');
    await h.send(
      blockAction({
        button: { action_id: up?.action_id ?? '', value: up?.value },
        user: 'U2',
        response_url: h.api.responseUrl('fb'),
        message: { ts: '1700000001.000100', thread_ts: '1700000100.000100' },
      }),
    );
    await h.adapter.idle();
    expect(h.store.feedback).toHaveLength(1);
    expect(h.store.feedback[0]).toMatchObject({
      chat: { platform: 'slack', chatId: 'C1' },
      userId: 'U2',
      rating: 'up',
      question: '2018年新增了多少张病床?',
      factIds: ['health-01'],
    });
    const [thanks] = h.api.hooks.filter((x) => x.id === 'fb');
    expect(thanks?.payload.response_type).toBe('ephemeral');
    expect(String(thanks?.payload.text)).toContain(h.core.translator('zh')('feedback.thanks'));
    expect(posts()).toHaveLength(1);
  });

  it('records 👎 too', async () => {
    h = await startSlackHarness();
    await deliver(dm('How many hospital beds were added?'));
    const down = button(posts()[0], '👎 Not helpful');
    await h.send(blockAction({ button: { action_id: down?.action_id ?? '', value: down?.value }, channel: 'D1', response_url: h.api.responseUrl('fb') }));
    await h.adapter.idle();
    expect(h.store.feedback[0]).toMatchObject({ rating: 'down', question: 'How many hospital beds were added?', factIds: ['health-01'] });
  });

  it('posts "more from this section" into the thread, in the language of the answer', async () => {
    h = await startSlackHarness();
    await deliver(mention('How many hospital beds were added?'));
    const more = button(posts()[0], 'More from this section');
    await h.send(
      blockAction({
        button: { action_id: more?.action_id ?? '', value: more?.value },
        response_url: h.api.responseUrl('more'),
        message: { ts: '1700000001.000100', thread_ts: '1700000100.000100' },
      }),
    );
    await h.adapter.idle();
    expect(posts()).toHaveLength(2);
    expect(posts()[1]?.payload).toMatchObject({ channel: 'C1', thread_ts: '1700000100.000100' });
    expect(sections(posts()[1])).toContain('top-tier (Grade 3A) hospitals rose to 18');
  });

  it('shows the original Chinese text when asked', async () => {
    h = await startSlackHarness();
    await deliver(dm('How many hospital beds were added?'));
    const orig = button(posts()[0], '原文 / original');
    await h.send(blockAction({ button: { action_id: orig?.action_id ?? '', value: orig?.value }, channel: 'D1', response_url: h.api.responseUrl('o') }));
    await h.adapter.idle();
    expect(sections(posts()[1])).toContain('医疗卫生方面,新增病床2555张。');
    expect(posts()[1]?.payload.channel).toBe('D1');
  });
});

/**
 * The digest outbox and the Block Kit rendering it shares with answers: limits, escaping, quiz
 * buttons and their verdicts, and the per-channel throttle.
 */
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { escapeMrkdwn, MAX_BLOCKS, MAX_SECTION_TEXT, splitEscaped } from '../../src/bots/slack-blocks.js';
import type { Reply } from '../../src/core/index.js';
import { type ApiCall, blockAction } from '../fakes/slack-api.js';
import { type SlackHarness, startSlackHarness } from '../fakes/slack-harness.js';

type Element = { type: string; text: { text: string } | string; action_id: string; value?: string };
type Block = { type: string; text?: { text: string }; elements?: Element[] };

let h: SlackHarness;
afterEach(async () => {
  await h?.close();
});

const blocks = (call: ApiCall | undefined) => (call?.payload.blocks ?? []) as Block[];
const buttons = (call: ApiCall | undefined) =>
  blocks(call)
    .filter((b) => b.type === 'actions')
    .flatMap((b) => b.elements ?? []);
const label = (e: Element) => (typeof e.text === 'string' ? e.text : e.text.text);

const digestReply = (extra: Partial<Reply> = {}): Reply => ({
  kind: 'digest',
  locale: 'zh',
  intent: 'digest',
  answered: true,
  title: '每日摘要',
  body: '1. 医疗卫生方面,新增病床2555张。',
  citations: [{ sectionId: 'health', section: '医疗卫生', factId: 'health-01' }],
  buttons: [{ label: '本板块更多', action: 'more:health-01' }],
  feedback: { factIds: ['health-01'] },
  ...extra,
});

describe('outbox', () => {
  it('posts a digest as Block Kit with a text fallback, in the subscribed thread', async () => {
    h = await startSlackHarness();
    await h.adapter.outbox.send({ platform: 'slack', chatId: 'C1', threadId: '1700000000.000001' }, [digestReply()]);
    const [post] = h.api.callsOf('chat.postMessage');
    expect(post?.payload).toMatchObject({ channel: 'C1', thread_ts: '1700000000.000001' });
    expect(String(post?.payload.text)).toContain('新增病床2555张');
    expect(blocks(post)[0]?.text?.text).toBe('*每日摘要*\n1. 医疗卫生方面,新增病床2555张。');
    expect(JSON.stringify(blocks(post))).toContain('医疗卫生');
    expect(buttons(post).map(label)).toEqual(['本板块更多', '👍 有帮助', '👎 没帮助']);
  });

  it('keeps every message within Slack’s limits and escapes the text', async () => {
    h = await startSlackHarness();
    const huge = digestReply({
      title: 'Big <!channel> & *digest*',
      body: Array.from({ length: 400 }, (_, i) => `${i}. <!here> & a fact with <b>markup</b> and enough words to be long`).join('\n'),
      buttons: Array.from({ length: 60 }, (_, i) => ({
        label: `Section ${i} with a very long label that goes on and on beyond the limit of Slack`,
        action: `topic:s${i}`,
      })),
    });
    await h.adapter.outbox.send({ platform: 'slack', chatId: 'C1' }, [huge, huge, huge]);
    const posts = h.api.callsOf('chat.postMessage');
    expect(posts.length).toBeGreaterThan(1);
    for (const post of posts) {
      expect(blocks(post).length).toBeLessThanOrEqual(MAX_BLOCKS);
      expect(String(post.payload.text).length).toBeGreaterThan(0);
      for (const b of blocks(post)) {
        if (b.type === 'section') expect(b.text?.text.length).toBeLessThanOrEqual(MAX_SECTION_TEXT);
        if (b.type === 'actions') expect(b.elements?.length).toBeLessThanOrEqual(25);
        for (const e of b.elements ?? []) if (e.type === 'button') expect(label(e).length).toBeLessThanOrEqual(75);
      }
      const json = JSON.stringify(post.payload);
      expect(json).not.toMatch(/<!here>|<!channel>|<b>/);
    }
    const ids = posts.flatMap((p) => buttons(p).map((e) => e.action_id));
    for (const post of posts) {
      const own = buttons(post).map((e) => e.action_id);
      expect(new Set(own).size).toBe(own.length);
    }
    expect(ids.length).toBe(3 * 62);
    expect(
      posts.map((p) =>
        blocks(p)
          .filter((b) => b.type === 'section')
          .map((b) => b.text?.text),
      )[0]?.[0],
    ).toContain('*Big &lt;!channel&gt; &amp; *digest**');
  });

  it('throttles posts per channel, and never makes one channel wait for another', async () => {
    h = await startSlackHarness({ deps: { throttleMs: 1000, now: () => 5_000 } });
    const c1 = { platform: 'slack' as const, chatId: 'C1' };
    await Promise.all([h.adapter.outbox.send(c1, [digestReply()]), h.adapter.outbox.send(c1, [digestReply()]), h.adapter.outbox.send(c1, [digestReply()])]);
    expect(h.sleeps).toEqual([1000, 1000]);
    await Promise.all(Array.from({ length: 200 }, (_, i) => h.adapter.outbox.send({ platform: 'slack', chatId: `CX${i}` }, [digestReply()])));
    expect(h.sleeps).toEqual([1000, 1000]);
    expect(h.api.callsOf('chat.postMessage')).toHaveLength(203);
  });
});

describe('quiz', () => {
  const quizReply = digestReply({
    title: '每周小测',
    body: '2018年深圳新增病床多少张?',
    feedback: undefined,
    buttons: [],
    quiz: {
      question: '2018年深圳新增病床多少张?',
      options: ['1555张', '2555张', '3555张'],
      correctIndex: 1,
      explanation: '医疗卫生方面,新增病床2555张。',
      factId: 'health-01',
    },
  });

  it('renders the choices as buttons and answers each presser privately', async () => {
    h = await startSlackHarness();
    await h.adapter.outbox.send({ platform: 'slack', chatId: 'C1' }, [quizReply]);
    const [post] = h.api.callsOf('chat.postMessage');
    const choices = buttons(post).filter((e) => e.action_id.startsWith('rb:quiz:'));
    expect(choices.map(label)).toEqual(['1555张', '2555张', '3555张']);
    expect(JSON.stringify(blocks(post)).match(/2018年深圳新增病床多少张/g)).toHaveLength(1);

    const press = async (i: number, id: string) => {
      const choice = choices[i] as Element;
      await h.send(blockAction({ button: { action_id: choice.action_id, value: choice.value }, user: `U${i}`, response_url: h.api.responseUrl(id) }));
      await h.adapter.idle();
      return h.api.hooks.find((x) => x.id === id)?.payload;
    };
    const wrong = await press(0, 'q0');
    expect(wrong?.response_type).toBe('ephemeral');
    expect(wrong?.text).toBe('❌ 不对。正确答案是:2555张\n医疗卫生方面,新增病床2555张。');
    const right = await press(1, 'q1');
    expect(right?.text).toBe('✅ 答对了!\n医疗卫生方面,新增病床2555张。');
    expect(h.api.callsOf('chat.postMessage')).toHaveLength(1);
  });
});

describe('escaping and splitting', () => {
  it('escapes &, < and >', () => {
    expect(escapeMrkdwn('<!channel> & <@U1> > x')).toBe('&lt;!channel&gt; &amp; &lt;@U1&gt; &gt; x');
  });

  it('splits any text into escaped pieces within the limit, losing nothing but break spaces', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom('a', 'b', ' ', '\n', '&', '<', '>', '医', '😀'), maxLength: 400 }),
        fc.integer({ min: 8, max: 60 }),
        (text, limit) => {
          const pieces = splitEscaped(text, limit);
          for (const p of pieces) expect(p.length).toBeLessThanOrEqual(limit);
          const decode = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
          expect(pieces.map(decode).join('').replace(/\s/g, '')).toBe(text.replace(/\s/g, ''));
        },
      ),
    );
  });
});

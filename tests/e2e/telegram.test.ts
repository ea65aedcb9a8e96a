import { afterEach, describe, expect, it } from 'vitest';
import type { Core } from '../../src/core/index.js';
import { botMessage, callbackUpdate, editedUpdate, type Harness, inlineUpdate, type Json, startHarness, TOKEN, textUpdate } from './telegram-harness.js';

let h: Harness;
afterEach(async () => {
  await h?.stop();
  // Whatever happened, the token never reached the logs.
  expect(JSON.stringify(h?.logs ?? [])).not.toContain(TOKEN.split(':')[1]);
});

const GROUP = -100_123;
const keyboardOf = (m: Json): Json[] => (m.reply_markup?.inline_keyboard ?? []).flat();

describe('telegram: start-up', () => {
  it('checks the token, registers the commands in Chinese and English, and polls', async () => {
    h = await startHarness();
    await h.api.waitFor('getUpdates');
    const methods = h.api.calls.map((c) => c.method);
    expect(methods[0]).toBe('getMe');
    expect(methods).toContain('deleteWebhook');
    const commands = h.api.sent('setMyCommands');
    for (const scope of ['all_private_chats', 'all_group_chats']) {
      for (const lang of ['zh', 'en']) {
        expect(commands.some((c) => c.scope.type === scope && c.language_code === lang)).toBe(true);
      }
    }
    const zhPrivate = commands.find((c) => c.scope.type === 'all_private_chats' && c.language_code === 'zh');
    expect(zhPrivate?.commands.map((c: Json) => c.command)).toEqual(['start', 'help', 'ask', 'fact', 'topics', 'search', 'lang', 'digest', 'about']);
    expect(zhPrivate?.commands.find((c: Json) => c.command === 'ask').description).toBe('就报告提问');
  });
});

describe('telegram: private chats', () => {
  it('answers a Chinese question in Chinese, quoting it, with the citation and follow-up buttons', async () => {
    h = await startHarness();
    const q = textUpdate({ chat: 501, text: '新增多少张病床?' });
    h.api.queueUpdate(q);
    const [reply] = await h.api.waitFor('sendMessage');
    expect(reply?.chat_id).toBe('501');
    expect(reply?.parse_mode).toBe('HTML');
    expect(reply?.text).toContain('医疗卫生方面,新增病床2555张。');
    expect(reply?.text).toContain('<i>来源:《测试蓝皮书:测试报告(2019)》 · 医疗卫生</i>');
    expect(reply?.reply_parameters.message_id).toBe(q.message.message_id);
    expect(keyboardOf(reply as Json).map((b) => b.callback_data)).toContain('more:health-01');
  });

  it('answers an English question in English, with an "original" button', async () => {
    h = await startHarness();
    h.api.queueUpdate(textUpdate({ chat: 502, text: 'How many hospital beds were added?', lang: 'en' }));
    const [reply] = await h.api.waitFor('sendMessage');
    expect(reply?.text).toContain('In health care, 2,555 hospital beds were added.');
    expect(reply?.text).toContain('<i>Source: Test Blue Book: Test Report (2019) · Health care</i>');
    expect(keyboardOf(reply as Json)).toContainEqual({ text: '原文 / original', callback_data: 'orig:health-01' });
  });

  it('says /start in the user language and lists the sections as buttons', async () => {
    h = await startHarness();
    h.api.queueUpdate(textUpdate({ chat: 503, text: '/start', lang: 'en' }));
    const [reply] = await h.api.waitFor('sendMessage');
    expect(reply?.text).toContain('<b>Hello! I answer questions about the report</b>');
    expect(keyboardOf(reply as Json).map((b) => b.callback_data)).toContain('topic:health');
  });
});

describe('telegram: groups', () => {
  it('answers an @mention, in the same forum topic', async () => {
    h = await startHarness();
    h.api.queueUpdate(textUpdate({ chat: GROUP, text: '@ThisBot 三甲医院有多少家?', thread: 77 }));
    const [reply] = await h.api.waitFor('sendMessage');
    expect(reply?.text).toContain('三甲医院总数增加到18家。');
    expect(reply?.message_thread_id).toBe(77);
  });

  it('answers a reply to one of its messages', async () => {
    h = await startHarness();
    h.api.queueUpdate(textUpdate({ chat: GROUP, text: 'How many top-tier hospitals?', lang: 'en', replyTo: botMessage(GROUP, 'earlier answer') }));
    const [reply] = await h.api.waitFor('sendMessage');
    expect(reply?.text).toContain('The number of top-tier (Grade 3A) hospitals rose to 18.');
  });

  it('answers /ask@ThisBot and ignores chatter, /ask@OtherBot and edited messages', async () => {
    h = await startHarness();
    const updates = [
      textUpdate({ chat: GROUP, text: '今天天气不错,新增多少张病床呢' }),
      textUpdate({ chat: GROUP, text: '/ask@OtherBot 新增多少张病床' }),
      editedUpdate({ chat: GROUP, text: '@ThisBot 新增多少张病床' }),
      textUpdate({ chat: GROUP, text: '/unknowncmd for some other bot' }),
      textUpdate({ chat: GROUP, text: '/ask@ThisBot 新增多少张病床' }),
    ];
    const asked = updates[4] as Json;
    h.api.queueUpdate(...updates);
    await h.api.waitFor('sendMessage');
    // Updates of one chat are handled in order: the last one answered means the others were seen.
    await h.stop();
    const sent = h.api.sent();
    expect(sent).toHaveLength(1);
    expect(sent[0]?.reply_parameters.message_id).toBe(asked.message.message_id);
    expect(sent[0]?.text).toContain('新增病床2555张');
  });

  it('lets an admin change the language with /lang', async () => {
    h = await startHarness();
    h.api.members.set(`${GROUP}:7`, 'administrator');
    h.api.queueUpdate(textUpdate({ chat: GROUP, from: 7, text: '/lang en' }));
    const [reply] = await h.api.waitFor('sendMessage');
    expect(reply?.text).toBe('OK, I will answer in English in this chat.');
    expect(h.api.sent('getChatMember')[0]).toMatchObject({ chat_id: GROUP, user_id: 7 });
    expect((await h.store.getChat({ platform: 'telegram', chatId: String(GROUP) }))?.locale).toBe('en');
  });

  it('politely refuses /lang from a member who is not an admin', async () => {
    h = await startHarness();
    h.api.queueUpdate(textUpdate({ chat: GROUP, from: 8, text: '/lang@ThisBot 中文' }));
    const [reply] = await h.api.waitFor('sendMessage');
    expect(reply?.text).toBe('抱歉,只有群管理员可以更改这个聊天的设置。');
    expect(await h.store.getChat({ platform: 'telegram', chatId: String(GROUP) })).toBeUndefined();
  });

  it('adds the privacy-mode hint to /help in groups when it cannot read all messages', async () => {
    h = await startHarness();
    h.api.queueUpdate(textUpdate({ chat: GROUP, text: '/help', lang: 'en' }), textUpdate({ chat: 504, text: '/help' }));
    const replies = await h.api.waitFor('sendMessage', 2);
    const group = replies.find((r) => r.chat_id === String(GROUP));
    const private_ = replies.find((r) => r.chat_id === '504');
    expect(group?.text).toContain('/setprivacy');
    expect(private_?.text).toContain('<b>使用说明</b>');
    expect(private_?.text).not.toContain('/setprivacy');
  });

  it('leaves the hint out when privacy mode is off', async () => {
    h = await startHarness({ before: (api) => (api.canReadAllGroupMessages = true) });
    h.api.queueUpdate(textUpdate({ chat: GROUP, text: '/help@ThisBot' }));
    const [reply] = await h.api.waitFor('sendMessage');
    expect(reply?.text).toContain('<b>使用说明</b>');
    expect(reply?.text).not.toContain('/setprivacy');
  });
});

describe('telegram: buttons and inline mode', () => {
  it('shows /topics as buttons; a press answers the callback and edits in the section summary', async () => {
    h = await startHarness();
    h.api.queueUpdate(textUpdate({ chat: 505, text: '/topics' }));
    await h.api.waitFor('sendMessage');
    const listCall = h.api.calls.find((c) => c.method === 'sendMessage');
    expect(keyboardOf(listCall?.payload as Json).map((b) => b.text)).toEqual(['医疗卫生', '社会治安', '福田区:大数据']);
    const pressed = { message_id: 900, chat: { id: 505, type: 'private' }, date: 1, text: '报告板块' };
    h.api.queueUpdate(callbackUpdate({ pressed, data: 'topic:health' }));
    const [edit] = await h.api.waitFor('editMessageText');
    expect(h.api.sent('answerCallbackQuery')).toHaveLength(1);
    expect(edit).toMatchObject({ chat_id: '505', message_id: 900 });
    expect(edit?.text).toContain('<b>医疗卫生</b>\n新增病床2555张,三甲医院总数增加到18家。');
    expect(keyboardOf(edit as Json).map((b) => b.callback_data)).toEqual(['more:health-01', 'topics']);
  });

  it('sends "more from this section" as a new message quoting the pressed one', async () => {
    h = await startHarness();
    const pressed = botMessage(506, 'answer');
    h.api.queueUpdate(callbackUpdate({ pressed, data: 'more:health-01' }));
    const [more] = await h.api.waitFor('sendMessage');
    expect(more?.text).toContain('三甲医院总数增加到18家。');
    expect(more?.reply_parameters.message_id).toBe(pressed.message_id);
    expect(h.api.sent('answerCallbackQuery')).toHaveLength(1);
  });

  it('records 👍 feedback with the question and acknowledges it with a toast', async () => {
    h = await startHarness();
    const question = textUpdate({ chat: 507, text: '新增多少张病床?' }).message;
    h.api.queueUpdate(callbackUpdate({ pressed: botMessage(507, 'answer'), question, data: 'fb:up:health-01' }));
    const [ack] = await h.api.waitFor('answerCallbackQuery');
    expect(ack?.text).toBe('谢谢你的反馈!');
    await h.stop();
    expect(h.api.sent()).toHaveLength(0);
    expect(h.store.feedback[0]).toMatchObject({ rating: 'up', question: '新增多少张病床?', factIds: ['health-01'] });
  });

  it('tells only the presser, in an alert, that a language button is for admins', async () => {
    h = await startHarness();
    const pressed = { message_id: 901, chat: { id: GROUP, type: 'supergroup' }, date: 1, text: '当前语言:中文' };
    h.api.queueUpdate(callbackUpdate({ pressed, data: 'lang:en', from: 9 }));
    const [ack] = await h.api.waitFor('answerCallbackQuery');
    expect(ack).toMatchObject({ text: '抱歉,只有群管理员可以更改这个聊天的设置。', show_alert: true });
    await h.stop();
    expect(h.api.callsOf('editMessageText')).toEqual([]);
    expect(h.api.sent()).toEqual([]);
    expect(await h.store.getChat({ platform: 'telegram', chatId: String(GROUP) })).toBeUndefined();
  });

  it('answers an inline query with at most five cited answer cards, cached briefly', async () => {
    h = await startHarness();
    h.api.queueUpdate(inlineUpdate('How many hospital beds were added?'));
    const [answer] = await h.api.waitFor('answerInlineQuery');
    expect(answer?.results.length).toBeGreaterThan(0);
    expect(answer?.results.length).toBeLessThanOrEqual(5);
    expect(answer?.cache_time).toBe(30);
    const first = answer?.results[0];
    expect(first.type).toBe('article');
    expect(first.input_message_content.message_text).toContain('2,555 hospital beds');
    expect(first.input_message_content.message_text).toContain('<i>Source:');
  });
});

describe('telegram: faults', () => {
  it('answers a failing update with the generic error and keeps polling', async () => {
    const wrapCore = (core: Core): Core => ({
      ...core,
      handleMessage: async (msg) => {
        if (msg.text === 'boom') throw new Error(`exploded near https://api.telegram.org/bot${TOKEN}/sendMessage`);
        return core.handleMessage(msg);
      },
    });
    h = await startHarness({ wrapCore });
    const bad = textUpdate({ chat: 508, text: 'boom' });
    h.api.queueUpdate(bad);
    const [error] = await h.api.waitFor('sendMessage');
    expect(error?.text).toBe('Sorry, something went wrong. Please try again later.');
    const logged = h.logs.find((l) => l.level === 'error');
    expect(logged?.ctx?.updateId).toBe(bad.update_id);
    h.api.queueUpdate(textUpdate({ chat: 508, text: '新增多少张病床?' }));
    const replies = await h.api.waitFor('sendMessage', 2);
    expect(replies[1]?.text).toContain('新增病床2555张');
  });

  it('answers more than 10 questions a minute with one "slow down", then silence', async () => {
    h = await startHarness();
    h.api.queueUpdate(...Array.from({ length: 13 }, () => textUpdate({ chat: 509, text: '新增多少张病床?' })));
    await h.api.waitFor('sendMessage', 11);
    await h.stop();
    const sent = h.api.sent();
    expect(sent).toHaveLength(11);
    expect(sent.slice(0, 10).every((m) => m.text.includes('2555'))).toBe(true);
    expect(sent[10]?.text).toBe('你问得太快了:一分钟内超过 10 个问题。请稍等一分钟再问。');
  });

  it('answers hostile text (HTML, markdown, 100 000 characters) without a formatting error', async () => {
    h = await startHarness();
    const hostile = [
      '<b>bold</b> <script>alert(1)</script> &amp; &lt; <a href="x">新增多少张病床</a>',
      '*bold* _italic_ `code` [link](http://x) ~~s~~ ||spoiler|| \\ 新增多少张病床?',
      '/search 医院 <i>病床</i> & </b>',
      `${'<&>'.repeat(33_333)}x`,
      '床'.repeat(100_000),
    ];
    h.api.queueUpdate(...hostile.map((text) => textUpdate({ chat: 510, text })));
    const sent = await h.api.waitFor('sendMessage', hostile.length);
    expect(h.api.calls.filter((c) => !c.ok)).toEqual([]);
    expect(sent[2]?.text).toContain('<b>“医院 &lt;i&gt;病床&lt;/i&gt; &amp; &lt;/b&gt;”的搜索结果</b>');
    expect(sent[4]?.text).toContain('500');
  });
});

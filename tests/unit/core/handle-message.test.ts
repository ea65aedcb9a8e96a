import { describe, expect, it } from 'vitest';
import { AnswerEngine, type ChatRef, type Core, createCore, type Reply } from '../../../src/core/index.js';
import { MemoryStore } from '../../../src/data/memory-store.js';
import { loadReport } from '../../../src/data/report.js';
import { createMemoryCore } from '../../fakes/memory-core.js';

const report = loadReport();
const engine = new AnswerEngine(report);
const chat: ChatRef = { platform: 'telegram', chatId: '-100' };

function setup(): { core: Core; store: MemoryStore } {
  return createMemoryCore({ clock: { now: () => new Date('2026-11-27T00:00:00Z') }, random: () => 0 });
}

const first = (replies: Reply[]) => replies[0] as Reply;

describe('handleMessage', () => {
  it('replies in Chinese when the question is Chinese, citing the section', async () => {
    const { core } = setup();
    const reply = first(await core.handleMessage({ chat, text: '深圳有多少个社会组织?' }));
    expect(reply.locale).toBe('zh');
    expect(reply.answered).toBe(true);
    expect(reply.body).toContain('10325个');
    expect(reply.citations[0]?.section).toContain('社会组织');
    expect(core.toPlainText(reply)).toContain('来源');
  });

  it('replies in English with an "original" button for the Chinese source', async () => {
    const { core } = setup();
    const reply = first(await core.handleMessage({ chat, text: 'How many social organisations does Shenzhen have?' }));
    expect(reply.locale).toBe('en');
    expect(reply.body).toContain('10,325');
    const original = reply.buttons.find((b) => b.action.startsWith('orig:'));
    expect(original?.label).toContain('原文');
    const pressed = first(await core.handleAction({ chat, action: original?.action ?? '' }));
    expect(pressed.body).toContain('10325个');
  });

  it('shows a second fact that does not fit whole cut at a clause, and cites only the facts it shows', async () => {
    const { core } = setup();
    const reply = first(await core.handleMessage({ chat, text: 'what does the report recommend?' }));
    expect(reply.body.length).toBeLessThanOrEqual(600);
    expect(reply.body).toContain('grid management');
    expect(reply.body).toMatch(/…$/);
    expect(reply.citations.map((c) => c.factId)).toEqual(['overview-01', 'recs-02']);
  });

  it('says the report does not say, suggests sections, and keeps the question for maintainers', async () => {
    const { core, store } = setup();
    const reply = first(await core.handleMessage({ chat, text: '深圳明天天气怎么样?' }));
    expect(reply.answered).toBe(false);
    expect(reply.body).toContain('报告没有提到');
    expect(reply.buttons.length).toBeGreaterThan(0);
    expect(store.unanswered.map((u) => u.text)).toEqual(['深圳明天天气怎么样?']);
  });

  it('runs commands: help, topics, fact, about, search', async () => {
    const { core } = setup();
    expect(first(await core.handleMessage({ chat, text: '', command: { name: 'help', args: '' }, userLocale: 'en' })).body).toContain('/topics');
    const topics = first(await core.handleMessage({ chat, text: '', command: { name: 'topics', args: '' } }));
    expect(topics.buttons).toHaveLength(report.sections.length);
    const section = first(await core.handleAction({ chat, action: topics.buttons[4]?.action ?? '' }));
    expect(section.body).toBe(report.sections[4]?.summary.zh);
    const fact = first(await core.handleMessage({ chat, text: '', command: { name: 'fact', args: '' } }));
    expect(fact.citations).toHaveLength(1);
    expect(first(await core.handleMessage({ chat, text: '', command: { name: 'about', args: '' } })).body).toContain('社会科学文献出版社');
    const found = first(await core.handleMessage({ chat, text: '', command: { name: 'search', args: '保障房' } }));
    expect(found.body).toContain('50万套');
  });

  it('lets only admins change a group chat language, and anyone in a private chat', async () => {
    const { core, store } = setup();
    const refused = first(
      await core.handleMessage({ chat, text: '', command: { name: 'lang', args: 'en' }, isGroup: true, canChangeSettings: async () => false }),
    );
    expect(refused.body).toContain('管理员');
    expect((await store.getChat(chat))?.locale ?? null).toBeNull();
    const done = first(await core.handleMessage({ chat, text: '', command: { name: 'lang', args: 'en' }, isGroup: true, canChangeSettings: async () => true }));
    expect(done.body).toContain('English');
    const after = first(await core.handleMessage({ chat, text: '深圳有多少个社会组织?' }));
    expect(after.locale).toBe('en');
    expect(after.body).toContain('10,325');
  });

  it('answers an unknown command with a pointer to /help', async () => {
    const { core } = setup();
    const reply = first(await core.handleMessage({ chat, text: '', command: { name: 'frobnicate', args: '' } }));
    expect(reply.body).toContain('/frobnicate');
    expect(reply.body).toContain('/help');
  });

  it('records 👍 feedback with the question and fact ids', async () => {
    const { core, store } = setup();
    const reply = first(await core.handleAction({ chat, action: 'fb:up:orgs-01', question: '多少社会组织' }));
    expect(reply.body).toContain('谢谢');
    expect(store.feedback[0]).toMatchObject({ rating: 'up', factIds: ['orgs-01'], question: '多少社会组织' });
  });

  it('answers an expired button politely', async () => {
    const { core } = setup();
    expect(first(await core.handleAction({ chat, action: 'more:no-such-fact' })).body).toContain('失效');
  });

  it('answers with errors.generic, never exception text, when the store fails', async () => {
    const store = new MemoryStore();
    store.getChat = async () => {
      throw new Error('disk on fire');
    };
    const core = createCore({ engine, chats: store, insights: store, settings: { defaultLocale: 'en', digestTime: '09:00', digestTimeZone: 'UTC' } });
    const reply = first(await core.handleMessage({ chat, text: 'hello' }));
    expect(reply.kind).toBe('error');
    expect(reply.body).not.toContain('disk on fire');
    expect(reply.body).toContain('went wrong');
  });
});

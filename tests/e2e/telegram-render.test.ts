import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { keyboard, MAX_MESSAGE_LENGTH, renderReply } from '../../src/bots/telegram-render.js';
import { createTranslator, type Reply } from '../../src/core/index.js';
import { parseTelegramHtml } from '../fakes/telegram-api.js';

const ctx = { t: createTranslator('en'), reportTitle: 'Test <Report> & Co' };
const reply = (body: string, extra: Partial<Reply> = {}): Reply => ({
  kind: 'answer',
  locale: 'en',
  intent: 'search',
  answered: true,
  body,
  citations: [],
  buttons: [],
  ...extra,
});
const plain = (html: string) => {
  const parsed = parseTelegramHtml(html);
  if ('error' in parsed) throw new Error(`${parsed.error} in ${JSON.stringify(html.slice(0, 80))}`);
  return parsed.text;
};

describe('telegram rendering', () => {
  it('renders any text as valid Telegram HTML that reads back as the text, within 4096 characters a part', () => {
    const text = fc.string({ unit: fc.constantFrom('<', '>', '&', '"', 'a', '床', '\n', ' ', '*', '_', '😀', '&amp;'), maxLength: 9_000 });
    fc.assert(
      fc.property(text, fc.option(text, { nil: undefined }), (body, title) => {
        const { parts } = renderReply(reply(body, { title }), ctx);
        const texts = parts.map((p) => plain(p.text));
        for (const t of texts) expect(t.length).toBeLessThanOrEqual(MAX_MESSAGE_LENGTH);
        const expected = [title || undefined, body].filter((s) => s !== undefined).join('\n');
        if (expected.length <= MAX_MESSAGE_LENGTH && expected.trim() !== '') expect(texts).toEqual([expected]);
      }),
      { numRuns: 200 },
    );
  });

  it('puts the notice in italics, the title in bold and the citation in italics', () => {
    const citations = [{ sectionId: 'health', section: 'Health <care>', factId: 'health-01' }];
    const { parts } = renderReply(reply('Body & more', { title: 'A <title>', notice: 'shortened', citations }), ctx);
    expect(parts[0]?.text).toBe(
      '<i>(shortened)</i>\n<b>A &lt;title&gt;</b>\nBody &amp; more\n<i>Source: Test &lt;Report&gt; &amp; Co · Health &lt;care&gt;</i>',
    );
  });

  it('cuts a single line longer than a message without splitting a surrogate pair', () => {
    const { parts } = renderReply(reply('😀'.repeat(3_000)), ctx);
    const texts = parts.map((p) => plain(p.text));
    expect(texts.join('')).toBe('😀'.repeat(3_000));
    for (const t of texts) expect(t.length).toBeLessThanOrEqual(MAX_MESSAGE_LENGTH);
  });

  it('drops buttons whose callback_data would exceed 64 bytes and fits 👍/👎 fact ids within it', () => {
    const markup = keyboard(
      [
        { label: 'ok', action: 'more:a' },
        { label: 'too long', action: `more:${'x'.repeat(80)}` },
      ],
      {
        factIds: ['health-01', 'health-02', 'safety-01', 'district-futian-01', 'district-futian-02'],
      },
    );
    const buttons = markup?.inline_keyboard.flat() ?? [];
    expect(buttons.map((b) => b.text)).toEqual(['ok', '👍', '👎']);
    for (const b of buttons) expect(Buffer.byteLength('callback_data' in b ? b.callback_data : '')).toBeLessThanOrEqual(64);
    expect(buttons[1] && 'callback_data' in buttons[1] ? buttons[1].callback_data : '').toBe('fb:up:health-01,health-02,safety-01,district-futian-01');
  });
});

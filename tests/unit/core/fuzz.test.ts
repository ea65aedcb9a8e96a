import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_ANSWER_LENGTH, type Reply } from '../../../src/core/index.js';
import { createMemoryCore } from '../../fakes/memory-core.js';

const { core } = createMemoryCore();
const chat = { platform: 'terminal' as const, chatId: 'fuzz' };

/** What every reply must be, whatever the input. */
function wellFormed(replies: Reply[]): void {
  expect(replies.length).toBeGreaterThan(0);
  for (const r of replies) {
    expect(['zh', 'en']).toContain(r.locale);
    expect(typeof r.body).toBe('string');
    expect(r.body.length).toBeGreaterThan(0);
    expect(r.body.length).toBeLessThanOrEqual(2000);
    if (r.kind === 'answer') expect(r.body.length).toBeLessThanOrEqual(MAX_ANSWER_LENGTH * 2);
    for (const b of r.buttons) expect(Buffer.byteLength(b.action)).toBeLessThanOrEqual(64);
    expect(r.body).not.toMatch(/Error:|at .*\.ts:\d+/);
  }
}

const hostile = fc.oneof(
  fc.string({ maxLength: 300 }),
  fc.string({ unit: 'grapheme', maxLength: 200 }),
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.constantFrom(
    '',
    '   \t\n ',
    '😀😀😀🎉',
    '\u0000\u0007\u001b[31m',
    '<b>hi</b><script>alert(1)</script>',
    '*bold* _it_ `code` [link](http://x)',
    "'; DROP TABLE chats; --",
    '@channel <!everyone> &amp;',
    '深圳 How many 医院 hospitals?',
    '/ask',
    '/lang',
    '/digest on 25:99 Mars/Olympus',
  ),
  fc.string({ maxLength: 40 }).map((s) => s.repeat(2500)),
);

describe('any input', () => {
  it('always gets a well-formed reply within the limits, never a crash', async () => {
    await fc.assert(
      fc.asyncProperty(hostile, fc.boolean(), async (text, asCommand) => {
        const replies = asCommand ? await core.handleMessage({ chat, text, command: { name: 'ask', args: text } }) : await core.handleMessage({ chat, text });
        wellFormed(replies);
      }),
      { numRuns: 300 },
    );
  });

  it('cuts a 100 000-character question and says so', async () => {
    const [reply] = await core.handleMessage({ chat, text: `深圳有多少个社会组织?${'好'.repeat(100_000)}` });
    expect(reply?.notice).toContain('太长');
  });

  it('survives any button payload', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ maxLength: 80 }), async (action) => {
        wellFormed(await core.handleAction({ chat, action }));
      }),
      { numRuns: 200 },
    );
  });
});

import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { runTerminal } from '../../src/bots/terminal.js';
import { createMemoryCore } from '../fakes/memory-core.js';

/** Feeds lines to a terminal chat and collects everything it prints. */
async function chat(lines: string[], interactive: boolean): Promise<string> {
  const { core } = createMemoryCore();
  const input = new PassThrough();
  const output = new PassThrough();
  let printed = '';
  output.on('data', (d: Buffer) => {
    printed += d.toString('utf8');
  });
  const done = runTerminal(core, { input, output, interactive });
  for (const line of lines) input.write(`${line}\n`);
  input.end();
  await done;
  return printed;
}

describe('terminal chat', () => {
  it('answers one question per piped line, in order, and ends at EOF', async () => {
    const out = await chat(['深圳有多少个社会组织?', 'How many hospital beds were added?'], false);
    const first = out.indexOf('10325');
    const second = out.indexOf('2,555');
    expect(first).toBeGreaterThanOrEqual(0);
    expect(second).toBeGreaterThan(first);
    expect(out).not.toContain('> ');
  });

  it('runs slash commands', async () => {
    const out = await chat(['/help', '/lang en', '/topics'], false);
    expect(out).toContain('/digest');
    expect(out).toContain('English');
    expect(out).toContain('Sections of the report');
  });

  it('shows a prompt and numbered buttons on a TTY, and a number presses a button', async () => {
    const out = await chat(['How many NGOs does Shenzhen have?', '2'], true);
    expect(out).toContain('> ');
    expect(out).toMatch(/\[2\] 原文 \/ original/);
    expect(out).toContain('截止到2018年底,深圳市拥有登记社会组织10325个');
  });

  it('replies to an empty line in piped mode with a hint, never a crash', async () => {
    const out = await chat(['', '   '], false);
    expect(out).toContain('请输入你的问题');
  });
});

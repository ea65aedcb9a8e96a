import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { retryDelay } from '../../src/bots/telegram-send.js';
import { Throttle } from '../../src/bots/telegram-throttle.js';

// Time is faked: these tests count calls at given instants, never measure the clock.
beforeEach(() => {
  vi.useFakeTimers({ now: 1_000_000 });
});
afterEach(() => {
  vi.useRealTimers();
});

const noRetry = () => undefined;

describe('telegram throttle', () => {
  it('keeps within the overall limit per second', async () => {
    const throttle = new Throttle({ perSecond: 30 }, noRetry);
    const started: number[] = [];
    const all = Array.from({ length: 75 }, (_, i) => throttle.run(String(i), false, async () => started.push(Date.now())));
    await vi.advanceTimersByTimeAsync(0);
    expect(started).toHaveLength(30);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(started).toHaveLength(60);
    await vi.advanceTimersByTimeAsync(1_000);
    await Promise.all(all);
    expect(started).toHaveLength(75);
  });

  it('keeps a group within 20 messages a minute without holding up other chats', async () => {
    const throttle = new Throttle({ perSecond: 1_000, perGroupPerMinute: 20 }, noRetry);
    const group: number[] = [];
    const others: number[] = [];
    const groupSends = Array.from({ length: 25 }, () => throttle.run('-100', true, async () => group.push(Date.now())));
    const otherSends = Array.from({ length: 5 }, (_, i) => throttle.run(String(i + 1), false, async () => others.push(Date.now())));
    await Promise.all(otherSends);
    await vi.advanceTimersByTimeAsync(59_000);
    expect(group).toHaveLength(20);
    expect(others).toHaveLength(5);
    await vi.advanceTimersByTimeAsync(1_000);
    await Promise.all(groupSends);
    expect(group).toHaveLength(25);
  });

  it('sends one chat’s messages one at a time, in order', async () => {
    const throttle = new Throttle({}, noRetry);
    const log: string[] = [];
    const slow = (name: string, ms: number) => async () => {
      log.push(`start ${name}`);
      await new Promise((r) => setTimeout(r, ms));
      log.push(`end ${name}`);
    };
    const done = Promise.all([throttle.run('5', false, slow('a', 50)), throttle.run('5', false, slow('b', 10))]);
    await vi.advanceTimersByTimeAsync(100);
    await done;
    expect(log).toEqual(['start a', 'end a', 'start b', 'end b']);
  });

  it('waits retry_after seconds after a 429 before trying again', async () => {
    const throttle = new Throttle({}, retryDelay({ maxRetries: 3 }));
    const attempts: number[] = [];
    const sent = throttle.run('9', false, async () => {
      attempts.push(Date.now());
      if (attempts.length === 1) throw Object.assign(new Error('429'), { code: 429, description: 'Too Many Requests', parameters: { retry_after: 3 } });
      return 'ok';
    });
    await vi.advanceTimersByTimeAsync(2_999);
    expect(attempts).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    await expect(sent).resolves.toBe('ok');
    expect(attempts).toHaveLength(2);
  });

  it('gives up on other client errors at once', async () => {
    const throttle = new Throttle({}, retryDelay({}));
    let calls = 0;
    const sent = throttle.run('9', false, async () => {
      calls++;
      throw Object.assign(new Error('400'), { code: 400, description: 'Bad Request: message is too long' });
    });
    await expect(sent).rejects.toMatchObject({ code: 400 });
    expect(calls).toBe(1);
    expect(throttle.pending).toBe(0);
  });

  it('queues thousands of chats cheaply and forgets them once sent', async () => {
    const throttle = new Throttle({ perSecond: 0 }, noRetry);
    const all = Array.from({ length: 5_000 }, (_, i) => throttle.run(String(-i - 1), true, async () => i));
    const results = await Promise.all(all);
    expect(results[4_999]).toBe(4_999);
    await vi.advanceTimersByTimeAsync(60_000);
    await throttle.run('1', false, async () => 0);
    expect(throttle.pending).toBeLessThan(5_000);
  });
});

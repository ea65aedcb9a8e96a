import { describe, expect, it } from 'vitest';
import { FloodGate } from '../../../src/core/index.js';

describe('FloodGate', () => {
  it('allows ten questions a minute, warns once on the eleventh, then stays silent', () => {
    const gate = new FloodGate({ limit: 10, windowMs: 60_000 });
    const verdicts = Array.from({ length: 14 }, (_, i) => gate.check('u1', 1_000 + i));
    expect(verdicts.slice(0, 10)).toEqual(Array(10).fill('allow'));
    expect(verdicts.slice(10)).toEqual(['warn', 'drop', 'drop', 'drop']);
  });

  it('allows again once the window has passed, and warns again on the next flood', () => {
    const gate = new FloodGate({ limit: 2, windowMs: 1_000 });
    expect([gate.check('u', 0), gate.check('u', 10), gate.check('u', 20), gate.check('u', 30)]).toEqual(['allow', 'allow', 'warn', 'drop']);
    expect(gate.check('u', 999)).toBe('drop');
    expect(gate.check('u', 1_000)).toBe('allow');
    expect(gate.check('u', 1_005)).toBe('warn');
    expect(gate.check('u', 1_010)).toBe('allow');
  });

  it('counts each user on their own', () => {
    const gate = new FloodGate({ limit: 1, windowMs: 1_000 });
    expect(gate.check('a', 0)).toBe('allow');
    expect(gate.check('b', 0)).toBe('allow');
    expect(gate.check('a', 1)).toBe('warn');
    expect(gate.check('b', 1)).toBe('warn');
  });

  it('forgets idle users when it tracks too many', () => {
    const gate = new FloodGate({ limit: 1, windowMs: 1_000, sweepAt: 3 });
    for (const u of ['a', 'b', 'c']) gate.check(u, 0);
    expect(gate.size).toBe(3);
    gate.check('d', 5_000);
    expect(gate.size).toBe(1);
  });
});

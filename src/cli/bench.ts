/**
 * `npm run bench [-- --only engine,ask,telegram,slack,digest]`
 *
 * Prints speed figures, each beside its baseline measured in the same run:
 * - engine: index build; answer latency p50/p99 beside a bare MiniSearch query; RSS;
 * - ask: one question from a cold start, beside starting the same runtime with no work;
 * - telegram / slack: requests per second through the adapter beside a bare bot;
 * - digest: a fan-out to 5 000 chats against a rate-limited fake API.
 * Machine noise: each figure is from this run only; compare ratios, not absolute numbers.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { benchEngine, RUNTIME_FLAGS } from '../bench/engine.js';
import type { BenchRow } from '../bench/types.js';

/** The project's root (where package.json is), whether this runs from src/ or from dist/src/. */
function projectRoot(): string {
  let dir = fileURLToPath(new URL('.', import.meta.url));
  while (!existsSync(join(dir, 'package.json'))) {
    const up = dirname(dir);
    if (up === dir) throw new Error('bench: cannot find package.json above this file');
    dir = up;
  }
  return `${dir.replace(/\/$/, '')}/`;
}

const ROOT = projectRoot();
const QUESTION_FILES = [`${ROOT}../shared/eval/dev.jsonl`, `${ROOT}tests/eval/heldout-a.jsonl`, `${ROOT}tests/eval/heldout-b.jsonl`];

/** Median wall time (ms) of running `args` with node `runs` times. */
function timeRuns(args: string[], runs: number): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    const r = spawnSync(process.execPath, args, { cwd: ROOT, env: { ...process.env, LOG_LEVEL: 'silent' }, stdio: 'ignore' });
    if (r.status !== 0) throw new Error(`bench: ${args.join(' ')} exited ${r.status}`);
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] ?? 0;
}

/** `npm run ask` as package.json runs it, without npm's own start-up. */
function benchAsk(): BenchRow[] {
  const bare = timeRuns(['-e', ''], 5);
  const ask = timeRuns([...RUNTIME_FLAGS, `${ROOT}scripts/run.mjs`, 'cli/ask', '--json', '2018年深圳新增了多少家三甲和三级医院?'], 5);
  return [
    {
      name: 'ask: one question from a cold start (median of 5)',
      value: Math.round(ask),
      unit: 'ms',
      baseline: { name: 'node starting with no work', value: Math.round(bare) },
      goal: '< 1000 ms',
      met: ask < 1000,
    },
  ];
}

const BENCHES: Record<string, () => Promise<BenchRow[]>> = {
  engine: async () => benchEngine(QUESTION_FILES),
  ask: async () => benchAsk(),
  telegram: async () => (await import('../bench/telegram.js')).benchTelegram(),
  slack: async () => (await import('../bench/slack.js')).benchSlack(),
  digest: async () => (await import('../bench/digest.js')).benchDigest(),
};

function print(rows: BenchRow[]): void {
  for (const r of rows) {
    const ratio = r.baseline && r.baseline.value > 0 ? ` (${(r.value / r.baseline.value).toFixed(2)}× baseline)` : '';
    const base = r.baseline ? `   baseline ${r.baseline.name}: ${r.baseline.value} ${r.unit}${ratio}` : '';
    const goal = r.goal ? `   goal ${r.goal}: ${r.met ? 'met' : 'NOT met'}` : '';
    process.stdout.write(`${r.name}: ${r.value} ${r.unit}${base}${goal}\n`);
  }
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { only: { type: 'string' } } });
  const names = values.only ? values.only.split(',').map((s) => s.trim()) : Object.keys(BENCHES);
  for (const name of names) {
    const bench = BENCHES[name];
    if (!bench) throw new Error(`bench: unknown bench ${JSON.stringify(name)}; choose from ${Object.keys(BENCHES).join(', ')}`);
    process.stdout.write(`\n== ${name}\n`);
    print(await bench());
  }
  process.exit(0);
}

main().catch((err: unknown) => {
  process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});

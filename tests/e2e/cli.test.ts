import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, utimesSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const LOADER = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;

/**
 * Runs an entry point with stdin, in a scratch directory (removed afterwards), with exactly
 * `env`. TypeScript entry points run from source through tsx; `.mjs` ones as they are.
 */
function run(
  script: string,
  args: string[],
  stdin: string,
  env: Record<string, string> = {},
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const cwd = mkdtempSync(join(tmpdir(), 'report-bot-cli-'));
  const loader = script.endsWith('.ts') ? [`--import=${LOADER}`] : [];
  const child = spawn(process.execPath, [...loader, `${ROOT}${script}`, ...args], {
    cwd,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', DATA_DIR: join(cwd, 'var'), LOG_LEVEL: 'silent', ...env },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => {
    stdout += d.toString('utf8');
  });
  child.stderr.on('data', (d: Buffer) => {
    stderr += d.toString('utf8');
  });
  child.stdin.end(stdin);
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => {
      rmSync(cwd, { recursive: true, force: true });
      resolve({ code, stdout, stderr });
    });
  });
}

describe('ask CLI', () => {
  it('prints one JSON object per question, in the contract shape, in order', async () => {
    const { code, stdout } = await run('src/cli/ask.ts', ['--json'], '2018年深圳新增了多少家三甲和三级医院?\nWhat is the GDP of Beijing?\nhelp\n');
    expect(code).toBe(0);
    const lines = stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines).toHaveLength(3);
    expect(Object.keys(lines[0])).toEqual(['question', 'lang', 'intent', 'answered', 'text', 'sources']);
    expect(lines[0]).toMatchObject({ lang: 'zh', intent: 'search', answered: true });
    expect(lines[0].text).toContain('8家');
    expect(lines[0].sources[0]).toEqual({ section: '民生服务水平大幅提升', factId: 'livelihood-15' });
    expect(lines[1]).toMatchObject({ lang: 'en', answered: false, sources: [] });
    expect(lines[2]).toMatchObject({ intent: 'help', answered: true });
  });

  it('answers a question given as an argument, in the language --lang asks for', async () => {
    const { code, stdout } = await run('src/cli/ask.ts', ['--json', '--lang', 'en', '深圳有多少个社会组织?'], '');
    expect(code).toBe(0);
    const answer = JSON.parse(stdout);
    expect(answer).toMatchObject({ lang: 'en', answered: true });
    expect(answer.text).toContain('10,325');
  });

  it('rejects a bad --lang with a clear line', async () => {
    const { code, stderr } = await run('src/cli/ask.ts', ['--lang', 'fr', 'hi'], '');
    expect(code).toBe(2);
    expect(stderr).toContain('--lang must be zh or en');
  });
});

describe('npm start without tokens', () => {
  it('runs the terminal chat on SQLite: help gets a reply, EOF exits cleanly', async () => {
    const { code, stdout } = await run('src/main.ts', [], 'help\n');
    expect(code).toBe(0);
    expect(stdout).toMatch(/\/topics/);
  });

  it('stops with one line naming a bad variable', async () => {
    const { code, stderr } = await run('src/main.ts', [], '', { DIGEST_TZ: 'Mars/Olympus' });
    expect(code).toBe(1);
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toContain('DIGEST_TZ');
  });
});

describe('the compiled entry points (npm start, npm run ask)', () => {
  it('answers from dist/, rebuilding it first when the source is newer, with stdout kept for the answer', async () => {
    // NOTE: an old build stamp makes the launcher rebuild, as after an edit to src/.
    utimesSync(`${ROOT}dist/.built`, new Date(0), new Date(0));
    const { code, stdout, stderr } = await run('scripts/run.mjs', ['cli/ask', '--json', 'How many hospital beds were added in 2018?'], '');
    expect(code).toBe(0);
    expect(stderr).toContain('building dist/');
    const answer = JSON.parse(stdout);
    expect(answer).toMatchObject({ lang: 'en', answered: true });
    expect(answer.text).toContain('2,555');
    // Up to date now: no second build.
    const again = await run('scripts/run.mjs', ['cli/ask', '--json', '深圳新增了多少张病床?'], '');
    expect(again.stderr).not.toContain('building');
    expect(JSON.parse(again.stdout).text).toContain('2555张');
  });

  it('runs the terminal chat from dist/', async () => {
    const { code, stdout } = await run('scripts/run.mjs', ['main'], 'help\n');
    expect(code).toBe(0);
    expect(stdout).toMatch(/\/topics/);
  });

  it('names the entry points when none is given', async () => {
    const { code, stderr } = await run('scripts/run.mjs', [], '');
    expect(code).toBe(2);
    expect(stderr).toContain('cli/ask');
  });
});

/**
 * Runs a TypeScript entry point in a child Node process (tsx loader), from a scratch working
 * directory so no developer `.env` leaks in, with exactly the environment given.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** The repository root. */
export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const LOADER = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;

/** Starts `script` (relative to the repository root) with `args`. */
export function spawnTsx(script: string, args: string[], options: { env: Record<string, string>; cwd: string }): ChildProcess {
  return spawn(process.execPath, [`--import=${LOADER}`, `${ROOT}${script}`, ...args], {
    cwd: options.cwd,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', LOG_LEVEL: 'silent', ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

/** Runs `script` to the end; resolves with its exit code (or signal) and output. */
export function runTsx(
  script: string,
  args: string[],
  options: { env: Record<string, string>; cwd: string; onSpawn?: (child: ChildProcess) => void },
): Promise<{ code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }> {
  const child = spawnTsx(script, args, options);
  options.onSpawn?.(child);
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (d: Buffer) => {
    stdout += d.toString('utf8');
  });
  child.stderr?.on('data', (d: Buffer) => {
    stderr += d.toString('utf8');
  });
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr }));
  });
}

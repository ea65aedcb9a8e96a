// Runs a compiled entry point from dist/ (`node scripts/run.mjs cli/ask --json …` runs
// dist/src/cli/ask.js with `--json …`), first rebuilding dist/ when anything it is built from
// changed since the last build. So `npm start` and the CLI always run the current source, with
// plain Node's start-up time and memory (no TypeScript compiler in the running process).
import { mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from './build.mjs';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
// NOTE: tests/fakes too: the bench (src/bench) compiles the fake platform servers into dist/.
const INPUTS = ['src', 'locales', 'tests/fakes', 'tsconfig.json', 'tsconfig.build.json'];

/** Latest modification time (ms) of a file, or of any file under a directory; 0 when missing. */
function newest(path) {
  let stat;
  try {
    stat = statSync(path);
  } catch {
    return 0;
  }
  if (!stat.isDirectory()) return stat.mtimeMs;
  let latest = stat.mtimeMs;
  for (const entry of readdirSync(path)) latest = Math.max(latest, newest(`${path}/${entry}`));
  return latest;
}

const entry = process.argv[2];
if (!entry) {
  process.stderr.write('usage: node scripts/run.mjs ENTRY [ARGS…]   (ENTRY: main, cli/ask, cli/eval, cli/bench, cli/digest)\n');
  process.exit(2);
}
/** True when dist/ is missing or older than anything it is built from. */
function stale() {
  const built = newest(`${ROOT}dist/.built`);
  return built === 0 || INPUTS.some((input) => newest(`${ROOT}${input}`) > built);
}

const LOCK = `${ROOT}dist/.building`;
const LOCK_STALE_MS = 120_000;

/**
 * Runs `fn` holding dist/.building, so that two runs started at once after an edit do not both
 * rebuild dist/: the second waits, then finds it fresh.
 */
function withBuildLock(fn) {
  mkdirSync(`${ROOT}dist`, { recursive: true });
  const deadline = Date.now() + LOCK_STALE_MS;
  for (;;) {
    try {
      mkdirSync(LOCK);
      break;
    } catch (err) {
      if (err.code !== 'EEXIST') throw err;
      let age = 0;
      try {
        age = Date.now() - statSync(LOCK).mtimeMs;
      } catch {
        continue;
      }
      // NOTE: a lock this old was left by a build that was killed.
      if (age > LOCK_STALE_MS) rmSync(LOCK, { recursive: true, force: true });
      else if (Date.now() > deadline) throw new Error('build: another build still holds dist/.building');
      else Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 200);
    }
  }
  try {
    fn();
  } finally {
    rmSync(LOCK, { recursive: true, force: true });
  }
}

if (stale()) {
  try {
    withBuildLock(() => {
      if (!stale()) return;
      process.stderr.write('building dist/ (the source changed since the last build)…\n');
      build();
    });
  } catch (err) {
    process.stderr.write(`${err.message}\n`);
    process.exit(1);
  }
}
// NOTE: the entry sees its own path and arguments, as if Node had started it directly.
const file = `${ROOT}dist/src/${entry}.js`;
process.argv.splice(1, 2, file);
await import(pathToFileURL(file).href);

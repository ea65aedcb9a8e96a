// Compiles src/ to dist/ with tsc (tsconfig.build.json), copies the bundled report beside the
// compiled loader, and stamps the build. `npm install` runs it (the prepare script), and
// scripts/run.mjs runs it again whenever the source changed since. Messages go to stderr so
// that stdout stays the CLI's.
import { spawnSync } from 'node:child_process';
import { cpSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../', import.meta.url));

/** Builds dist/; throws with tsc's exit status when compilation fails. */
export function build() {
  // NOTE: the bin script itself (package.json "bin"); the package's exports do not list it.
  const pkg = createRequire(import.meta.url).resolve('typescript/package.json');
  const tsc = join(dirname(pkg), 'bin', 'tsc');
  const r = spawnSync(process.execPath, [tsc, '-p', 'tsconfig.build.json'], { cwd: ROOT, stdio: ['ignore', 2, 2] });
  if (r.status !== 0) throw new Error(`build: tsc failed (exit ${r.status ?? r.signal})`);
  cpSync(`${ROOT}src/data/report`, `${ROOT}dist/src/data/report`, { recursive: true });
  writeFileSync(`${ROOT}dist/.built`, `${new Date().toISOString()}\n`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  try {
    build();
  } catch (err) {
    process.stderr.write(`${err.message}\n`);
    process.exit(1);
  }
}

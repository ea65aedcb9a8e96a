/**
 * A digest fan-out in its own process, for the crash test: the app on `DATA_DIR`, the Telegram
 * digest outbox on `TELEGRAM_API_ROOT`, one start-up recovery and one run at the fixed time `NOW`
 * with `CONCURRENCY` sends in flight. Prints the run's summary as JSON.
 */
import { createApp } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';
import { recoverDigests, runDueDigests, silentLogger } from '../../src/core/index.js';
import { createDigestOutboxes } from '../../src/digest-outboxes.js';
import { schedulerDeps } from '../../src/digest-timer.js';

const config = loadConfig();
const app = createApp(config);
const outboxes = createDigestOutboxes(config, app, silentLogger, { telegramThrottle: { perSecond: 1000, perGroupPerMinute: 20 } });
const deps = schedulerDeps(app, outboxes, silentLogger, { concurrency: Number(process.env.CONCURRENCY ?? 8), sleep: async () => {} });
const recovered = await recoverDigests(deps);
const summary = await runDueDigests(new Date(process.env.NOW ?? ''), deps);
app.close();
process.stdout.write(`${JSON.stringify({ recovered: recovered.length, ...summary })}\n`);
process.exit(0);

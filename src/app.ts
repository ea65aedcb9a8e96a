/**
 * Builds the parts every entry point shares: the report, the answer engine, the store and the
 * core. `main.ts`, the `ask`, `eval`, `bench` and `digest` commands all start here.
 */

import type { Config } from './config.js';
import { AnswerEngine, type Core, createCore, type Logger, silentLogger } from './core/index.js';
import { DEFAULT_REPORT_DIR, loadReport } from './data/report.js';
import { SqliteStore } from './data/sqlite-store.js';

/** The wired application. */
export interface App {
  core: Core;
  store: SqliteStore;
  logger: Logger;
  close(): void;
}

/** Wires report, engine, SQLite store (in `config.dataDir`, or `:memory:`) and core. */
export function createApp(config: Config, options: { logger?: Logger; memory?: boolean } = {}): App {
  const logger = options.logger ?? silentLogger;
  const report = loadReport(config.reportDir ?? DEFAULT_REPORT_DIR);
  const engine = new AnswerEngine(report);
  const store = new SqliteStore(options.memory ? ':memory:' : config.dataDir);
  const core = createCore({
    engine,
    chats: store,
    insights: store,
    logger,
    settings: { defaultLocale: config.defaultLocale, digestTime: config.digestTime, digestTimeZone: config.digestTimeZone },
  });
  return { core, store, logger, close: () => store.close() };
}

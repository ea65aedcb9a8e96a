/**
 * Composition root: configuration → logger → app (report, engine, store, core) → adapters.
 * Starts every adapter whose tokens are set (Telegram, Slack) plus the digest scheduler;
 * with no tokens, a terminal chat on the same SQLite store.
 */
import { existsSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { createApp } from './app.js';
import type { RunningAdapter } from './bots/adapter.js';
import { runTerminal } from './bots/terminal.js';
import { loadConfig } from './config.js';
import { ConfigError, type Outbox, type Platform } from './core/index.js';
import { createTerminalOutbox, startScheduler } from './digest-timer.js';
import { createLogger } from './logger.js';

async function main(): Promise<void> {
  if (existsSync('.env')) process.loadEnvFile('.env');
  const config = loadConfig();
  const logger = createLogger(config.logLevel);
  const app = createApp(config, { logger });
  const adapters: Array<[Platform, RunningAdapter]> = [];
  // NOTE: an adapter's module (telegraf, Bolt) loads only when its platform is configured, so the
  // terminal chat starts without them.
  if (config.telegram) {
    const { startTelegram } = await import('./bots/telegram.js');
    adapters.push(['telegram', await startTelegram({ core: app.core, chats: app.store, logger, config: config.telegram })]);
  }
  if (config.slack) {
    const { startSlack } = await import('./bots/slack.js');
    adapters.push(['slack', await startSlack({ core: app.core, chats: app.store, logger, config: config.slack })]);
  }

  if (adapters.length === 0) {
    // On a TTY the terminal chat can subscribe too: its digests print into the chat.
    const terminalOutbox = createTerminalOutbox(app.core, (text) => process.stdout.write(`${text}\n> `));
    const digests = process.stdin.isTTY ? startScheduler({ app, outboxes: new Map([['terminal', terminalOutbox]]), logger }) : undefined;
    await runTerminal(app.core, { input: process.stdin, output: process.stdout, userLocale: Intl.DateTimeFormat().resolvedOptions().locale });
    digests?.stop();
    await digests?.idle();
    app.close();
    return;
  }

  const server = adapters.some(([, a]) => a.handleHttp)
    ? await listen(
        config.port,
        adapters.map(([, a]) => a),
      )
    : undefined;
  if (server) logger.info('main: listening', { port: config.port });
  const outboxes = new Map<Platform, Outbox>(adapters.map(([p, a]) => [p, a.outbox]));
  const scheduler = startScheduler({ app, outboxes, logger });

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info('main: stopping', { signal });
    scheduler.stop();
    server?.close();
    await Promise.allSettled(adapters.map(([, a]) => a.stop()));
    await scheduler.idle();
    app.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop('SIGINT'));
  process.once('SIGTERM', () => void stop('SIGTERM'));
}

/** One HTTP server on PORT for every adapter that takes webhooks, plus `/healthz`. */
function listen(port: number, adapters: RunningAdapter[]): Promise<Server> {
  const server = createServer((req, res) => {
    if (req.url === '/healthz') {
      res.writeHead(200, { 'content-type': 'text/plain' }).end('ok');
      return;
    }
    for (const a of adapters) if (a.handleHttp?.(req, res)) return;
    res.writeHead(404).end();
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, () => resolve(server));
  });
}

main().catch((err: unknown) => {
  if (err instanceof ConfigError) {
    process.stderr.write(`${err.message}\n`);
  } else {
    process.stderr.write(`report-bot: ${err instanceof Error ? err.message : String(err)}\n`);
  }
  process.exit(1);
});

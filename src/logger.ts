/**
 * Structured logs (pino) to stderr, so stdout stays the terminal chat's and the CLI's.
 * Token-looking values are redacted before anything is written.
 */
import pino from 'pino';
import type { Logger } from './core/index.js';

const TOKEN = /\b(\d{5,}:[\w-]{30,}|xox[abpr]-[\w-]+|xapp-[\w-]+)\b/g;

/** Replaces anything that looks like a Telegram or Slack token. */
export function redact(text: string): string {
  return text.replace(TOKEN, '[redacted]');
}

/** A pino logger at `level`, writing JSON lines to stderr. */
export function createLogger(level: string): Logger {
  const log = pino(
    {
      level,
      base: undefined,
      redact: { paths: ['token', '*.token', 'botToken', 'appToken', 'signingSecret', 'headers.authorization'], censor: '[redacted]' },
      formatters: { level: (label) => ({ level: label }) },
    },
    pino.destination(2),
  );
  const write = (method: 'debug' | 'info' | 'warn' | 'error') => (msg: string, ctx?: Record<string, unknown>) => {
    const safe = ctx ? (JSON.parse(redact(JSON.stringify(ctx))) as Record<string, unknown>) : {};
    log[method](safe, redact(msg));
  };
  return { debug: write('debug'), info: write('info'), warn: write('warn'), error: write('error') };
}

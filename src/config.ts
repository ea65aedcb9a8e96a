/**
 * Environment → typed {@link Config}, validated once at start-up.
 * A bad value throws a ConfigError whose message is one line naming the variable.
 */
import { z } from 'zod';
import { ConfigError } from './core/errors.js';
import { isValidTimeZone, parseHhmm } from './core/time.js';

const optionalString = z
  .string()
  .trim()
  .optional()
  .transform((v) => (v ? v : undefined));

const optionalUrl = optionalString.refine((v) => v === undefined || URL.canParse(v), 'must be a URL like https://host/path');

const schema = z
  .object({
    TELEGRAM_BOT_TOKEN: optionalString.refine((v) => v === undefined || /^\d+:[\w-]{20,}$/.test(v), 'must look like 123456:ABC-… (from @BotFather)'),
    TELEGRAM_API_ROOT: optionalUrl,
    TELEGRAM_WEBHOOK_URL: optionalUrl,
    TELEGRAM_WEBHOOK_SECRET: optionalString.refine(
      (v) => v === undefined || /^[A-Za-z0-9_-]{1,256}$/.test(v),
      'must be 1-256 characters of A-Z, a-z, 0-9, _ and -',
    ),
    SLACK_BOT_TOKEN: optionalString.refine((v) => v === undefined || v.startsWith('xoxb-'), 'must start with xoxb-'),
    SLACK_SIGNING_SECRET: optionalString,
    SLACK_APP_TOKEN: optionalString.refine((v) => v === undefined || v.startsWith('xapp-'), 'must start with xapp-'),
    SLACK_API_URL: optionalUrl,
    PORT: optionalString.pipe(
      z
        .string()
        .regex(/^\d+$/, 'must be a port number')
        .transform(Number)
        .refine((n) => n >= 0 && n <= 65535, 'must be a port number between 0 and 65535')
        .optional(),
    ),
    DATA_DIR: optionalString,
    REPORT_DIR: optionalString,
    DEFAULT_LANG: optionalString.pipe(z.enum(['zh', 'en'], { message: 'must be zh or en' }).optional()),
    DIGEST_TIME: optionalString.refine((v) => v === undefined || parseHhmm(v) !== undefined, 'must be HH:MM (00:00-23:59)'),
    DIGEST_TZ: optionalString.refine((v) => v === undefined || isValidTimeZone(v), 'must be an IANA time zone like Asia/Shanghai'),
    LOG_LEVEL: optionalString.pipe(
      z
        .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], { message: 'must be one of fatal, error, warn, info, debug, trace, silent' })
        .optional(),
    ),
  })
  .superRefine((env, ctx) => {
    if (env.TELEGRAM_WEBHOOK_URL && !env.TELEGRAM_BOT_TOKEN) {
      ctx.addIssue({ code: 'custom', path: ['TELEGRAM_WEBHOOK_URL'], message: 'needs TELEGRAM_BOT_TOKEN' });
    }
    if (env.SLACK_BOT_TOKEN && !env.SLACK_APP_TOKEN && !env.SLACK_SIGNING_SECRET) {
      ctx.addIssue({ code: 'custom', path: ['SLACK_SIGNING_SECRET'], message: 'is required with SLACK_BOT_TOKEN (or set SLACK_APP_TOKEN for Socket Mode)' });
    }
    if ((env.SLACK_SIGNING_SECRET || env.SLACK_APP_TOKEN) && !env.SLACK_BOT_TOKEN) {
      ctx.addIssue({ code: 'custom', path: ['SLACK_BOT_TOKEN'], message: 'is required when other SLACK_ variables are set' });
    }
  });

/** The validated configuration. */
export interface Config {
  telegram?: { token: string; apiRoot?: string; webhookUrl?: string; webhookSecret?: string };
  slack?: { botToken: string; signingSecret?: string; appToken?: string; apiUrl?: string };
  port: number;
  dataDir: string;
  reportDir?: string;
  defaultLocale: 'zh' | 'en';
  digestTime: string;
  digestTimeZone: string;
  logLevel: string;
}

/** Validates `env` (default: `process.env`). Throws ConfigError with one line naming the variable. */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const name = String(issue?.path[0] ?? 'environment');
    throw new ConfigError(`config: ${name} ${issue?.message ?? 'is invalid'}`);
  }
  const e = parsed.data;
  return {
    telegram: e.TELEGRAM_BOT_TOKEN
      ? { token: e.TELEGRAM_BOT_TOKEN, apiRoot: e.TELEGRAM_API_ROOT, webhookUrl: e.TELEGRAM_WEBHOOK_URL, webhookSecret: e.TELEGRAM_WEBHOOK_SECRET }
      : undefined,
    slack: e.SLACK_BOT_TOKEN
      ? { botToken: e.SLACK_BOT_TOKEN, signingSecret: e.SLACK_SIGNING_SECRET, appToken: e.SLACK_APP_TOKEN, apiUrl: e.SLACK_API_URL }
      : undefined,
    port: e.PORT ?? 3000,
    dataDir: e.DATA_DIR ?? './var',
    reportDir: e.REPORT_DIR,
    defaultLocale: e.DEFAULT_LANG ?? 'zh',
    digestTime: e.DIGEST_TIME ?? '09:00',
    digestTimeZone: e.DIGEST_TZ ?? 'Asia/Shanghai',
    logLevel: e.LOG_LEVEL ?? 'info',
  };
}

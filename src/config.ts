/**
 * Environment → typed {@link Config}, validated once at start-up.
 * A bad value throws a ConfigError whose message is one line naming the variable.
 *
 * NOTE: hand-written checks rather than a schema library: start-up time matters for the
 * `ask` command, and fifteen variables do not need one.
 */
import { ConfigError } from './core/errors.js';
import { isValidTimeZone, parseHhmm } from './core/time.js';

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

type Env = Record<string, string | undefined>;

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];

/** Reads one variable: trimmed, empty counts as unset; `check` returns a problem or undefined. */
function read(env: Env, name: string, check?: (v: string) => string | undefined): string | undefined {
  const value = env[name]?.trim();
  if (!value) return undefined;
  const problem = check?.(value);
  if (problem) throw new ConfigError(`config: ${name} ${problem}`);
  return value;
}

const url = (v: string) => (URL.canParse(v) && /^(https?|wss?):/.test(v) ? undefined : 'must be a URL like https://host/path');

/** Validates `env` (default: `process.env`). Throws ConfigError with one line naming the variable. */
export function loadConfig(env: Env = process.env): Config {
  const telegramToken = read(env, 'TELEGRAM_BOT_TOKEN', (v) => (/^\d+:[\w-]{20,}$/.test(v) ? undefined : 'must look like 123456:ABC-… (from @BotFather)'));
  const telegramApiRoot = read(env, 'TELEGRAM_API_ROOT', url);
  const webhookUrl = read(env, 'TELEGRAM_WEBHOOK_URL', (v) => (URL.canParse(v) && v.startsWith('https://') ? undefined : 'must be an https:// URL'));
  const webhookSecret = read(env, 'TELEGRAM_WEBHOOK_SECRET', (v) =>
    /^[A-Za-z0-9_-]{1,256}$/.test(v) ? undefined : 'must be 1-256 characters of A-Z, a-z, 0-9, _ and -',
  );
  const slackToken = read(env, 'SLACK_BOT_TOKEN', (v) => (v.startsWith('xoxb-') ? undefined : 'must start with xoxb-'));
  const signingSecret = read(env, 'SLACK_SIGNING_SECRET');
  const appToken = read(env, 'SLACK_APP_TOKEN', (v) => (v.startsWith('xapp-') ? undefined : 'must start with xapp-'));
  const slackApiUrl = read(env, 'SLACK_API_URL', url);
  const port = read(env, 'PORT', (v) => (/^\d+$/.test(v) && Number(v) <= 65535 ? undefined : 'must be a port number between 0 and 65535'));
  const lang = read(env, 'DEFAULT_LANG', (v) => (v === 'zh' || v === 'en' ? undefined : 'must be zh or en'));
  const digestTime = read(env, 'DIGEST_TIME', (v) => (parseHhmm(v) !== undefined ? undefined : 'must be HH:MM (00:00-23:59)'));
  const digestTz = read(env, 'DIGEST_TZ', (v) => (isValidTimeZone(v) ? undefined : 'must be an IANA time zone like Asia/Shanghai'));
  const logLevel = read(env, 'LOG_LEVEL', (v) => (LOG_LEVELS.includes(v) ? undefined : `must be one of ${LOG_LEVELS.join(', ')}`));

  if (webhookUrl && !telegramToken) throw new ConfigError('config: TELEGRAM_WEBHOOK_URL needs TELEGRAM_BOT_TOKEN');
  if ((signingSecret || appToken) && !slackToken) throw new ConfigError('config: SLACK_BOT_TOKEN is required when other SLACK_ variables are set');
  if (slackToken && !appToken && !signingSecret) {
    throw new ConfigError('config: SLACK_SIGNING_SECRET is required with SLACK_BOT_TOKEN (or set SLACK_APP_TOKEN for Socket Mode)');
  }

  return {
    telegram: telegramToken ? { token: telegramToken, apiRoot: telegramApiRoot, webhookUrl, webhookSecret } : undefined,
    slack: slackToken ? { botToken: slackToken, signingSecret, appToken, apiUrl: slackApiUrl } : undefined,
    port: port ? Number(port) : 3000,
    dataDir: read(env, 'DATA_DIR') ?? './var',
    reportDir: read(env, 'REPORT_DIR'),
    defaultLocale: (lang as 'zh' | 'en' | undefined) ?? 'zh',
    digestTime: digestTime ? `${digestTime.padStart(5, '0')}` : '09:00',
    digestTimeZone: digestTz ?? 'Asia/Shanghai',
    logLevel: logLevel ?? 'info',
  };
}

/**
 * The configuration of a command that answers questions without a platform (`ask`, `eval`):
 * the environment's settings (language, report) with every platform token ignored.
 */
export function loadOfflineConfig(env: Env = process.env): Config {
  return loadConfig({ ...env, TELEGRAM_BOT_TOKEN: undefined, SLACK_BOT_TOKEN: undefined, SLACK_SIGNING_SECRET: undefined, SLACK_APP_TOKEN: undefined });
}

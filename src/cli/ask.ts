/**
 * `npm run --silent ask -- [--json] [--lang zh|en] ["question"]`
 *
 * Answers one question, or with no question reads one per line from stdin and answers each
 * in order. `--json` prints one object per line:
 * {"question","lang","intent","answered","text","sources":[{"section","factId"}]}
 */
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { createApp } from '../app.js';
import { parseTerminalCommand } from '../bots/terminal.js';
import { loadOfflineConfig } from '../config.js';
import type { ChatRef, Core, Locale } from '../core/index.js';

const CLI_CHAT: ChatRef = { platform: 'terminal', chatId: 'cli' };

/** One answer as the `--json` contract prints it. */
export interface AskResult {
  question: string;
  lang: Locale;
  intent: string;
  answered: boolean;
  text: string;
  sources: Array<{ section: string; factId: string }>;
}

/** Answers a question through the core (intents included), as the CLI prints it. */
export async function askOnce(core: Core, question: string, locale?: Locale): Promise<AskResult> {
  const command = parseTerminalCommand(question);
  const [reply] = await core.handleMessage({ chat: CLI_CHAT, text: command ? command.args : question, command, locale });
  if (!reply) throw new Error('ask: the core gave no reply');
  return {
    question,
    lang: reply.locale,
    intent: reply.intent,
    answered: reply.answered,
    text: core.toPlainText(reply),
    sources: reply.citations.map((c) => ({ section: c.section, factId: c.factId })),
  };
}

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    options: { json: { type: 'boolean', default: false }, lang: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    allowPositionals: true,
  });
  if (values.help) {
    process.stdout.write('usage: npm run --silent ask -- [--json] [--lang zh|en] ["question"]\n');
    return;
  }
  if (values.lang !== undefined && values.lang !== 'zh' && values.lang !== 'en') {
    process.stderr.write(`ask: --lang must be zh or en, not ${JSON.stringify(values.lang)}\n`);
    process.exit(2);
  }
  const locale = values.lang as Locale | undefined;
  const app = createApp(loadOfflineConfig(), { memory: true });
  const print = async (q: string) => {
    const result = await askOnce(app.core, q, locale);
    process.stdout.write(values.json ? `${JSON.stringify(result)}\n` : `${result.text}\n\n`);
  };
  if (positionals.length > 0) await print(positionals.join(' '));
  else for await (const line of createInterface({ input: process.stdin, crlfDelay: Number.POSITIVE_INFINITY })) await print(line);
  app.close();
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main().catch((err: unknown) => {
    process.stderr.write(`ask: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exit(1);
  });
}

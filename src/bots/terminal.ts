/**
 * Terminal chat adapter (like Hubot's Shell adapter).
 *
 * Platform concepts → core: each input line is an IncomingMessage from the chat
 * `terminal:local`; a line starting with `/` is a command (`/lang en`); on a TTY, typing the
 * number of a button shown under a reply presses it (handleAction). Replies print as plain text.
 * Interactive on a TTY (prompt, buttons); with piped input, one answer per input line.
 * EOF (Ctrl-D) ends the chat.
 */
import { createInterface } from 'node:readline';
import type { Button, ChatRef, Core, IncomingMessage, Reply } from '../core/index.js';

/** Streams and options of a terminal chat. */
export interface TerminalOptions {
  input: NodeJS.ReadableStream;
  output: NodeJS.WritableStream;
  /** Prompt and numbered buttons; default: whether input is a TTY. */
  interactive?: boolean;
  userLocale?: string;
}

/** The terminal's chat identity. */
export const TERMINAL_CHAT: ChatRef = { platform: 'terminal', chatId: 'local' };

/** Splits `/cmd args` into a core command. */
export function parseTerminalCommand(line: string): IncomingMessage['command'] {
  const m = /^\/(\w+)(?:\s+([\s\S]*))?$/.exec(line.trim());
  return m ? { name: (m[1] as string).toLowerCase(), args: (m[2] ?? '').trim() } : undefined;
}

/**
 * Runs the chat until the input ends. Resolves after the last reply is written.
 */
export async function runTerminal(core: Core, options: TerminalOptions): Promise<void> {
  const interactive = options.interactive ?? Boolean((options.input as { isTTY?: boolean }).isTTY);
  const out = options.output;
  const rl = createInterface({ input: options.input, terminal: false, crlfDelay: Number.POSITIVE_INFINITY });
  let buttons: Button[] = [];

  const print = (replies: Reply[]) => {
    buttons = interactive ? replies.flatMap((r) => r.buttons).slice(0, 9) : [];
    const blocks = replies.map((r) => core.toPlainText(r));
    if (buttons.length > 0) blocks.push(buttons.map((b, i) => `[${i + 1}] ${b.label}`).join('  '));
    out.write(`${blocks.join('\n\n')}\n${interactive ? '\n> ' : ''}`);
  };

  if (interactive) {
    const t = core.translator(core.settings.defaultLocale);
    out.write(`${t('welcome.title')}\n${t('terminal.hint')}\n\n> `);
  }
  for await (const raw of rl) {
    const line = raw.replace(/\r$/, '');
    const number = interactive && /^[1-9]$/.test(line.trim()) ? Number(line.trim()) : undefined;
    const pressed = number ? buttons[number - 1] : undefined;
    if (number && !pressed) {
      out.write(`${core.translator(core.settings.defaultLocale)('terminal.noButton', { number })}\n\n> `);
      continue;
    }
    if (pressed) {
      print(await core.handleAction({ chat: TERMINAL_CHAT, action: pressed.action, userLocale: options.userLocale }));
      continue;
    }
    if (interactive && !line.trim()) {
      out.write('> ');
      continue;
    }
    const command = parseTerminalCommand(line);
    print(await core.handleMessage({ chat: TERMINAL_CHAT, text: command ? command.args : line, command, userLocale: options.userLocale }));
  }
}

// Placeholder until the Telegram adapter lands (issue 3).

import type { Config } from '../config.js';
import type { ChatStore, Core, Logger } from '../core/index.js';
import type { RunningAdapter } from './adapter.js';

export async function startTelegram(_deps: { core: Core; chats: ChatStore; logger: Logger; config: NonNullable<Config['telegram']> }): Promise<RunningAdapter> {
  throw new Error('telegram: adapter not built yet');
}

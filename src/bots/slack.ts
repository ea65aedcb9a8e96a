// Placeholder until the Slack adapter lands (issue 4).

import type { Config } from '../config.js';
import type { ChatStore, Core, Logger } from '../core/index.js';
import type { RunningAdapter } from './adapter.js';

export async function startSlack(_deps: { core: Core; chats: ChatStore; logger: Logger; config: NonNullable<Config['slack']> }): Promise<RunningAdapter> {
  throw new Error('slack: adapter not built yet');
}

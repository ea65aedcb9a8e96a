/**
 * What `main.ts` expects of a platform adapter once started.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Outbox } from '../core/index.js';

/** A started adapter. */
export interface RunningAdapter {
  /** Sends digests to this platform's chats, through the adapter's throttle. */
  outbox: Outbox;
  /**
   * Handles an HTTP request on the shared `PORT` server when the path is this adapter's
   * (Telegram webhook path, Slack `/slack/events`). Returns false to let others try.
   */
  handleHttp?(req: IncomingMessage, res: ServerResponse): boolean;
  /** Stops taking updates, lets in-flight replies finish. */
  stop(): Promise<void>;
}

// Placeholder until the digest scheduler lands (issue 5).
import type { App } from './app.js';
import type { Logger, Outbox, Platform } from './core/index.js';

export function startScheduler(_deps: { app: App; outboxes: Map<Platform, Outbox>; logger: Logger }): { stop(): void; idle(): Promise<void> } {
  return { stop() {}, idle: async () => {} };
}

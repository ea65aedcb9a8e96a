/**
 * A core on the bundled report and a fresh memory store, for tests that talk to the core
 * directly. The answer engine is built once per test file and shared.
 */
import { AnswerEngine, type Core, type CoreDeps, createCore } from '../../src/core/index.js';
import { MemoryStore } from '../../src/data/memory-store.js';
import { loadReport } from '../../src/data/report.js';

let engine: AnswerEngine | undefined;

/** A core with zh defaults (09:00 Asia/Shanghai digests); `overrides` replace any dependency. */
export function createMemoryCore(overrides: Partial<CoreDeps> = {}): { core: Core; store: MemoryStore } {
  engine ??= new AnswerEngine(loadReport());
  const store = new MemoryStore();
  const core = createCore({
    engine,
    chats: store,
    insights: store,
    settings: { defaultLocale: 'zh', digestTime: '09:00', digestTimeZone: 'Asia/Shanghai' },
    ...overrides,
  });
  return { core, store };
}

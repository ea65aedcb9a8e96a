/**
 * The core the adapter benches answer with: the bundled report on a memory store, wired as
 * `createApp` wires it but without SQLite, so only the adapter and the engine are measured.
 */
import { AnswerEngine, type Core, createCore } from '../core/index.js';
import { MemoryStore } from '../data/memory-store.js';
import { loadReport } from '../data/report.js';

/** A core on the bundled report and a fresh memory store. */
export function createBenchCore(): { core: Core; store: MemoryStore } {
  const store = new MemoryStore();
  const core = createCore({
    engine: new AnswerEngine(loadReport()),
    chats: store,
    insights: store,
    settings: { defaultLocale: 'zh', digestTime: '09:00', digestTimeZone: 'Asia/Shanghai' },
  });
  return { core, store };
}

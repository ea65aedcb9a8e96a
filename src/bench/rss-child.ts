/**
 * Child process of the engine bench: wires the app as `npm start` does, answers every question
 * of the given files through the core, then prints its peak RSS in MB. Run by bench/engine.ts
 * so the figure is a fresh process's, not the bench harness's.
 */
import { createApp } from '../app.js';
import { loadConfig } from '../config.js';
import { benchQuestions } from './engine.js';

const app = createApp(loadConfig({}), { memory: true });
for (const { q } of benchQuestions(process.argv.slice(2))) await app.core.handleMessage({ chat: { platform: 'terminal', chatId: 'bench' }, text: q });
app.close();
process.stdout.write(`${Math.round(process.resourceUsage().maxRSS / 1024)}\n`);

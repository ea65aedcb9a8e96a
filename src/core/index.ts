/**
 * The core's public surface: adapters and `main.ts` import only from here.
 */
export { type Answer, AnswerEngine, MAX_QUESTION_LENGTH } from './answer.js';
export { Composer, MAX_ANSWER_LENGTH, renderPlainText } from './compose.js';
export {
  addDays,
  buildDigest,
  buildQuiz,
  DEFAULT_DIGEST_SIZE,
  DEFAULT_QUIZ_WEEKDAY,
  type DigestInput,
  type DigestPlan,
  digestOrder,
  formatDigestDate,
  isQuizDay,
  MAX_DIGEST_SIZE,
  planDigest,
  renderQuizText,
} from './digest.js';
export { type DigestCommandDeps, handleDigestCommand, nextSend } from './digest-command.js';
export { BotError, ConfigError, DeliveryError, type DeliveryErrorCode, UserFacingError } from './errors.js';
export { FloodGate, type FloodOptions, type FloodVerdict } from './flood.js';
export { type Core, type CoreDeps, type CoreSettings, createCore, QUESTION_COMMANDS } from './handle-message.js';
export { createTranslator, resources, type Translator } from './i18n.js';
export { type IntentName, matchIntent } from './intents.js';
export type { Bilingual, BilingualWords, Fact, Figure, Report, ReportMeta, Section } from './knowledge.js';
export { detectLocale, localeFromTag, resolveLocale } from './locale.js';
export * from './ports.js';
export {
  DIGEST_LOG_DAYS,
  type DigestRunSummary,
  digestScheduleOf,
  dueDate,
  MAX_DIGEST_ATTEMPTS,
  pruneDigestLog,
  recoverDigests,
  runDueDigests,
  type SchedulerDeps,
} from './scheduler.js';
export { formatHhmm, isValidTimeZone, localDateTime, parseHhmm } from './time.js';
export type * from './types.js';

/**
 * `/digest` (Telegram) and `/report digest` (Slack): status, subscribe with an optional time
 * and zone, unsubscribe. Stores the chat's choice; the scheduler does the sending.
 *
 * @example handleDigestCommand(ctx, 'on 08:30 Europe/Berlin', deps)
 */
import { addDays } from './digest.js';
import type { HandlerContext } from './handle-message.js';
import type { ChatStore, Clock, DigestLogEntry, DigestStore } from './ports.js';
import { formatHhmm, isValidTimeZone, localDateTime, parseHhmm } from './time.js';
import type { Reply } from './types.js';

/** What the digest command needs besides the message context. */
export interface DigestCommandDeps {
  chats: ChatStore;
  /** The digest log, for "next send"; default: `chats` when it is also a DigestStore (both stores are). */
  digests?: DigestStore;
  clock: Clock;
  settings: { digestTime: string; digestTimeZone: string };
  allowed(ctx: HandlerContext): Promise<boolean>;
  factCount: number;
}

function digestStoreOf(deps: DigestCommandDeps): DigestStore | undefined {
  if (deps.digests) return deps.digests;
  const candidate = deps.chats as Partial<DigestStore>;
  return typeof candidate.getDigest === 'function' ? (deps.chats as ChatStore & DigestStore) : undefined;
}

/** Handles the digest command's arguments: '' | 'status' | 'on [HH:MM] [Area/City]' | 'off'. */
export async function handleDigestCommand(ctx: HandlerContext, rawArgs: string, deps: DigestCommandDeps): Promise<Reply[]> {
  const { t, compose } = ctx;
  const args = rawArgs.trim().split(/\s+/).filter(Boolean);
  const verb = (args[0] ?? 'status').toLowerCase();
  const key = { platform: ctx.chat.platform, chatId: ctx.chat.chatId };

  if (verb === 'status' || verb === '状态') return [await status(ctx, deps)];
  if (!['on', 'off', '开启', '打开', '关闭', '订阅', '取消'].includes(verb)) return [compose.error(t('digest:usage'), 'digest')];
  if (!(await deps.allowed(ctx))) return [compose.error(t('settings.adminOnly'), 'digest')];

  if (['off', '关闭', '取消'].includes(verb)) {
    const settings = await deps.chats.updateChat(key, { digestEnabled: false });
    return [compose.info('digest', undefined, t('digest:off')), await status({ ...ctx, settings }, deps)];
  }

  let time: string | undefined;
  let zone: string | undefined;
  for (const arg of args.slice(1)) {
    if (/^\d{1,2}[:：]\d{2}$/.test(arg)) {
      const minutes = parseHhmm(arg);
      if (minutes === undefined) return [compose.error(t('digest:badTime', { value: arg.slice(0, 20) }), 'digest')];
      time = formatHhmm(minutes);
    } else if (/^\d/.test(arg)) {
      return [compose.error(t('digest:badTime', { value: arg.slice(0, 20) }), 'digest')];
    } else if (isValidTimeZone(arg)) {
      zone = canonicalZone(arg);
    } else {
      return [compose.error(t('digest:badZone', { value: arg.slice(0, 40) }), 'digest')];
    }
  }
  const settings = await deps.chats.updateChat(key, {
    digestEnabled: true,
    active: true,
    threadId: ctx.chat.threadId ?? null,
    ...(time ? { digestTime: time } : {}),
    ...(zone ? { timeZone: zone } : {}),
  });
  return [compose.info('digest', undefined, t('digest:on')), await status({ ...ctx, settings }, deps)];
}

function canonicalZone(zone: string): string {
  return new Intl.DateTimeFormat('en-US', { timeZone: zone }).resolvedOptions().timeZone;
}

/** The status reply: on/off, time, zone, next send, progress through the rotation. */
async function status(ctx: HandlerContext, deps: DigestCommandDeps): Promise<Reply> {
  const s = ctx.settings;
  const time = s?.digestTime ?? deps.settings.digestTime;
  const zone = s?.timeZone ?? deps.settings.digestTimeZone;
  const sent = s ? s.rotation % Math.max(1, deps.factCount) : 0;
  const now = deps.clock.now();
  let next = '';
  if (s?.digestEnabled) {
    const today = await digestStoreOf(deps)?.getDigest(s, localDateTime(now, zone).date);
    const when = nextSend(now, time, zone, today);
    next = when.soon ? ctx.t(when.retrying ? 'digest:nextRetry' : 'digest:nextSoon') : ctx.t('digest:nextAt', { date: when.date, time: when.time });
  }
  const values = { time, zone, sent, total: deps.factCount, next };
  const body = !s?.digestEnabled ? ctx.t('digest:statusOff', values) : s.active ? ctx.t('digest:statusOn', values) : ctx.t('digest:inactive', values);
  return ctx.compose.info('digest', ctx.t('digest:statusTitle'), body);
}

/**
 * When the digest goes out next: today at `time` if that is still ahead; `soon` when the time has
 * passed but today's digest is not done (the scheduler sends it within a minute, or retries it);
 * otherwise tomorrow at `time`.
 *
 * @example nextSend(new Date('2024-05-06T00:00:00Z'), '09:00', 'Asia/Shanghai') // { date: '2024-05-06', time: '09:00', soon: false, retrying: false }
 */
export function nextSend(
  now: Date,
  time: string,
  zone: string,
  today?: Pick<DigestLogEntry, 'status' | 'attempts'>,
): { date: string; time: string; soon: boolean; retrying: boolean } {
  const local = localDateTime(now, zone);
  const due = parseHhmm(time) ?? 0;
  if (!today && local.minutes < due) return { date: local.date, time, soon: false, retrying: false };
  if (!today) return { date: local.date, time, soon: true, retrying: false };
  if (today.status === 'pending') return { date: local.date, time, soon: true, retrying: today.attempts > 0 };
  return { date: addDays(local.date, 1), time, soon: false, retrying: false };
}

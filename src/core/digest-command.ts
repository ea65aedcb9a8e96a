/**
 * `/digest` (Telegram) and `/report digest` (Slack): status, subscribe with an optional time
 * and zone, unsubscribe. Stores the chat's choice; the scheduler does the sending.
 *
 * @example handleDigestCommand(ctx, 'on 08:30 Europe/Berlin', deps)
 */
import type { HandlerContext } from './handle-message.js';
import type { ChatStore, Clock } from './ports.js';
import { formatHhmm, isValidTimeZone, localDateTime, parseHhmm } from './time.js';
import type { Reply } from './types.js';

/** What the digest command needs besides the message context. */
export interface DigestCommandDeps {
  chats: ChatStore;
  clock: Clock;
  settings: { digestTime: string; digestTimeZone: string };
  allowed(ctx: HandlerContext): Promise<boolean>;
  factCount: number;
}

/** Handles the digest command's arguments: '' | 'status' | 'on [HH:MM] [Area/City]' | 'off'. */
export async function handleDigestCommand(ctx: HandlerContext, rawArgs: string, deps: DigestCommandDeps): Promise<Reply[]> {
  const { t, compose } = ctx;
  const args = rawArgs.trim().split(/\s+/).filter(Boolean);
  const verb = (args[0] ?? 'status').toLowerCase();
  const key = { platform: ctx.chat.platform, chatId: ctx.chat.chatId };

  if (verb === 'status' || verb === '状态') return [status(ctx, deps)];
  if (!['on', 'off', '开启', '打开', '关闭', '订阅', '取消'].includes(verb)) return [compose.error(t('digest:usage'), 'digest')];
  if (!(await deps.allowed(ctx))) return [compose.error(t('settings.adminOnly'), 'digest')];

  if (['off', '关闭', '取消'].includes(verb)) {
    const settings = await deps.chats.updateChat(key, { digestEnabled: false });
    return [compose.info('digest', undefined, t('digest:off')), status({ ...ctx, settings }, deps)];
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
  return [compose.info('digest', undefined, t('digest:on')), status({ ...ctx, settings }, deps)];
}

function canonicalZone(zone: string): string {
  return new Intl.DateTimeFormat('en-US', { timeZone: zone }).resolvedOptions().timeZone;
}

/** The status reply: on/off, time, zone, next send, progress through the rotation. */
function status(ctx: HandlerContext, deps: DigestCommandDeps): Reply {
  const s = ctx.settings;
  const time = s?.digestTime ?? deps.settings.digestTime;
  const zone = s?.timeZone ?? deps.settings.digestTimeZone;
  const sent = s ? s.rotation % Math.max(1, deps.factCount) : 0;
  const values = { time, zone, sent, total: deps.factCount, next: nextSend(deps.clock.now(), time, zone) };
  const body = s?.digestEnabled ? ctx.t('digest:statusOn', values) : ctx.t('digest:statusOff', values);
  return ctx.compose.info('digest', ctx.t('digest:statusTitle'), body);
}

/** The next local date and time the digest is due, as `YYYY-MM-DD HH:MM`. */
export function nextSend(now: Date, time: string, zone: string): string {
  const local = localDateTime(now, zone);
  const due = parseHhmm(time) ?? 0;
  if (local.minutes < due) return `${local.date} ${time}`;
  const tomorrow = localDateTime(new Date(now.getTime() + 24 * 3600_000), zone);
  return `${tomorrow.date} ${time}`;
}

/**
 * Who may change a channel's settings, and a user's language, from `users.info` and
 * `conversations.info`, cached for a few minutes so a busy channel costs few calls.
 *
 * Settings: anyone in a DM; in a channel, workspace admins and owners, or the channel's creator.
 * A failed lookup answers "no" (the core then refuses politely); only Slack's own refusals are cached.
 */
import type { webApi } from '@slack/bolt';
import { DeliveryError, type Logger } from '../core/index.js';
import type { SlackWeb } from './slack-web.js';

interface UserInfo {
  locale?: string;
  admin: boolean;
}

/** Cached lookups. */
export interface SlackDirectory {
  /** The user's Slack locale (`zh-CN`, `en-US`), when Slack tells. */
  userLocale(userId: string): Promise<string | undefined>;
  /** Whether `userId` may change the settings of `channel`. */
  canChangeSettings(channel: string, userId: string | undefined): Promise<boolean>;
}

/** True for DM channel ids (`D…`). */
export const isDirectMessage = (channel: string) => channel.startsWith('D');

/** Builds the directory; `ttlMs` bounds how stale a role or language may be. */
export function createSlackDirectory(client: webApi.WebClient, web: SlackWeb, logger: Logger, ttlMs = 5 * 60_000, max = 5000): SlackDirectory {
  const users = new Map<string, { at: number; info: Promise<UserInfo> }>();
  const creators = new Map<string, { at: number; creator: Promise<string | undefined> }>();

  function remember<V>(map: Map<string, { at: number } & V>, key: string, entry: { at: number } & V) {
    if (map.size >= max) map.delete(map.keys().next().value as string);
    map.set(key, entry);
  }

  /** Slack's own refusals (`user_not_found`, `missing_scope`) stay cached; network trouble is asked again. */
  function forgetUnlessFinal(map: Map<string, unknown>, key: string, err: unknown) {
    if (!(err instanceof DeliveryError && err.delivery !== 'transient')) map.delete(key);
  }

  function user(userId: string): Promise<UserInfo> {
    const hit = users.get(userId);
    if (hit && Date.now() - hit.at < ttlMs) return hit.info;
    const info = web
      .call('users.info', undefined, () => client.users.info({ user: userId, include_locale: true }))
      .then((res) => {
        const u = res.user;
        return { locale: u?.locale, admin: Boolean(u?.is_admin || u?.is_owner || u?.is_primary_owner) };
      });
    remember(users, userId, { at: Date.now(), info });
    info.catch((err: unknown) => forgetUnlessFinal(users, userId, err));
    return info;
  }

  function creator(channel: string): Promise<string | undefined> {
    const hit = creators.get(channel);
    if (hit && Date.now() - hit.at < ttlMs) return hit.creator;
    const found = web.call('conversations.info', undefined, () => client.conversations.info({ channel })).then((res) => res.channel?.creator);
    remember(creators, channel, { at: Date.now(), creator: found });
    found.catch((err: unknown) => forgetUnlessFinal(creators, channel, err));
    return found;
  }

  return {
    async userLocale(userId) {
      try {
        return (await user(userId)).locale;
      } catch {
        return undefined;
      }
    },
    async canChangeSettings(channel, userId) {
      if (isDirectMessage(channel)) return true;
      if (!userId) return false;
      try {
        if ((await user(userId)).admin) return true;
        return (await creator(channel)) === userId;
      } catch (err) {
        logger.warn('slack: could not check settings permission', { channel, user: userId, err: err instanceof Error ? err.message : String(err) });
        return false;
      }
    },
  };
}

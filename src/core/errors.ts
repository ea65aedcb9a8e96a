/**
 * Two kinds of error, as Errbot splits them: a {@link UserFacingError} becomes a translated
 * reply; anything else is logged with context and answered with `errors.generic`.
 */

/** Base error with a stable snake_case `code` for logs and tests. */
export class BotError extends Error {
  readonly code: string;
  constructor(code: string, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'BotError';
    this.code = code;
  }
}

/** An error the user may see: carries an i18n key and its interpolation values, never exception text. */
export class UserFacingError extends BotError {
  readonly key: string;
  readonly values: Record<string, string | number>;
  constructor(key: string, values: Record<string, string | number> = {}, code = 'user_error') {
    super(code, `user-facing: ${key}`);
    this.name = 'UserFacingError';
    this.key = key;
    this.values = values;
  }
}

/** Why a platform refused a message. Adapters' outboxes throw this; the scheduler sorts on `code`. */
export type DeliveryErrorCode =
  /** The chat is gone or the bot was blocked/removed: deactivate, never retry. */
  | 'chat_gone'
  /** Temporary (5xx, network, rate limit exhausted): retry later with backoff. */
  | 'transient'
  /** The platform rejected this message itself (bad request): do not retry it. */
  | 'rejected';

/** A message could not be delivered to a chat. */
export class DeliveryError extends BotError {
  readonly delivery: DeliveryErrorCode;
  constructor(delivery: DeliveryErrorCode, message: string, options?: { cause?: unknown }) {
    super(`delivery_${delivery}`, message, options);
    this.name = 'DeliveryError';
    this.delivery = delivery;
  }
}

/** Configuration is invalid; start-up prints `message` as one line and exits 1. */
export class ConfigError extends BotError {
  constructor(message: string) {
    super('config_invalid', message);
    this.name = 'ConfigError';
  }
}

/**
 * Plain data shared by the core and every adapter. No platform SDK types here:
 * an adapter turns its update into an {@link IncomingMessage} and renders a {@link Reply}.
 */

/** The two languages the bot speaks. */
export type Locale = 'zh' | 'en';

/** Platforms the core can be reached from. The terminal chat counts as one. */
export type Platform = 'telegram' | 'slack' | 'terminal';

/**
 * Where a message came from or a reply goes.
 *
 * NOTE: `chatId` is always a string (Telegram ids are numbers that can exceed 2^53 in future).
 * `threadId` is a Telegram forum topic id or a Slack `thread_ts`; it is not part of a chat's identity.
 */
export interface ChatRef {
  platform: Platform;
  chatId: string;
  threadId?: string;
}

/** A command already split by the adapter: `/ask@Bot foo` and `/report ask foo` both become `{ name: 'ask', args: 'foo' }`. */
export interface Command {
  name: string;
  args: string;
}

/** One inbound user message, as every adapter reports it. */
export interface IncomingMessage {
  chat: ChatRef;
  /** Platform user id of the sender, when known. */
  userId?: string;
  /** The text of the question, without the bot mention or command prefix. */
  text: string;
  /** Set when the adapter recognised a command; `text` then holds the arguments. */
  command?: Command;
  /** The user's interface language as the platform reports it (Telegram `language_code`, Slack `locale`). */
  userLocale?: string;
  /** True in groups and channels, false in private chats and DMs. */
  isGroup?: boolean;
  /** Forces the reply language (the CLI's `--lang`); otherwise chat setting → question → user. */
  locale?: Locale;
  /**
   * Asked only when the message would change the chat's settings.
   * Adapters answer it from the platform (chat admins, channel creator); private chats resolve to true.
   */
  canChangeSettings?: () => Promise<boolean>;
}

/** A button press on a reply's button, as reported by the adapter. */
export interface IncomingAction {
  chat: ChatRef;
  userId?: string;
  /** The opaque `action` string of the pressed {@link Button}. */
  action: string;
  userLocale?: string;
  isGroup?: boolean;
  /** The question the pressed reply answered, when the adapter still has it (feedback). */
  question?: string;
  canChangeSettings?: () => Promise<boolean>;
}

/** A reference from an answer to the report. */
export interface Citation {
  sectionId: string;
  /** Section title in the reply's language. */
  section: string;
  factId: string;
}

/**
 * A follow-up the adapter may render as a button.
 *
 * NOTE: `action` is at most 64 bytes (Telegram's callback_data limit); feed it back through `handleAction`.
 */
export interface Button {
  label: string;
  action: string;
}

/** A multiple-choice quiz built from a figure in the report (Telegram quiz poll, Slack buttons). */
export interface Quiz {
  question: string;
  options: string[];
  correctIndex: number;
  /** Shown after answering: the fact the question came from. */
  explanation: string;
  factId: string;
}

/** What kind of reply this is; adapters may style kinds differently. */
export type ReplyKind = 'answer' | 'no_answer' | 'info' | 'error' | 'digest' | 'list';

/**
 * One reply of the core, rendered by each adapter in its own way
 * (Telegram entities, Slack Block Kit, terminal text).
 */
export interface Reply {
  kind: ReplyKind;
  locale: Locale;
  /** The intent that produced this reply (`search`, `help`, `district`, …). */
  intent: string;
  /** True when the reply answers a question from the report; false when the report does not say. */
  answered: boolean;
  /** Optional heading, rendered bold. */
  title?: string;
  /** The main text. Plain text: adapters escape it for their markup. */
  body: string;
  /** A one-line note shown before the body (e.g. "your question was shortened"). */
  notice?: string;
  /** Sources of the facts in `body`, in order. */
  citations: Citation[];
  /** Follow-ups (more from this section, original text, topics…). */
  buttons: Button[];
  /** Present on answers: the facts a 👍/👎 would rate. */
  feedback?: { factIds: string[] };
  quiz?: Quiz;
}

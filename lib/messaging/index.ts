import { browser, type Browser } from 'wxt/browser';
import type { MessageType, ReplyOf, RequestOf } from './protocol';
import type { CodedError, ErrorCode } from './types';

export type * from './protocol';
export type * from './types';
export { failure } from './types';

/** What travels over runtime messaging: the request's name and its data. */
interface Envelope {
  lede: MessageType;
  data: unknown;
}

/** What the background sends back: handlers' rejections cross as data, not as lost promises. */
type Outcome = { ok: true; value: unknown } | { ok: false; error: CodedError };

type Sender = Browser.runtime.MessageSender;

/** Every request's handler, keyed by name: the compiler checks none is missing. */
export type Handlers = {
  [K in MessageType]: (data: RequestOf<K>, sender: Sender) => Promise<ReplyOf<K>>;
};

/** A failed request, with the stable code the background gave it. */
export class MessageError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'MessageError';
  }
}

/** Sends one typed request to the background; rejects with a MessageError when it failed there. */
export async function sendMessage<K extends MessageType>(
  type: K,
  data: RequestOf<K>,
): Promise<ReplyOf<K>> {
  const envelope: Envelope = { lede: type, data };
  const outcome = (await browser.runtime.sendMessage(envelope)) as Outcome | undefined;
  if (!outcome) throw new MessageError('internal', `No reply to "${type}".`);
  if (!outcome.ok) throw new MessageError(outcome.error.code, outcome.error.message);
  return outcome.value as ReplyOf<K>;
}

/**
 * Installs the one router (background only). Replies through sendResponse and `return true`,
 * which every browser and WXT's fakeBrowser honour. Returns a function that removes it.
 */
export function onMessages(handlers: Handlers): () => void {
  const listener = (message: unknown, sender: Sender, sendResponse: (o: Outcome) => void) => {
    if (!isEnvelope(message) || !Object.hasOwn(handlers, message.lede)) return false;
    const handler = handlers[message.lede] as (data: unknown, sender: Sender) => Promise<unknown>;
    handler(message.data, sender).then(
      (value) => sendResponse({ ok: true, value }),
      (err: unknown) => sendResponse({ ok: false, error: toCodedError(err) }),
    );
    return true;
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}

function isEnvelope(message: unknown): message is Envelope {
  return typeof message === 'object' && message !== null && typeof (message as Envelope).lede === 'string';
}

/** Keeps a thrown error's `code` when it has one (ExtractError, MessageError); else "internal". */
export function toCodedError(err: unknown): CodedError {
  const code = (err as { code?: unknown } | null)?.code;
  const message = err instanceof Error ? err.message : String(err);
  return { code: typeof code === 'string' ? (code as ErrorCode) : 'internal', message };
}

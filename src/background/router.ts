// The one entry point for runtime messages. For every message it decides who sent it, checks that
// the sender may ask for it and that the payload has the declared shape, runs the handler from
// the table and answers with an Envelope (failures as data).
//
// Senders (see src/shared/messages.ts):
//  - 'page': our own extension pages (popup, reader tab, library, options). sender.url is on the
//    extension's origin. A reader tab has sender.tab too, so the URL decides, not sender.tab.
//  - 'content': content scripts in web pages (sender.tab set, sender.url on the page's origin).
//    Untrusted: only CONTENT_ALLOWED types, from the top frame, under a size limit.
import type { Runtime } from 'webextension-polyfill';
import { MAX_CONTENT_MESSAGE_CHARS } from '../shared/constants';
import { CONTENT_ALLOWED } from '../shared/messages';
import type { BackgroundRequests, BackgroundRequestType, Envelope, Message, Response } from '../shared/messages';
import { isRecord, isString, jsonSize } from '../shared/validate';
import { HandlerError, errorMessage } from './errors';
import type { PayloadValidators } from './request-validators';

export type SenderKind = 'page' | 'content';

export interface HandlerContext {
  sender: Runtime.MessageSender;
  kind: SenderKind;
}

export type Handler<K extends BackgroundRequestType> = (
  payload: Message<BackgroundRequests, K>['payload'],
  context: HandlerContext,
) => Promise<Response<BackgroundRequests, K>>;

export type HandlerTable = { [K in BackgroundRequestType]: Handler<K> };

export interface RouterEnv {
  /** runtime.id */
  extensionId: string;
  /** runtime.getURL('') : "chrome-extension://<id>/" or "moz-extension://<uuid>/" */
  extensionBase: string;
  log?: (message: string) => void;
}

/** Who sent a message, or null when it is not from this extension (or not from anything we serve). */
export function classifySender(sender: Runtime.MessageSender, env: RouterEnv): SenderKind | null {
  if (sender.id !== env.extensionId) return null;
  const url = sender.url ?? '';
  const origin = (sender as { origin?: string }).origin; // Chromium only
  const extensionOrigin = env.extensionBase.replace(/\/$/, '');
  const onExtensionOrigin = url.startsWith(env.extensionBase) && (origin === undefined || origin === extensionOrigin);
  if (onExtensionOrigin) return 'page';
  if (sender.tab) return 'content';
  return null;
}

type Failure = Extract<Envelope<never>, { ok: false }>;
const fail = (code: string, message: string): Failure => ({ ok: false, error: { code, message } });

export function createRouter(handlers: HandlerTable, validators: PayloadValidators, env: RouterEnv) {
  const log = env.log ?? (() => {});
  const isKnownType = (t: unknown): t is BackgroundRequestType =>
    isString(t) && Object.prototype.hasOwnProperty.call(handlers, t);

  /**
   * Resolves with the envelope to answer, or undefined when the message is not ours to answer
   * (another extension context may; e.g. a page talking to an offscreen document).
   */
  return function route(message: unknown, sender: Runtime.MessageSender): Promise<Envelope<unknown>> | undefined {
    const kind = classifySender(sender, env);
    if (!kind) {
      log(`dropped a message from an unknown sender (${sender.id ?? 'no id'})`);
      return undefined;
    }
    if (kind === 'content') {
      const refusal = checkContentMessage(message, sender);
      if (refusal) {
        log(`refused a content-script message: ${refusal.error.message}`);
        return Promise.resolve(refusal);
      }
    }
    if (!isRecord(message) || !isKnownType(message.type)) {
      return kind === 'content' ? Promise.resolve(fail('FORBIDDEN', 'Unknown message type.')) : undefined;
    }
    const type = message.type;
    if (!validators[type](message.payload)) {
      return Promise.resolve(fail('BAD_REQUEST', `Malformed payload for "${type}".`));
    }
    return run(type, message.payload, { sender, kind });
  };

  async function run<K extends BackgroundRequestType>(type: K, payload: unknown, context: HandlerContext): Promise<Envelope<unknown>> {
    try {
      const handler = handlers[type] as Handler<K>;
      const value = await handler(payload as Message<BackgroundRequests, K>['payload'], context);
      return { ok: true, value };
    } catch (error) {
      if (error instanceof HandlerError) return fail(error.code, error.message);
      log(`handler "${type}" failed: ${errorMessage(error)}`);
      return fail('INTERNAL', errorMessage(error));
    }
  }
}

/** Content scripts: allowed types only, from the top frame, small. Null when acceptable. */
function checkContentMessage(message: unknown, sender: Runtime.MessageSender): Failure | null {
  if (!isRecord(message) || !hasType(message) || !CONTENT_ALLOWED.includes(message.type as BackgroundRequestType)) {
    return fail('FORBIDDEN', 'Content scripts may not send this message.');
  }
  if (sender.frameId !== 0) return fail('FORBIDDEN', 'Only the top frame may report.');
  if (sender.tab?.id === undefined) return fail('FORBIDDEN', 'The sender has no tab.');
  if (jsonSize(message) > MAX_CONTENT_MESSAGE_CHARS) return fail('BAD_REQUEST', 'The message is too large.');
  return null;
}

function hasType(m: Record<string, unknown>): m is { type: string } {
  return isString(m.type, 64);
}

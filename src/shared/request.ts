// Typed requests from extension pages to the background. The background answers every request
// with an Envelope (errors as data, see messages.ts); this turns a failed envelope back into a
// thrown RequestError so callers can use try/catch.
import { getBrowser } from './browser';
import type { BackgroundRequests, BackgroundRequestType, Envelope, Message, Response } from './messages';

export class RequestError extends Error {
  override name = 'RequestError';
  constructor(readonly code: string, message: string) {
    super(message);
  }
}

export type RequestPayload<K extends BackgroundRequestType> = Message<BackgroundRequests, K>['payload'];
export type RequestResult<K extends BackgroundRequestType> = Response<BackgroundRequests, K>;

export async function request<K extends BackgroundRequestType>(type: K, payload: RequestPayload<K>): Promise<RequestResult<K>> {
  const envelope = (await getBrowser().runtime.sendMessage({ type, payload })) as Envelope<RequestResult<K>> | undefined;
  if (!envelope || typeof envelope !== 'object' || typeof envelope.ok !== 'boolean') {
    // No listener answered: the background failed to start or was updated under this page.
    throw new RequestError('NO_RESPONSE', `The background did not answer "${type}".`);
  }
  if (!envelope.ok) throw new RequestError(envelope.error.code, envelope.error.message);
  return envelope.value;
}

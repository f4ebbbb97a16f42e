// Failures a handler reports on purpose. The router turns them into `{ ok: false, error }`
// envelopes; anything else thrown becomes an INTERNAL error with its message.
export class HandlerError extends Error {
  override name = 'HandlerError';
  constructor(readonly code: string, message: string) {
    super(message);
  }
}

export const errorMessage = (error: unknown): string => (error instanceof Error ? error.message : String(error));

// The background's one connection to the offline library (opened on first use, reopened by the
// library itself after another context upgrades the database) and the fetch it saves with.
import { openLibrary } from '../../storage/library';
import type { Library } from '../../storage/library';
import type { FetchFn } from '../../save';

let library: Library | null = null;
let override: { library: Library; fetch: FetchFn } | null = null;

export function getLibrary(): Library {
  if (override) return override.library;
  library ??= openLibrary();
  return library;
}

/**
 * The extension's own fetch: in the background it carries the host permissions (so image hosts
 * need no CORS headers) and sends no page's cookies. Called unbound: a browser's fetch bound to
 * another `this` throws "Illegal invocation".
 */
export function saveFetch(): FetchFn {
  if (override) return override.fetch;
  return (input, init) => globalThis.fetch(input, init);
}

/** Tests: a library on fake-indexeddb and a fake network (null restores the real ones). */
export function setSaveEnvironmentForTesting(environment: { library: Library; fetch: FetchFn } | null): void {
  override = environment;
}

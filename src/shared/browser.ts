// The only import of webextension-polyfill in the codebase (design.md, practice 6).
//
// Everything else reaches the extension APIs through `browser` (or `getBrowser()`), so unit tests
// can swap in a fake with `setBrowserForTesting(fake)` instead of patching globals. The polyfill
// itself throws when evaluated outside an extension; tests therefore `vi.mock('webextension-polyfill')`
// before importing modules that use this one.
import polyfill from 'webextension-polyfill';
import type { Browser } from 'webextension-polyfill';

export type { Browser };

let override: Browser | null = null;

/** The extension API namespace in use: the polyfill in the browser, a fake in unit tests. */
export function getBrowser(): Browser {
  return override ?? polyfill;
}

/** Replace the API namespace (unit tests only); pass null to restore the real one. */
export function setBrowserForTesting(fake: Browser | null): void {
  override = fake;
}

/**
 * `browser.x.y(...)` for everyday use. A proxy that resolves through getBrowser() on every access,
 * so a fake installed by a test is seen even by modules that imported `browser` earlier.
 */
export const browser: Browser = new Proxy({} as Browser, {
  get: (_target, key) => Reflect.get(getBrowser(), key),
  has: (_target, key) => Reflect.has(getBrowser(), key),
});

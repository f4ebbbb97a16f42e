// Picks the Connector a page talks to: the runtime one inside the extension, the mock twin when a
// page is rendered on its own (tests, screenshots, `vite` dev server).
//
// The mock (sample articles, images, bundled locale files) must never ship in the extension: the
// dynamic import below sits behind a build-time condition, so in a production build the branch is
// dead code, the mock chunk is never emitted and the popup's budget counts only what it loads.
// A mock build is `vite build --mode mock` (scripts/screenshots.mjs) or the dev server.

import { createRuntimeConnector } from './runtime';
import type { Connector } from './types';

const MOCK_BUILD = import.meta.env.DEV || import.meta.env.MODE === 'mock';

/** True on chrome-extension://, moz-extension:// and safari-web-extension:// pages. */
export function isExtensionPage(loc: Pick<Location, 'protocol'> = globalThis.location): boolean {
  return /^(chrome|moz|safari-web)-extension:$/.test(loc?.protocol ?? '');
}

let connector: Promise<Connector> | undefined;

export function getConnector(): Promise<Connector> {
  connector ??= (async () => {
    if (MOCK_BUILD && !isExtensionPage()) {
      const { createMockConnector } = await import('./mock');
      return createMockConnector(new URLSearchParams(globalThis.location.search));
    }
    return createRuntimeConnector();
  })();
  return connector;
}

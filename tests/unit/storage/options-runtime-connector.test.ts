// The runtime Connector (src/ui/connect/runtime.ts): the UI's door to the background, the options
// module and permissions. Checked against the fake browser.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
vi.mock('webextension-polyfill', () => ({ default: {} }));

import { setBrowserForTesting } from '../../../src/shared/browser';
import { DEFAULT_OPTIONS } from '../../../src/storage/options-schema';
import { createRuntimeConnector } from '../../../src/ui/connect/runtime';
import { createFakeBrowser, type FakeBrowser } from '../background/fake-browser';

let f: FakeBrowser;
let sent: unknown[];
beforeEach(() => {
  f = createFakeBrowser();
  sent = [];
  setBrowserForTesting(f.browser);
});
afterEach(() => setBrowserForTesting(null));

const answer = (envelope: unknown) => {
  f.raw.runtime.sendMessage = async (message?: unknown) => {
    sent.push(message);
    return envelope;
  };
};

describe('runtime connector', () => {
  it('asks the background for a tab article and unwraps the envelope', async () => {
    answer({ ok: true, value: { kind: 'loading', tabId: 3, url: 'https://example.com/' } });
    const c = createRuntimeConnector();
    expect(await c.getTabArticle(3)).toEqual({ kind: 'loading', tabId: 3, url: 'https://example.com/' });
    expect(await c.getTabArticle()).toMatchObject({ kind: 'loading' });
    expect(sent).toEqual([
      { type: 'tab.getArticle', payload: { tabId: 3 } },
      { type: 'tab.getArticle', payload: {} },
    ]);
  });

  it('turns error envelopes and silence into errors with a code', async () => {
    const c = createRuntimeConnector();
    answer({ ok: false, error: { code: 'NO_TAB', message: 'There is no active tab.' } });
    await expect(c.getReaderArticle('0b4a8f1e-0000-4000-8000-000000000000')).rejects.toMatchObject({ code: 'NO_TAB', message: 'There is no active tab.' });
    answer(undefined);
    await expect(c.openReader({ libraryId: 'x' })).rejects.toMatchObject({ code: 'NO_RESPONSE' });
  });

  it('imports settings, but keeps detection everywhere off without its permission', async () => {
    const c = createRuntimeConnector();
    const file = JSON.stringify({ format: 'qingyue-options', version: 1, options: { theme: 'dark', detectEverywhere: true } });
    expect(await c.importOptions(file)).toEqual({ ...DEFAULT_OPTIONS, theme: 'dark', detectEverywhere: false });
    f.granted.add('<all_urls>');
    expect(await c.importOptions(file)).toEqual({ ...DEFAULT_OPTIONS, theme: 'dark', detectEverywhere: true });
    await expect(c.importOptions('{"format":"other"}')).rejects.toMatchObject({ code: 'FOREIGN_FILE' });
    expect(await c.getOptions()).toMatchObject({ theme: 'dark', detectEverywhere: true });
  });

  it('lists shortcuts and opens Chrome’s shortcut page', async () => {
    f.raw.commands.getAll = async () => [
      { name: '_execute_action', description: '', shortcut: 'Alt+Shift+R' },
      { name: 'open-reader-tab', description: 'Read the current article in a new tab', shortcut: '' },
    ] as never;
    const c = createRuntimeConnector();
    expect(await c.getShortcuts()).toEqual([
      { name: '_execute_action', description: '', shortcut: 'Alt+Shift+R' },
      { name: 'open-reader-tab', description: 'Read the current article in a new tab', shortcut: '' },
    ]);
    expect(await c.openShortcutSettings()).toBe(true);
    expect(f.calls.created.at(-1)?.url).toBe('chrome://extensions/shortcuts');
  });

  it('asks for and checks host permissions', async () => {
    const c = createRuntimeConnector();
    expect(await c.hasHostPermissions(['<all_urls>'])).toBe(false);
    expect(await c.requestHostPermissions(['<all_urls>'])).toBe(true);
    expect(await c.hasHostPermissions(['<all_urls>'])).toBe(true);
  });
});

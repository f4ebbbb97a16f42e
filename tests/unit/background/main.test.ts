// The worker registers every listener on its first turn (a stopped worker is woken by an event and
// must find the listener already there), and they are wired to the right modules.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
vi.mock('webextension-polyfill', () => ({ default: {} }));

import { setBrowserForTesting } from '../../../src/shared/browser';
import { createFakeBrowser, EXTENSION_BASE, EXTENSION_ID, type FakeBrowser } from './fake-browser';
import { sampleArticle } from './sample-article';

let f: FakeBrowser;
beforeAll(async () => {
  f = createFakeBrowser();
  setBrowserForTesting(f.browser);
  await import('../../../src/background/main');
});
afterAll(() => setBrowserForTesting(null));

describe('background main', () => {
  it('registers every listener synchronously at import', () => {
    const events = {
      'runtime.onMessage': f.raw.runtime.onMessage,
      'runtime.onInstalled': f.raw.runtime.onInstalled,
      'runtime.onStartup': f.raw.runtime.onStartup,
      'commands.onCommand': f.raw.commands.onCommand,
      'tabs.onUpdated': f.raw.tabs.onUpdated,
      'tabs.onRemoved': f.raw.tabs.onRemoved,
      'storage.onChanged': f.raw.storage.onChanged,
      'permissions.onAdded': f.raw.permissions.onAdded,
      'permissions.onRemoved': f.raw.permissions.onRemoved,
      'contextMenus.onClicked': f.raw.contextMenus.onClicked,
    };
    for (const [name, event] of Object.entries(events)) expect(event.listeners.length, name).toBe(1);
  });

  it('answers a page request through runtime.onMessage with an envelope', async () => {
    f.addTab({ url: 'https://example.com/' });
    const sender = { id: EXTENSION_ID, url: `${EXTENSION_BASE}popup.html` };
    const [answer] = await f.raw.runtime.onMessage.fire({ type: 'reader.open', payload: { article: sampleArticle() } }, sender);
    expect(answer).toMatchObject({ ok: true, value: { tabId: expect.any(Number) } });
    const url = new URL(f.calls.created[0]!.url);
    const [got] = await f.raw.runtime.onMessage.fire({ type: 'reader.get', payload: { key: url.searchParams.get('key') } }, sender);
    expect(got).toEqual({ ok: true, value: sampleArticle() });
  });

  it('creates the context-menu items on install', async () => {
    await f.raw.runtime.onInstalled.fire({ reason: 'install' });
    await vi.waitFor(() => expect([...f.menus.keys()]).toEqual(['qingyue-save-page', 'qingyue-save-link']));
    await f.raw.runtime.onInstalled.fire({ reason: 'update' });
    await vi.waitFor(() => expect(f.menus.size).toBe(2));
  });

  it('registers the everywhere detector when the option is switched on with the permission granted', async () => {
    f.granted.add('<all_urls>');
    await f.areas.sync.set({ options: { version: 1, detectEverywhere: true } });
    await vi.waitFor(() => expect(f.registered.size).toBe(1));
  });
});

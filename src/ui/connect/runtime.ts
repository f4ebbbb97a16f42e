// The real Connector (src/ui/connect/types.ts): requests to the background through the typed
// message map, settings through the options module, permissions through browser.permissions.
// The UI picks it in src/ui/connect/index.ts when the page runs inside the extension.
import { getBrowser } from '../../shared/browser';
import { ALL_URLS } from '../../shared/constants';
import { request } from '../../shared/request';
import * as options from '../../storage/options';
import type { Connector, Shortcut } from './types';

/** Chrome's shortcut editor; extension pages may open it with tabs.create (web pages may not). */
const CHROME_SHORTCUTS_URL = 'chrome://extensions/shortcuts';

export function createRuntimeConnector(): Connector {
  const browser = getBrowser();
  return {
    getTabArticle: (tabId) => request('tab.getArticle', tabId == null ? {} : { tabId }),
    openReader: async (source) => {
      await request('reader.open', source);
    },
    getReaderArticle: (key) => request('reader.get', { key }),

    getOptions: options.getOptions,
    setOptions: options.setOptions,
    resetOptions: options.resetOptions,
    exportOptions: options.exportOptions,
    importOptions: async (json) => {
      const imported = options.parseOptionsFile(json); // throws OptionsImportError; nothing stored
      // A file may switch detection everywhere on in a profile that never granted <all_urls>; the
      // permission can only be asked from a click, so store the switch off rather than lie.
      const granted = !imported.detectEverywhere || (await browser.permissions.contains({ origins: [ALL_URLS] }));
      return options.setOptions(granted ? imported : { ...imported, detectEverywhere: false });
    },
    onOptionsChanged: options.subscribe,

    requestHostPermissions: (origins) => browser.permissions.request({ origins }),
    hasHostPermissions: (origins) => browser.permissions.contains({ origins }),

    getShortcuts: async (): Promise<Shortcut[]> =>
      (await browser.commands.getAll()).map((c) => ({ name: c.name ?? '', description: c.description ?? '', shortcut: c.shortcut ?? '' })),
    openShortcutSettings: async () => {
      // Firefox 137+ has a call for it; Chrome lets extension pages open its shortcuts page.
      const commands = browser.commands as typeof browser.commands & { openShortcutSettings?: () => Promise<void> };
      if (typeof commands.openShortcutSettings === 'function') {
        await commands.openShortcutSettings();
        return true;
      }
      if (browser.runtime.getURL('').startsWith('chrome-extension://')) {
        await browser.tabs.create({ url: CHROME_SHORTCUTS_URL });
        return true;
      }
      return false;
    },
    openOptionsPage: () => browser.runtime.openOptionsPage(),

    closeWindow: () => globalThis.close(),
  };
}

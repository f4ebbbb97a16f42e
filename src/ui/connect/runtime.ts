// The real Connector (src/ui/connect/types.ts): requests to the background through the typed
// message map, settings through the options module, permissions through browser.permissions.
// The UI picks it in src/ui/connect/index.ts when the page runs inside the extension.
import type { Runtime } from 'webextension-polyfill';
import type { Article } from '../../core/article';
import { getBrowser } from '../../shared/browser';
import { ALL_URLS, LIBRARY_PAGE } from '../../shared/constants';
import type { SaveJob } from '../../shared/messages';
import { originPattern, originsToRequest } from '../../shared/origins';
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

    saveArticle: (article, { tabId } = {}) => {
      askFor(imageOriginsToAsk(article));
      return request('library.saveArticle', tabId == null ? { article } : { article, tabId });
    },
    saveTab: (tabId) => request('library.saveTab', tabId == null ? {} : { tabId }),
    saveUrl: (url, { tabId } = {}) => {
      const pattern = originPattern(url);
      // The background refuses a link it may not fetch, so wait for the answer before asking it.
      return askFor(pattern ? [pattern] : []).then(() => request('library.saveUrl', tabId == null ? { url } : { url, tabId }));
    },
    retrySave: (id, { origins = [], tabId } = {}) => {
      askFor(origins);
      return request('library.retry', tabId == null ? { id } : { id, tabId });
    },
    getSaveStatus: (article) =>
      request('library.status', { article: { url: article.url, canonicalUrl: article.canonicalUrl, title: article.title, site: article.site } }),
    getSaveJobs: () => request('library.jobs', {}),
    onSaveJob(listener) {
      const onMessage = (message: unknown, sender: Runtime.MessageSender) => {
        // Checked by hand: the validators module would triple what the popup loads for this one test.
        const event = message as { type?: unknown; payload?: unknown } | null;
        if (sender.id !== browser.runtime.id || typeof event !== 'object' || event === null || event.type !== 'library.job') return undefined;
        if (typeof event.payload !== 'object' || event.payload === null) return undefined;
        listener(event.payload as SaveJob);
        return undefined; // an event, not a request: no answer
      };
      browser.runtime.onMessage.addListener(onMessage);
      return () => browser.runtime.onMessage.removeListener(onMessage);
    },
    openLibrary: async () => {
      await browser.tabs.create({ url: browser.runtime.getURL(LIBRARY_PAGE) });
    },
  };

  /** The image hosts an article needs that the manifest does not grant (granted optional ones do not prompt again). */
  function imageOriginsToAsk(article: Article): string[] {
    const images = [...article.images, ...(article.leadImage ? [{ src: article.leadImage }] : [])];
    return originsToRequest(images, browser.runtime.getManifest().host_permissions ?? []);
  }

  /**
   * permissions.request, called synchronously (the click's user activation ends at the first
   * await). The save is sent in the same click without waiting for the answer: Chrome may close
   * the popup while its prompt is open (a save sent afterwards would be lost), and Firefox's prompt
   * can stay open indefinitely. Images from hosts not allowed yet are reported missing; access
   * granted later retries them in the background (permissions.onAdded). A refusal is not an error.
   */
  function askFor(origins: string[]): Promise<boolean> {
    if (!origins.length) return Promise.resolve(true);
    try {
      return browser.permissions.request({ origins }).catch(() => false);
    } catch {
      return Promise.resolve(false);
    }
  }
}


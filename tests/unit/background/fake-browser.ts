// An in-memory stand-in for the WebExtension APIs the background uses, installed through
// src/shared/browser.ts (setBrowserForTesting). It behaves like the browser where the code under
// test depends on it: storage areas with onChanged, tabs with the content script's presence,
// injection that can be refused, tab-specific badge state, registered content scripts and
// permissions. Test files must also `vi.mock('webextension-polyfill', () => ({ default: {} }))`:
// the real polyfill refuses to load outside an extension.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from '../../../src/shared/browser';

type Listener = (...args: any[]) => unknown;

export class FakeEvent {
  listeners: Listener[] = [];
  addListener = (fn: Listener) => void this.listeners.push(fn);
  removeListener = (fn: Listener) => void (this.listeners = this.listeners.filter((l) => l !== fn));
  hasListener = (fn: Listener) => this.listeners.includes(fn);
  /** Call every listener; resolves with their results (promises awaited). */
  async fire(...args: unknown[]): Promise<unknown[]> {
    return Promise.all(this.listeners.map((l) => l(...args)));
  }
}

function clone<T>(v: T): T {
  return v === undefined ? v : structuredClone(v);
}

export class FakeStorageArea {
  data = new Map<string, unknown>();
  /** Set to make `set` throw (e.g. a quota error) while the predicate says so. */
  failSet: ((items: Record<string, unknown>) => Error | null) | null = null;
  constructor(readonly name: string, private readonly changed: FakeEvent) {}
  get = async (keys?: string | string[] | null | Record<string, unknown>) => {
    const out: Record<string, unknown> = {};
    const wanted = keys == null ? [...this.data.keys()] : typeof keys === 'string' ? [keys] : Array.isArray(keys) ? keys : Object.keys(keys);
    for (const k of wanted) if (this.data.has(k)) out[k] = clone(this.data.get(k));
    return out;
  };
  set = async (items: Record<string, unknown>) => {
    const error = this.failSet?.(items);
    if (error) throw error;
    const changes: Record<string, { oldValue?: unknown; newValue?: unknown }> = {};
    for (const [k, v] of Object.entries(items)) {
      changes[k] = { oldValue: clone(this.data.get(k)), newValue: clone(v) };
      this.data.set(k, clone(v));
    }
    await this.changed.fire(changes, this.name);
  };
  remove = async (keys: string | string[]) => {
    const changes: Record<string, { oldValue?: unknown }> = {};
    for (const k of typeof keys === 'string' ? [keys] : keys) {
      if (!this.data.has(k)) continue;
      changes[k] = { oldValue: this.data.get(k) };
      this.data.delete(k);
    }
    if (Object.keys(changes).length) await this.changed.fire(changes, this.name);
  };
  clear = async () => this.remove([...this.data.keys()]);
}

/** What a page's content world answers; the test decides per tab. */
export interface FakePage {
  /** Whether the extractor (content.js) is loaded in the page. */
  extractorLoaded: boolean;
  /** executeScript refuses with this error (e.g. no host permission). */
  injectionError?: string;
  /** The reply of content.extract (defaults to an article). */
  extractReply?: unknown;
  /** content.extract never answers (a hung page). */
  hang?: boolean;
}

export interface FakeTab {
  id: number;
  index: number;
  windowId: number;
  active: boolean;
  url?: string;
  status?: 'loading' | 'complete';
  page?: FakePage;
}

const ROOT = path.resolve(import.meta.dirname, '../../..');
const EN = JSON.parse(readFileSync(path.join(ROOT, 'public/_locales/en/messages.json'), 'utf8')) as Record<
  string,
  { message: string; placeholders?: Record<string, { content: string }> }
>;

/** chrome.i18n.getMessage over the English locale file (named placeholders → $1…). */
export function englishMessage(key: string, substitutions?: string | string[]): string {
  const entry = EN[key];
  if (!entry) return '';
  const subs = substitutions === undefined ? [] : Array.isArray(substitutions) ? substitutions : [substitutions];
  return entry.message.replace(/\$([A-Za-z0-9_@]+)\$/g, (_, name: string) => {
    const content = entry.placeholders?.[name.toLowerCase()]?.content ?? '';
    return content.replace(/\$(\d)/g, (_m, n: string) => subs[Number(n) - 1] ?? '');
  });
}

export const EXTENSION_ID = 'abcdefghijklmnopabcdefghijklmnop';
export const EXTENSION_BASE = `chrome-extension://${EXTENSION_ID}/`;

export function createFakeBrowser() {
  const storageChanged = new FakeEvent();
  const areas = {
    local: new FakeStorageArea('local', storageChanged),
    sync: new FakeStorageArea('sync', storageChanged),
    session: new FakeStorageArea('session', storageChanged),
  };
  const tabs = new Map<number, FakeTab>();
  let nextTabId = 100;
  const badges = new Map<number, { text?: string; color?: string; textColor?: string; title?: string }>();
  const granted = new Set<string>();
  const registered = new Map<string, Record<string, unknown>>();
  const calls = {
    executeScript: [] as number[],
    sendMessage: [] as { tabId: number; type: string }[],
    created: [] as { url: string; index?: number; openerTabId?: number; active?: boolean }[],
    /** runtime.sendMessage from the background: broadcasts to pages and requests to the offscreen document. */
    runtimeMessages: [] as { type?: string; target?: string; payload?: any }[],
    windows: [] as { url: string; type?: string; width?: number; height?: number }[],
    permissionRequests: [] as string[][],
    offscreen: { created: 0, closed: 0 },
  };
  const flags = {
    fileAccess: false,
    openPopup: 'ok' as 'ok' | 'fail',
    popupOpened: 0,
    /**
     * permissions.request: 'grant' (the user allows), 'refuse' (the user declines) or 'no-gesture'
     * (Chrome's service worker: "This function must be called during a user gesture").
     */
    permissionRequest: 'grant' as 'grant' | 'refuse' | 'no-gesture',
  };
  /** What another extension context answers to runtime.sendMessage (e.g. the offscreen document); undefined = nobody listens. */
  let runtimeResponder: ((message: any) => unknown) | null = null;
  let offscreenOpen = false;
  const menus = new Map<string, Record<string, unknown>>();
  const HOST_PERMISSIONS = ['*://*.woshipm.com/*', '*://image.yunyingpai.com/*', 'https://cors.zfour.workers.dev/*'];

  const isGranted = (pattern: string) => {
    if (granted.has(pattern) || HOST_PERMISSIONS.includes(pattern)) return true;
    if (granted.has('<all_urls>') && /^(https?|\*):\/\//.test(pattern)) return true;
    const host = /^[a-z*]+:\/\/([^/]+)\//.exec(pattern)?.[1] ?? '';
    return /(^|\.)woshipm\.com$/.test(host) || host === 'image.yunyingpai.com' || (host === 'cors.zfour.workers.dev' && pattern.startsWith('https:'));
  };
  const badge = (tabId: number) => badges.get(tabId) ?? (badges.set(tabId, {}), badges.get(tabId)!);
  const publicTab = (t: FakeTab) => ({ id: t.id, index: t.index, windowId: t.windowId, active: t.active, url: t.url, status: t.status });

  const fake = {
    runtime: {
      id: EXTENSION_ID,
      getURL: (p: string) => EXTENSION_BASE + p.replace(/^\//, ''),
      getManifest: () => ({ version: '1.2.3', host_permissions: HOST_PERMISSIONS }),
      sendMessage: async (message?: any): Promise<unknown> => {
        calls.runtimeMessages.push(clone(message));
        if (!runtimeResponder) throw new Error('Could not establish connection. Receiving end does not exist.');
        return clone(await runtimeResponder(clone(message)));
      },
      getPlatformInfo: async () => ({ os: 'linux', arch: 'x86-64' }),
      getContexts: async ({ contextTypes }: { contextTypes: string[] }) =>
        contextTypes.includes('OFFSCREEN_DOCUMENT') && offscreenOpen ? [{ contextType: 'OFFSCREEN_DOCUMENT' }] : [],
      openOptionsPage: async () => undefined,
      onMessage: new FakeEvent(),
      onInstalled: new FakeEvent(),
      onStartup: new FakeEvent(),
    },
    storage: { ...areas, onChanged: storageChanged },
    i18n: { getMessage: englishMessage, getUILanguage: () => 'en' },
    extension: { isAllowedFileSchemeAccess: async () => flags.fileAccess },
    tabs: {
      get: async (id: number) => {
        const t = tabs.get(id);
        if (!t) throw new Error(`No tab with id: ${id}.`);
        return publicTab(t);
      },
      query: async (q: { active?: boolean; url?: string }) =>
        [...tabs.values()].filter((t) => (!q.active || t.active) && (!q.url || (t.url ?? '').startsWith(q.url.replace(/\*$/, '')))).map(publicTab),
      create: async (props: { url: string; index?: number; openerTabId?: number; active?: boolean; windowId?: number }) => {
        calls.created.push(props);
        const t: FakeTab = { id: nextTabId++, index: props.index ?? tabs.size, windowId: props.windowId ?? 1, active: props.active ?? true, url: props.url, status: 'complete' };
        tabs.set(t.id, t);
        return publicTab(t);
      },
      sendMessage: async (tabId: number, message: { type: string; payload: unknown }) => {
        calls.sendMessage.push({ tabId, type: message.type });
        const page = tabs.get(tabId)?.page;
        if (!page?.extractorLoaded) throw new Error('Could not establish connection. Receiving end does not exist.');
        if (message.type === 'content.ping') return { ready: true, version: '1.2.3' };
        if (message.type === 'content.extract') {
          if (page.hang) return new Promise(() => {});
          return clone(page.extractReply);
        }
        return undefined;
      },
      onUpdated: new FakeEvent(),
      onRemoved: new FakeEvent(),
    },
    scripting: {
      executeScript: async ({ target, files }: { target: { tabId: number }; files: string[] }) => {
        calls.executeScript.push(target.tabId);
        const tab = tabs.get(target.tabId);
        if (!tab) throw new Error(`No tab with id: ${target.tabId}`);
        if (tab.page?.injectionError) throw new Error(tab.page.injectionError);
        if (!files.includes('content.js')) throw new Error('unexpected file');
        tab.page = { ...(tab.page ?? {}), extractorLoaded: true };
        return [{ frameId: 0, result: undefined }];
      },
      registerContentScripts: async (scripts: { id: string }[]) => {
        for (const s of scripts) {
          if (registered.has(s.id)) throw new Error(`Duplicate script ID '${s.id}'`);
          registered.set(s.id, structuredClone(s));
        }
      },
      getRegisteredContentScripts: async (filter?: { ids?: string[] }) =>
        [...registered.values()].filter((s) => !filter?.ids || filter.ids.includes(s.id as string)),
      unregisterContentScripts: async (filter?: { ids?: string[] }) => {
        for (const id of filter?.ids ?? [...registered.keys()]) {
          if (!registered.delete(id)) throw new Error(`Nonexistent script ID '${id}'`);
        }
      },
    },
    action: {
      setBadgeText: async ({ tabId, text }: { tabId: number; text: string }) => void (badge(tabId).text = text),
      setBadgeBackgroundColor: async ({ tabId, color }: { tabId: number; color: string }) => void (badge(tabId).color = color),
      setBadgeTextColor: async ({ tabId, color }: { tabId: number; color: string }) => void (badge(tabId).textColor = color),
      setTitle: async ({ tabId, title }: { tabId: number; title: string }) => void (badge(tabId).title = title),
      openPopup: async () => {
        if (flags.openPopup === 'fail') throw new Error('openPopup is not available');
        flags.popupOpened++;
      },
    },
    permissions: {
      // Like the browser: required hosts count, <all_urls> covers every http(s) pattern.
      contains: async ({ origins = [] }: { origins?: string[] }) => origins.every((o) => isGranted(o)),
      getAll: async () => ({ origins: [...HOST_PERMISSIONS, ...granted], permissions: [] }),
      request: ({ origins = [] }: { origins?: string[] }) => {
        calls.permissionRequests.push([...origins]);
        if (flags.permissionRequest === 'no-gesture') return Promise.reject(new Error('This function must be called during a user gesture'));
        if (origins.every((o) => isGranted(o))) return Promise.resolve(true);
        if (flags.permissionRequest === 'refuse') return Promise.resolve(false);
        origins.forEach((o) => granted.add(o));
        return Promise.resolve(true);
      },
      onAdded: new FakeEvent(),
      onRemoved: new FakeEvent(),
    },
    contextMenus: {
      create: (props: { id: string } & Record<string, unknown>, callback?: () => void) => {
        if (menus.has(props.id)) throw new Error(`Cannot create item with duplicate id ${props.id}`);
        menus.set(props.id, structuredClone(props));
        callback?.();
        return props.id;
      },
      update: async (id: string, props: Record<string, unknown>) => {
        if (!menus.has(id)) throw new Error(`Cannot find menu item with id ${id}`);
        Object.assign(menus.get(id)!, props);
      },
      removeAll: async () => menus.clear(),
      onClicked: new FakeEvent(),
    },
    windows: {
      create: async (props: { url: string; type?: string; width?: number; height?: number }) => {
        calls.windows.push(props);
        return { id: 1 };
      },
    },
    offscreen: {
      createDocument: async ({ url, reasons }: { url: string; reasons: string[] }) => {
        if (offscreenOpen) throw new Error('Only a single offscreen document may be created.');
        if (url !== 'offscreen.html' || !reasons.includes('DOM_PARSER')) throw new Error('unexpected offscreen document');
        offscreenOpen = true;
        calls.offscreen.created++;
      },
      closeDocument: async () => {
        if (!offscreenOpen) throw new Error('No current offscreen document.');
        offscreenOpen = false;
        calls.offscreen.closed++;
      },
    },
    commands: {
      onCommand: new FakeEvent(),
      getAll: async () => [],
    },
  };

  return {
    browser: fake as unknown as Browser,
    raw: fake,
    areas,
    tabs,
    badges,
    granted,
    registered,
    calls,
    flags,
    /** Add a tab; the first one added is active unless told otherwise. */
    addTab(tab: Partial<FakeTab> & { url?: string }): FakeTab {
      const t: FakeTab = { id: nextTabId++, index: tabs.size, windowId: 1, active: tabs.size === 0, status: 'complete', ...tab };
      tabs.set(t.id, t);
      return t;
    },
    badgeOf: (tabId: number) => badges.get(tabId) ?? {},
    menus,
    /** Install what other extension contexts answer to runtime.sendMessage (null: nobody listens). */
    respondToRuntimeMessages(responder: ((message: any) => unknown) | null) {
      runtimeResponder = responder;
    },
    offscreenIsOpen: () => offscreenOpen,
  };
}

export type FakeBrowser = ReturnType<typeof createFakeBrowser>;

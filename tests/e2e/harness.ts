// Reusable end-to-end harness: Debian Chromium + playwright-core with the unpacked extension
// (recipe: /work/shared/browser-testing.md §3). Exposes the worker, the extension id, a browser
// CDP session and helpers for the toolbar click, the real popup, tab ids, storage and badges.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type CDPSession, type Page, type Worker } from 'playwright-core';

/** The extension API inside functions evaluated in the worker or extension pages (module-scoped, not a global type). */
declare const chrome: any;

export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
/** The built extension; QINGYUE_CHROME_DIR points elsewhere (e.g. a scratch build). */
export const EXT_DIR = path.resolve(process.env.QINGYUE_CHROME_DIR || path.join(import.meta.dirname, '../../dist/chrome'));

export interface Harness {
  ctx: BrowserContext;
  extId: string;
  cdp: CDPSession;
  /** chrome-extension://<id>/<path> */
  url(p: string): string;
  /** The current worker (Chrome may restart it; never keep the first handle). */
  worker(): Worker;
  close(): Promise<void>;
}

export interface LaunchOptions {
  /** Host names to serve from a local port, e.g. { 'www.woshipm.com': 8080 } (all ports of the host). */
  hostMap?: Record<string, number>;
  /** More --host-resolver-rules entries, e.g. 'MAP image.woshipm.com:443 127.0.0.1:8443' (one port of a host). */
  resolverRules?: string[];
  /** Accept the self-signed certificate of local https servers standing in for real hosts. */
  ignoreCertificateErrors?: boolean;
  /** More Chromium switches, e.g. --window-size (the real popup gets at most what the window leaves it). */
  args?: string[];
}

export async function launchWithExtension(extDir = EXT_DIR, options: LaunchOptions = {}): Promise<Harness> {
  const userDataDir = mkdtempSync(path.join(tmpdir(), 'qingyue-e2e-'));
  // Port-specific rules first: Chromium applies the first rule that matches.
  const rules = [...(options.resolverRules ?? []), ...Object.entries(options.hostMap ?? {}).map(([host, port]) => `MAP ${host} 127.0.0.1:${port}`)];
  const ctx = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    locale: 'en-US',
    args: [
      `--disable-extensions-except=${extDir}`,
      `--load-extension=${extDir}`,
      '--enable-unsafe-extension-debugging',
      '--disable-gpu', '--disable-background-networking', '--disable-component-update',
      '--no-first-run', '--disable-sync', '--disable-quic',
      // Mapped hosts are served over plain http; do not try https first.
      '--disable-features=HttpsUpgrades,HttpsFirstBalancedModeAutoEnable',
      ...(rules.length ? [`--host-resolver-rules=${rules.join(', ')}`] : []),
      ...(options.ignoreCertificateErrors ? ['--ignore-certificate-errors'] : []),
      ...(options.args ?? []),
    ],
  });
  const sw = ctx.serviceWorkers()[0] ?? (await ctx.waitForEvent('serviceworker'));
  const extId = new URL(sw.url()).host;
  const cdp = await ctx.browser()!.newBrowserCDPSession();
  return {
    ctx,
    extId,
    cdp,
    url: (p) => `chrome-extension://${extId}/${p}`,
    worker: () => ctx.serviceWorkers().find((w) => w.url().startsWith(`chrome-extension://${extId}/`)) ?? sw,
    async close() {
      await ctx.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/** Tab id of a Playwright page as chrome.tabs sees it (brings the page to the front). */
export async function tabIdOf(h: Harness, page: Page): Promise<number> {
  await page.bringToFront();
  return h.worker().evaluate(async () => (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]!.id!);
}

/** Badge text of a tab (what the user sees on the toolbar button). */
export const badgeText = (h: Harness, tabId: number) => h.worker().evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
export const actionTitle = (h: Harness, tabId: number) => h.worker().evaluate((id) => chrome.action.getTitle({ tabId: id }), tabId);

export const storageGet = (h: Harness, area: 'local' | 'sync' | 'session' = 'local', keys: string | string[] | null = null) =>
  h.worker().evaluate(({ area, keys }) => chrome.storage[area].get(keys), { area, keys });

/**
 * An extension page in an ordinary tab, for sending messages the way the popup does. Any page of
 * ours works (they share the origin); options.html is the cheapest.
 */
export async function openExtensionPage(h: Harness, file = 'options.html'): Promise<Page> {
  const page = await h.ctx.newPage();
  await page.goto(h.url(file));
  return page;
}

/** Send a background request from an extension page and return the envelope. */
export function sendFromPage<T = unknown>(page: Page, type: string, payload: unknown): Promise<T> {
  return page.evaluate(({ type, payload }) => chrome.runtime.sendMessage({ type, payload }), { type, payload }) as Promise<T>;
}

/** Real toolbar click on `page`'s tab (CDP Extensions.triggerAction): opens the real popup and grants activeTab. */
export async function clickToolbarAction(h: Harness, page: Page): Promise<RawPage> {
  // The tab target's URL follows the page's a moment later (a page still loading, seen at
  // 'commit', may not have it yet on a slow machine), so wait for it rather than look once.
  const tab = await waitUntil(
    async () => {
      const { targetInfos } = (await h.cdp.send('Target.getTargets', { filter: [{ type: 'tab' }] } as never)) as { targetInfos: { targetId: string; url: string }[] };
      return targetInfos.find((t) => t.url === page.url());
    },
    5000,
    `a tab target for ${page.url()}`,
  );
  await h.cdp.send('Extensions.triggerAction' as never, { id: h.extId, targetId: tab.targetId } as never);
  return waitForPopup(h);
}

/** The real popup once it is open (opened by a toolbar click, or by the extension: action.openPopup). */
export async function waitForPopup(h: Harness, timeout = 5000): Promise<RawPage> {
  const target = await waitUntil(async () => (await popupTargets(h))[0], timeout, 'the popup to open');
  return attachRaw(h.cdp, target.targetId);
}

/**
 * Open real popups, as CDP targets (Playwright never reports them as Pages). The real popup is
 * popup.html itself (a contents link may add a #hash); popup.html?tabId=N in a tab is not one.
 */
export async function popupTargets(h: Harness): Promise<{ targetId: string; url: string }[]> {
  const { targetInfos } = (await h.cdp.send('Target.getTargets')) as { targetInfos: { targetId: string; url: string; type: string }[] };
  const popup = h.url('popup.html');
  return targetInfos.filter((t) => t.type === 'page' && (t.url === popup || t.url.startsWith(`${popup}#`)));
}

/** A target Playwright does not expose as a Page (the real popup), driven over raw CDP. */
export interface RawPage {
  evaluate<T>(fn: ((arg: any) => T | Promise<T>) | string, arg?: unknown): Promise<T>;
  waitFor<T>(fn: ((arg: any) => T | Promise<T>) | string, arg?: unknown, timeout?: number): Promise<T>;
  screenshot(file: string): Promise<void>;
  /** A real (trusted) left click at the centre of the first element matching `selector` (CDP Input). */
  click(selector: string): Promise<void>;
  /** A real key press (CDP Input), e.g. 'Tab', 'Shift+Tab', 'Enter', 'Escape', 't'. */
  press(key: string): Promise<void>;
  /** Any other CDP command on the target. */
  send(method: string, params?: Record<string, unknown>): Promise<any>;
}

/** What CDP Input.dispatchKeyEvent needs for the keys tests press (as Playwright's US layout has them); letters type their text. */
const KEYS: Record<string, { code: string; keyCode: number; text?: string }> = {
  Tab: { code: 'Tab', keyCode: 9 },
  Enter: { code: 'Enter', keyCode: 13, text: '\r' },
  Escape: { code: 'Escape', keyCode: 27 },
  ' ': { code: 'Space', keyCode: 32, text: ' ' },
};
const MODIFIERS: Record<string, number> = { Alt: 1, Control: 2, Meta: 4, Shift: 8 };

export async function attachRaw(cdp: CDPSession, targetId: string): Promise<RawPage> {
  const { sessionId } = (await cdp.send('Target.attachToTarget', { targetId, flatten: false })) as { sessionId: string };
  let seq = 0;
  const pending = new Map<number, (m: { error?: { message: string }; result?: any }) => void>();
  cdp.on('Target.receivedMessageFromTarget', (e: { sessionId: string; message: string }) => {
    if (e.sessionId !== sessionId) return;
    const m = JSON.parse(e.message);
    pending.get(m.id)?.(m);
    pending.delete(m.id);
  });
  const send = (method: string, params: Record<string, unknown> = {}) =>
    new Promise<any>((resolve, reject) => {
      const id = ++seq;
      pending.set(id, (m) => (m.error ? reject(new Error(m.error.message)) : resolve(m.result)));
      cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method, params }) } as never).catch(reject);
    });
  const raw: RawPage = {
    async evaluate(fn, arg) {
      const expression = typeof fn === 'function' ? `(${fn})(${JSON.stringify(arg)})` : fn;
      const r = await send('Runtime.evaluate', { expression, awaitPromise: true, returnByValue: true });
      if (r.exceptionDetails) throw new Error(r.exceptionDetails.exception?.description || r.exceptionDetails.text);
      return r.result.value;
    },
    async waitFor(fn, arg, timeout = 5000) {
      const end = Date.now() + timeout;
      for (;;) {
        const v = await raw.evaluate(fn, arg).catch(() => undefined);
        if (v) return v as never;
        if (Date.now() > end) throw new Error(`waitFor timed out: ${fn}`);
        await delay(50);
      }
    },
    async screenshot(file) {
      const { data } = await send('Page.captureScreenshot', { format: 'png' });
      writeFileSync(file, Buffer.from(data, 'base64'));
    },
    async click(selector) {
      const box = await raw.evaluate<{ x: number; y: number } | null>(
        `(() => { const el = document.querySelector(${JSON.stringify(selector)}); if (!el) return null; el.scrollIntoView({ block: 'nearest' }); const r = el.getBoundingClientRect(); return { x: r.left + r.width / 2, y: r.top + r.height / 2 }; })()`,
      );
      if (!box) throw new Error(`click: nothing matches ${selector}`);
      for (const type of ['mouseMoved', 'mousePressed', 'mouseReleased']) {
        await send('Input.dispatchMouseEvent', { type, x: box.x, y: box.y, button: type === 'mouseMoved' ? 'none' : 'left', clickCount: type === 'mouseMoved' ? 0 : 1 });
      }
    },
    async press(combo) {
      const parts = combo.split('+');
      const key = parts.pop()!;
      const modifiers = parts.reduce((bits, name) => bits | (MODIFIERS[name] ?? 0), 0);
      const known = KEYS[key];
      const text = known ? known.text : key;
      const code = known?.code ?? (/^[a-z]$/i.test(key) ? `Key${key.toUpperCase()}` : '');
      const keyCode = known?.keyCode ?? key.toUpperCase().charCodeAt(0);
      await send('Input.dispatchKeyEvent', { type: text && !modifiers ? 'keyDown' : 'rawKeyDown', key, code, windowsVirtualKeyCode: keyCode, modifiers, ...(text && !modifiers ? { text } : {}) });
      await send('Input.dispatchKeyEvent', { type: 'keyUp', key, code, windowsVirtualKeyCode: keyCode, modifiers });
    },
    send,
  };
  return raw;
}

/** The worker's answer for a context-menu click: runs the extension's own onClicked listeners (headless cannot open native menus). */
export async function clickContextMenu(h: Harness, info: Record<string, unknown>, tabId: number): Promise<void> {
  await h.worker().evaluate(
    async ({ info, tabId }) => chrome.contextMenus.onClicked.dispatch(info, await chrome.tabs.get(tabId)),
    { info, tabId },
  );
}

export async function waitUntil<T>(fn: () => Promise<T> | T, timeout = 5000, what = 'condition'): Promise<NonNullable<T>> {
  const end = Date.now() + timeout;
  for (;;) {
    const v = await fn();
    if (v) return v as NonNullable<T>;
    if (Date.now() > end) throw new Error(`waitUntil timed out: ${what}`);
    await delay(50);
  }
}

export const delay = (ms: number) => new Promise((r) => setTimeout(r, ms));

// Firefox ESR driven over WebDriver BiDi by puppeteer-core, with the unpacked extension installed as
// a temporary add-on (recipe: /work/shared/browser-testing.md §5). Playwright cannot drive Debian's
// Firefox (it needs its own patched build) and there is no geckodriver here.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';

export const FIREFOX = process.env.FIREFOX_PATH || '/usr/bin/firefox-esr';
/** The built extension; QINGYUE_FIREFOX_DIR points elsewhere (e.g. a scratch build). */
export const EXT_DIR = path.resolve(process.env.QINGYUE_FIREFOX_DIR || path.join(import.meta.dirname, '../../dist/firefox'));
/** A fixed moz-extension:// origin, so tests can build extension URLs. */
const UUID = '6f3c1a52-8d7e-4b1f-9a0c-2e5d7b9c4a10';

export interface FirefoxHarness {
  browser: Browser;
  /** The add-on's id (browser_specific_settings.gecko.id). */
  id: string;
  /** moz-extension://<uuid> */
  base: string;
  url(file: string): string;
  /**
   * Open an extension page. Puppeteer never sees moz-extension pages finish loading over BiDi, so
   * navigation is started without waiting and the page's own location and readyState are polled.
   */
  openExtPage(file: string, page?: Page): Promise<Page>;
  /**
   * A real toolbar click on `page`'s tab: opens the real popup and grants activeTab. Firefox
   * internals (browserActionFor(…).triggerAction in the chrome scope, over puppeteer's own BiDi
   * connection; needs --remote-allow-system-access), checked on 153 ESR: re-check on a new ESR.
   * Drive the popup from an extension page with browser.extension.getViews({ type: 'popup' }).
   */
  clickToolbarAction(page: Page): Promise<void>;
  close(): Promise<void>;
}

export interface FirefoxLaunchOptions {
  /** More Firefox preferences (e.g. a proxy that stands in for real hosts). */
  prefs?: Record<string, unknown>;
  /** Accept the self-signed certificate of local https servers standing in for real hosts. */
  acceptInsecureCerts?: boolean;
}

export async function launchFirefoxWithExtension(extDir = EXT_DIR, options: FirefoxLaunchOptions = {}): Promise<FirefoxHarness> {
  const manifest = JSON.parse(readFileSync(path.join(extDir, 'manifest.json'), 'utf8')) as { browser_specific_settings: { gecko: { id: string } } };
  const geckoId = manifest.browser_specific_settings.gecko.id;
  const userDataDir = mkdtempSync(path.join(tmpdir(), 'qingyue-ff-e2e-'));
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    userDataDir,
    args: ['--remote-allow-system-access'], // lets BiDi navigate tabs to moz-extension:// pages
    acceptInsecureCerts: options.acceptInsecureCerts ?? false,
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [geckoId]: UUID }),
      'intl.locale.requested': 'en-US',
      ...options.prefs,
    },
  });
  const id = await browser.installExtension(extDir);
  const base = `moz-extension://${UUID}`;
  const url = (file: string) => `${base}/${file}`;
  return {
    browser,
    id,
    base,
    url,
    async openExtPage(file, page) {
      const tab = page ?? (await browser.newPage());
      const target = url(file);
      tab.goto(target, { timeout: 0 }).catch(() => undefined);
      await tab.waitForFunction((u: string) => location.href === u && document.readyState === 'complete', { timeout: 15_000, polling: 50 }, target);
      return tab;
    },
    async clickToolbarAction(page) {
      await page.bringToFront();
      const connection = (browser as unknown as { connection: { send(method: string, params: object): Promise<{ result: any }> } }).connection;
      const { result } = await connection.send('browsingContext.getTree', { 'moz:scope': 'chrome', maxDepth: 0 });
      const window = (result.contexts as { url: string; context: string }[]).find((c) => c.url === 'chrome://browser/content/browser.xhtml');
      if (!window) throw new Error('no browser window in the chrome scope');
      const expression = `(() => {
        const { ExtensionParent } = ChromeUtils.importESModule('resource://gre/modules/ExtensionParent.sys.mjs');
        const extension = WebExtensionPolicy.getByID(${JSON.stringify(id)}).extension;
        ExtensionParent.apiManager.global.browserActionFor(extension).triggerAction(window);
      })()`;
      const { result: evaluated } = await connection.send('script.evaluate', { expression, target: { context: window.context }, awaitPromise: true });
      if (evaluated?.type === 'exception') throw new Error(`toolbar click failed: ${JSON.stringify(evaluated.exceptionDetails?.text ?? evaluated)}`);
    },
    async close() {
      await browser.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

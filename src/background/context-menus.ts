// The two context-menu items of issue #4 (ids fixed: tests and users' muscle memory rely on them):
//   qingyue-save-page  on a page, a selection or an image: save the page like the popup does (the
//                      click grants activeTab for the tab, so any site can be read);
//   qingyue-save-link  on a link: download the linked page without opening it and save it.
//
// Saving a link needs access to the link's site. Where the manifest does not already grant it,
// permissions.request is called first thing in the click listener, before any await: Firefox
// treats a menu click as a user action only until the listener yields. Chrome may refuse the
// request from the service worker ("must be called during a user gesture"); then a small window
// (save-link.html) explains which site needs access and asks with its own button.
import type { Menus, Tabs } from 'webextension-polyfill';
import { getBrowser } from '../shared/browser';
import { MENU_SAVE_LINK, MENU_SAVE_PAGE, SAVE_LINK_PAGE } from '../shared/constants';
import { isCovered, originPattern, siteName } from '../shared/origins';
import { isHttpUrl } from '../shared/validate';
import { errorMessage } from './errors';
import { getMessage } from './i18n';
import { createJob, finishJob } from './save/jobs';
import { mayFetch, startSave } from './save/run-save';

const WEB_PAGES = ['http://*/*', 'https://*/*'];

/** (Re)create the items: runtime.onInstalled (install, update, browser update). removeAll first so a second run cannot fail on duplicate ids. */
export async function createContextMenus(): Promise<void> {
  const { contextMenus } = getBrowser();
  await contextMenus.removeAll();
  await new Promise<void>((resolve) => {
    contextMenus.create(
      { id: MENU_SAVE_PAGE, title: getMessage('menuSavePage'), contexts: ['page', 'selection', 'image'], documentUrlPatterns: WEB_PAGES },
      () => resolve(),
    );
  });
  await new Promise<void>((resolve) => {
    contextMenus.create({ id: MENU_SAVE_LINK, title: getMessage('menuSaveLink'), contexts: ['link'], targetUrlPatterns: WEB_PAGES }, () => resolve());
  });
}

const log = (message: string) => console.warn(`[qingyue] ${message}`);

/**
 * contextMenus.onClicked, registered synchronously at top level. Returns the work it started (for
 * tests); the listener itself must not be async before permissions.request.
 */
export function onMenuClicked(info: Menus.OnClickData, tab?: Tabs.Tab): Promise<unknown> {
  const tabId = tab?.id !== undefined && tab.id >= 0 ? tab.id : undefined;
  if (info.menuItemId === MENU_SAVE_PAGE) {
    return startSave({ kind: 'page', ...(tabId !== undefined ? { tabId } : {}) }).catch((error) => log(`save page: ${errorMessage(error)}`));
  }
  if (info.menuItemId === MENU_SAVE_LINK) return saveLink(info.linkUrl, tabId);
  return Promise.resolve();
}

function saveLink(linkUrl: string | undefined, tabId: number | undefined): Promise<unknown> {
  const url = linkUrl ?? '';
  const pattern = isHttpUrl(url) ? originPattern(url) : null;
  if (!pattern) return reportRefusal(url, tabId, 'NOT_HTML');
  const save = () => startSave({ kind: 'link', url, ...(tabId !== undefined ? { tabId } : {}) });
  if (isCovered(url, manifestHosts())) return save().catch((error) => log(`save link: ${errorMessage(error)}`));

  let asked: Promise<boolean>;
  try {
    asked = getBrowser().permissions.request({ origins: [pattern] });
  } catch (error) {
    asked = Promise.reject(error);
  }
  return asked
    .then<unknown, unknown>(
      (granted) => (granted ? save() : reportRefusal(url, tabId, 'NO_PERMISSION')),
      // Chrome: not a user gesture here. Already allowed (earlier, or <all_urls>)? Then just save.
      async () => ((await mayFetch(url)) ? save() : askInWindow(url, tabId)),
    )
    .catch((error) => log(`save link: ${errorMessage(error)}`));
}

/** Host patterns the manifest grants at install (no need to ask for those). */
function manifestHosts(): string[] {
  return getBrowser().runtime.getManifest().host_permissions ?? [];
}

/** Record the refusal as a finished job: the badge shows `!`, the popup shows why. */
async function reportRefusal(url: string, tabId: number | undefined, code: 'NO_PERMISSION' | 'NOT_HTML'): Promise<void> {
  const job = await createJob({ kind: 'link', tabId: tabId ?? null, url });
  await finishJob(
    job.id,
    code === 'NO_PERMISSION'
      ? { status: 'failed', code, message: `Access to ${siteName(url)} was not granted; nothing was saved.`, origin: siteName(url) }
      : { status: 'failed', code, message: 'Only web links (http and https) can be saved.' },
  );
}

/** A small window that names the site and asks for access with a real click; it then starts the save. */
async function askInWindow(url: string, tabId: number | undefined): Promise<void> {
  const { runtime, windows, tabs } = getBrowser();
  const query = new URLSearchParams({ url });
  if (tabId !== undefined) query.set('tabId', String(tabId));
  const page = runtime.getURL(`${SAVE_LINK_PAGE}?${query}`);
  try {
    await windows.create({ url: page, type: 'popup', width: 460, height: 320, focused: true });
  } catch {
    await tabs.create({ url: page }); // browsers without popup windows (Firefox for Android)
  }
}

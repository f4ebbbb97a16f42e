// Background entry: Chrome runs it as the service worker, Firefox as an event page. Every listener
// is registered synchronously on the first turn, so an event that wakes a stopped worker finds its
// listener (design.md, practice 3). State that must survive the worker stopping lives in
// storage.session (badges, reader articles), never only in module variables.
import type { Runtime } from 'webextension-polyfill';
import { getBrowser } from '../shared/browser';
import { OPTIONS_STORAGE_KEY } from '../storage/options';
import { onTabRemoved, onTabUpdated } from './badge';
import { onCommand } from './commands';
import { createContextMenus, onMenuClicked } from './context-menus';
import { onPermissionsRemoved, syncDetectEverywhere } from './detect-everywhere';
import { errorMessage } from './errors';
import { handlers } from './handlers';
import { cleanupReaderArticles } from './reader-store';
import { PAYLOAD_VALIDATORS } from './request-validators';
import { createRouter } from './router';
import { retryUnblockedImages } from './save/access-granted';
import { resumeInterruptedSaves } from './save/resume';

const browser = getBrowser();
const log = (message: string) => console.warn(`[qingyue] ${message}`);
/** Listeners return promises; a failure is logged, never left as an unhandled rejection. */
const guarded = (what: string, task: Promise<unknown>) => void task.catch((error) => log(`${what}: ${errorMessage(error)}`));

const route = createRouter(handlers, PAYLOAD_VALIDATORS, {
  extensionId: browser.runtime.id,
  extensionBase: browser.runtime.getURL(''),
  log,
});

// Returning undefined (not our message) lets another extension context answer; a promise answers.
const onMessage = (message: unknown, sender: Runtime.MessageSender) => route(message, sender) as Promise<unknown>;
browser.runtime.onMessage.addListener(onMessage);

browser.runtime.onInstalled.addListener(() => {
  guarded('detector registration', syncDetectEverywhere());
  guarded('reader cleanup', cleanupReaderArticles());
  guarded('context menus', createContextMenus());
});
browser.runtime.onStartup.addListener(() => {
  guarded('detector registration', syncDetectEverywhere());
  guarded('reader cleanup', cleanupReaderArticles());
});

browser.commands.onCommand.addListener((command, tab) => guarded(`command ${command}`, onCommand(command, tab)));
// Not async up to permissions.request inside: Firefox counts the click as a user action only until it yields.
browser.contextMenus.onClicked.addListener((info, tab) => guarded(`menu ${String(info.menuItemId)}`, onMenuClicked(info, tab)));

const onUpdated = (tabId: number, change: Parameters<typeof onTabUpdated>[1], tab: Parameters<typeof onTabUpdated>[2]) =>
  guarded('badge update', onTabUpdated(tabId, change, tab));
if (__BROWSER__ === 'firefox') {
  // Firefox can filter the event, so title and favicon changes do not wake the event page.
  browser.tabs.onUpdated.addListener(onUpdated, { properties: ['status', 'url'] });
} else {
  browser.tabs.onUpdated.addListener(onUpdated);
}
browser.tabs.onRemoved.addListener((tabId) => guarded('badge cleanup', onTabRemoved(tabId)));

browser.storage.onChanged.addListener((changes, area) => {
  if (area === 'sync' && OPTIONS_STORAGE_KEY in changes) guarded('detector registration', syncDetectEverywhere());
});
browser.permissions.onAdded.addListener((added) => {
  guarded('detector registration', syncDetectEverywhere());
  guarded('retry images', retryUnblockedImages(added));
});
browser.permissions.onRemoved.addListener(() => guarded('detector registration', onPermissionsRemoved()));

// A save the previous background instance left unfinished (the worker was stopped, the browser
// closed) is resumed or reported now, whatever event woke this instance.
guarded('resume saves', resumeInterruptedSaves());

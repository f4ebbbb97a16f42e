// The toolbar badge, per tab: `读` where the detector found an article, `!` where the
// open-in-a-tab command failed (the title says why). Which tabs carry a badge is kept in
// storage.session (the worker may stop between the badge being set and the tab navigating), so
// navigation and closing clear it even after a worker restart.
import type { Tabs } from 'webextension-polyfill';
import { getBrowser } from '../shared/browser';
import { BADGE_COLOR_DETECTED, BADGE_COLOR_FAILED, BADGE_TEXT_COLOR } from '../shared/constants';
import { getMessage } from './i18n';

const KEY = (tabId: number) => `badge:${tabId}`;

interface BadgeRecord {
  kind: 'detected' | 'failed';
  /** Page URL the badge belongs to (when the tab's URL is visible to us), '' otherwise. */
  url: string;
  /** Set once the reader was opened automatically for this page load (options.autoOpen). */
  autoOpened?: boolean;
}

/** What the badge of a tab says outside a save in progress (the save badge restores it afterwards). */
export async function readBadgeRecord(tabId: number): Promise<Pick<BadgeRecord, 'kind' | 'url'> | undefined> {
  return readRecord(tabId);
}

async function readRecord(tabId: number): Promise<BadgeRecord | undefined> {
  return (await session().get(KEY(tabId)))[KEY(tabId)] as BadgeRecord | undefined;
}

function session() {
  return getBrowser().storage.session;
}

export async function paint(tabId: number, text: string, color: string, title: string): Promise<void> {
  const { action } = getBrowser();
  await Promise.all([
    action.setBadgeText({ tabId, text }),
    action.setBadgeBackgroundColor({ tabId, color }),
    // Chrome 110+ and Firefox: keep the glyph white on both badge colours.
    typeof action.setBadgeTextColor === 'function' ? action.setBadgeTextColor({ tabId, color: BADGE_TEXT_COLOR }) : undefined,
    action.setTitle({ tabId, title }),
  ]);
}

export async function showDetectedBadge(tabId: number, url: string): Promise<void> {
  await paint(tabId, getMessage('badgeDetected'), BADGE_COLOR_DETECTED, getMessage('actionTitleDetected'));
  const previous = await readRecord(tabId);
  const autoOpened = previous?.url === url && previous.autoOpened === true;
  await session().set({ [KEY(tabId)]: { kind: 'detected', url, autoOpened } satisfies BadgeRecord });
}

/**
 * Auto-open fires once per page load: true the first time it is claimed for the tab's current
 * page, false afterwards (until the tab navigates, which drops the record).
 */
export async function claimAutoOpen(tabId: number, url: string): Promise<boolean> {
  const record = await readRecord(tabId);
  if (record?.autoOpened && record.url === url) return false;
  await session().set({ [KEY(tabId)]: { kind: record?.kind ?? 'detected', url, autoOpened: true } satisfies BadgeRecord });
  return true;
}

/** `!` with the reason as the tooltip, until the tab navigates. `color` defaults to the failure red. */
export async function showFailureBadge(tabId: number, url: string, reason: string, color: string = BADGE_COLOR_FAILED): Promise<void> {
  await paint(tabId, getMessage('badgeFailed'), color, getMessage('actionTitleFailed', reason));
  await session().set({ [KEY(tabId)]: { kind: 'failed', url } satisfies BadgeRecord });
}

export async function clearBadge(tabId: number): Promise<void> {
  const { action } = getBrowser();
  await session().remove(KEY(tabId));
  try {
    await Promise.all([action.setBadgeText({ tabId, text: '' }), action.setTitle({ tabId, title: getMessage('actionTitle') })]);
  } catch {
    // The tab is already gone.
  }
}

const withoutHash = (url: string) => url.replace(/#.*$/, '');

/**
 * tabs.onUpdated: a new document in the tab drops its badge. Changes of the fragment only (#section)
 * keep the same document, and with it the badge.
 */
export async function onTabUpdated(tabId: number, change: Tabs.OnUpdatedChangeInfoType, tab: Tabs.Tab): Promise<void> {
  if (change.status !== 'loading' && change.url === undefined) return;
  const record = await readRecord(tabId);
  if (!record) return;
  const url = change.url ?? tab.url ?? '';
  if (url && record.url && url !== record.url && withoutHash(url) === withoutHash(record.url)) {
    await session().set({ [KEY(tabId)]: { ...record, url } });
    return;
  }
  await clearBadge(tabId);
}

/** tabs.onRemoved: forget the tab. */
export async function onTabRemoved(tabId: number): Promise<void> {
  await session().remove(KEY(tabId));
}

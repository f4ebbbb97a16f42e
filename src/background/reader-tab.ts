// Opening the full-tab reader: reader.html?key=<k> for an article handed over now (kept in
// storage.session by reader-store.ts), reader.html?id=<libraryId> for a saved article (the reader
// loads it from the library in IndexedDB). The tab opens right after the tab it came from.
import type { Tabs } from 'webextension-polyfill';
import type { Article } from '../core/article';
import { getBrowser } from '../shared/browser';
import { READER_PAGE } from '../shared/constants';
import { putReaderArticle } from './reader-store';

export type ReaderSource = { article: Article } | { libraryId: string };

export async function readerUrl(source: ReaderSource): Promise<string> {
  const query = 'article' in source ? `key=${await putReaderArticle(source.article)}` : `id=${encodeURIComponent(source.libraryId)}`;
  return getBrowser().runtime.getURL(`${READER_PAGE}?${query}`);
}

/**
 * Open the reader next to `anchor` (default: the active tab of the last focused window).
 * `active: false` opens it in the background (auto-open for a tab the user is not looking at).
 */
export async function openReaderTab(source: ReaderSource, anchor?: Tabs.Tab, active = true): Promise<{ tabId: number | null }> {
  const { tabs } = getBrowser();
  const url = await readerUrl(source);
  const near = anchor ?? (await tabs.query({ active: true, lastFocusedWindow: true }))[0];
  const placement = near?.id !== undefined ? { index: near.index + 1, windowId: near.windowId, openerTabId: near.id } : {};
  const created = await tabs.create({ url, active, ...placement });
  return { tabId: created.id ?? null };
}

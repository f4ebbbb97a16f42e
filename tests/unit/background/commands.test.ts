import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
vi.mock('webextension-polyfill', () => ({ default: {} }));

import { onCommand } from '../../../src/background/commands';
import { getReaderArticle } from '../../../src/background/reader-store';
import { setBrowserForTesting } from '../../../src/shared/browser';
import { BADGE_COLOR_FAILED } from '../../../src/shared/constants';
import { createFakeBrowser, type FakeBrowser, type FakeTab } from './fake-browser';
import { extractReply, sampleArticle } from './sample-article';

let f: FakeBrowser;
beforeEach(() => {
  f = createFakeBrowser();
  setBrowserForTesting(f.browser);
});
afterEach(() => setBrowserForTesting(null));

const asTab = (t: FakeTab) => ({ id: t.id, index: t.index, windowId: t.windowId, active: t.active, url: t.url, highlighted: true, pinned: false, incognito: false });

describe('open-reader-tab command', () => {
  it('extracts the active tab and opens the reader beside it', async () => {
    const tab = f.addTab({ url: 'https://www.woshipm.com/pd/1.html', page: { extractorLoaded: false, extractReply: extractReply({ ok: true, article: sampleArticle() }) } });
    await onCommand('open-reader-tab', asTab(tab));
    expect(f.calls.created).toHaveLength(1);
    expect(f.calls.created[0]).toMatchObject({ index: tab.index + 1, openerTabId: tab.id });
    const key = new URL(f.calls.created[0]!.url).searchParams.get('key')!;
    expect((await getReaderArticle(key))?.title).toBe(sampleArticle().title);
  });

  it('opens the popup to explain when the page has no article', async () => {
    const tab = f.addTab({ url: 'https://example.com/', page: { extractorLoaded: true, extractReply: extractReply({ ok: false, error: { code: 'NO_ARTICLE', message: 'none' } }) } });
    await onCommand('open-reader-tab', asTab(tab));
    expect(f.calls.created).toEqual([]);
    expect(f.flags.popupOpened).toBe(1);
    expect(f.badgeOf(tab.id)).toEqual({});
  });

  it('falls back to a ! badge with the reason when the popup cannot be opened', async () => {
    f.flags.openPopup = 'fail';
    const tab = f.addTab({ url: 'chrome://settings/' });
    await onCommand('open-reader-tab', asTab(tab));
    expect(f.badgeOf(tab.id)).toMatchObject({ text: '!', color: BADGE_COLOR_FAILED, title: 'Qingyue: The browser does not let extensions read this page' });
  });

  it('ignores commands it does not know', async () => {
    const tab = f.addTab({ url: 'https://example.com/' });
    await onCommand('something-else', asTab(tab));
    expect(f.calls.sendMessage).toEqual([]);
    expect(f.calls.created).toEqual([]);
  });
});

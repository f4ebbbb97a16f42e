import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
vi.mock('webextension-polyfill', () => ({ default: {} }));

import type { Runtime, Tabs } from 'webextension-polyfill';
import { onTabRemoved, onTabUpdated } from '../../../src/background/badge';
import { onContentDetected } from '../../../src/background/detected';
import { setBrowserForTesting } from '../../../src/shared/browser';
import { BADGE_COLOR_DETECTED } from '../../../src/shared/constants';
import { setOptions } from '../../../src/storage/options';
import { createFakeBrowser, type FakeBrowser, type FakeTab } from './fake-browser';
import { NOTHING_DETECTED, WOSHIPM_DETECTED, extractReply, sampleArticle } from './sample-article';

let f: FakeBrowser;
beforeEach(() => {
  f = createFakeBrowser();
  setBrowserForTesting(f.browser);
});
afterEach(() => setBrowserForTesting(null));

const URL_A = 'https://www.woshipm.com/pd/1.html';
const senderFor = (tab: FakeTab, url = tab.url): Runtime.MessageSender => ({
  id: f.raw.runtime.id,
  url,
  frameId: 0,
  tab: { id: tab.id, index: tab.index, windowId: tab.windowId, active: tab.active, url: tab.url, highlighted: tab.active, pinned: false, incognito: false },
});
const detected = (tab: FakeTab, result = WOSHIPM_DETECTED) => onContentDetected(result, { sender: senderFor(tab), kind: 'content' });
const navigate = (tab: FakeTab, change: Tabs.OnUpdatedChangeInfoType, url = tab.url) => {
  tab.url = url;
  return onTabUpdated(tab.id, change, { id: tab.id, index: tab.index, url, highlighted: true, active: tab.active, pinned: false, incognito: false });
};

describe('badge', () => {
  it('shows 读 with the calm colour and a title on the reporting tab only', async () => {
    const tab = f.addTab({ url: URL_A });
    const other = f.addTab({ url: 'https://example.com/' });
    await detected(tab);
    expect(f.badgeOf(tab.id)).toMatchObject({ text: '读', color: BADGE_COLOR_DETECTED, title: 'Qingyue: this page has an article to read' });
    expect(f.badgeOf(other.id)).toEqual({});
  });

  it('ignores low-confidence and site-less detections', async () => {
    const tab = f.addTab({ url: URL_A });
    await detected(tab, { site: 'woshipm', confidence: 0.3, signals: ['img-host:image.woshipm.com'] });
    await detected(tab, NOTHING_DETECTED);
    expect(f.badgeOf(tab.id).text).toBeUndefined();
  });

  it('clears on navigation to another document, keeps it for a #fragment change', async () => {
    const tab = f.addTab({ url: URL_A });
    await detected(tab);
    await navigate(tab, { url: `${URL_A}#toc-2` }, `${URL_A}#toc-2`);
    expect(f.badgeOf(tab.id).text).toBe('读');
    await navigate(tab, { status: 'loading', url: 'https://www.woshipm.com/' }, 'https://www.woshipm.com/');
    expect(f.badgeOf(tab.id)).toMatchObject({ text: '', title: 'Qingyue: read this page' });
  });

  it('clears on reload (same URL, new document)', async () => {
    const tab = f.addTab({ url: URL_A });
    await detected(tab);
    await navigate(tab, { status: 'loading' });
    expect(f.badgeOf(tab.id).text).toBe('');
  });

  it('survives a worker restart: the record is in storage.session', async () => {
    const tab = f.addTab({ url: URL_A });
    await detected(tab);
    expect(f.areas.session.data.get(`badge:${tab.id}`)).toMatchObject({ kind: 'detected', url: URL_A });
    await onTabRemoved(tab.id);
    expect(f.areas.session.data.has(`badge:${tab.id}`)).toBe(false);
  });
});

describe('auto-open', () => {
  const articleTab = () => f.addTab({ url: URL_A, page: { extractorLoaded: false, extractReply: extractReply({ ok: true, article: sampleArticle() }) } });

  it('does nothing when the option is off (the default)', async () => {
    await detected(articleTab());
    expect(f.calls.created).toEqual([]);
  });

  it('opens the reader next to the page once per page load', async () => {
    await setOptions({ autoOpen: true });
    const tab = articleTab();
    await detected(tab);
    expect(f.calls.created).toHaveLength(1);
    expect(f.calls.created[0]).toMatchObject({ index: tab.index + 1, openerTabId: tab.id, active: true });
    expect(f.calls.created[0]!.url).toMatch(/^chrome-extension:\/\/\w+\/reader\.html\?key=[0-9a-f-]{36}$/);

    await detected(tab); // the same page reporting again (e.g. a second detector) never reopens
    expect(f.calls.created).toHaveLength(1);

    await navigate(tab, { status: 'loading' }); // reload: a new page load
    await detected(tab);
    expect(f.calls.created).toHaveLength(2);
  });

  it('opens in the background for a tab the user is not looking at', async () => {
    await setOptions({ autoOpen: true });
    f.addTab({ url: 'https://example.com/', active: true });
    const tab = articleTab();
    tab.active = false;
    await detected(tab);
    expect(f.calls.created[0]).toMatchObject({ active: false });
  });
});

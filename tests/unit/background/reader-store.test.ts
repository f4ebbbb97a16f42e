import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
vi.mock('webextension-polyfill', () => ({ default: {} }));

import { LOCAL_TTL_MS, MAX_ENTRIES, cleanupReaderArticles, getReaderArticle, putReaderArticle } from '../../../src/background/reader-store';
import { openReaderTab } from '../../../src/background/reader-tab';
import { setBrowserForTesting } from '../../../src/shared/browser';
import { createFakeBrowser, type FakeBrowser } from './fake-browser';
import { sampleArticle } from './sample-article';

let f: FakeBrowser;
beforeEach(() => {
  f = createFakeBrowser();
  setBrowserForTesting(f.browser);
});
afterEach(() => setBrowserForTesting(null));

const quotaError = () => new Error('Resource::kQuotaBytes quota exceeded');

describe('reader hand-off', () => {
  it('keeps the article in storage.session under a random key', async () => {
    const key = await putReaderArticle(sampleArticle());
    expect(key).toMatch(/^[0-9a-f-]{36}$/);
    expect(f.areas.session.data.has(`reader:${key}`)).toBe(true);
    expect(f.areas.local.data.size).toBe(0);
    expect(await getReaderArticle(key)).toEqual(sampleArticle());
    expect(await getReaderArticle('0b4a8f1e-0000-4000-8000-000000000000')).toBeNull();
  });

  it(`keeps only the newest ${MAX_ENTRIES}, evicting the oldest`, async () => {
    const keys: string[] = [];
    for (let i = 0; i < MAX_ENTRIES + 3; i++) keys.push(await putReaderArticle(sampleArticle({ title: `第${i}篇` }), 1000 + i));
    expect(await getReaderArticle(keys[0]!)).toBeNull();
    expect(await getReaderArticle(keys[2]!)).toBeNull();
    expect((await getReaderArticle(keys[3]!))?.title).toBe('第3篇');
    expect((await getReaderArticle(keys.at(-1)!))?.title).toBe(`第${MAX_ENTRIES + 2}篇`);
    const stored = [...f.areas.session.data.keys()].filter((k) => k !== 'reader:index');
    expect(stored).toHaveLength(MAX_ENTRIES);
  });

  it('does not lose entries when two tabs open at once', async () => {
    const [a, b] = await Promise.all([putReaderArticle(sampleArticle({ title: 'A' })), putReaderArticle(sampleArticle({ title: 'B' }))]);
    expect((await getReaderArticle(a))?.title).toBe('A');
    expect((await getReaderArticle(b))?.title).toBe('B');
    expect((f.areas.session.data.get('reader:index') as unknown[]).length).toBe(2);
  });

  it('evicts older articles when session storage is full', async () => {
    const old = await putReaderArticle(sampleArticle({ title: 'old' }));
    let refusals = 1;
    f.areas.session.failSet = (items) => (Object.keys(items).some((k) => k !== 'reader:index') && refusals-- > 0 ? quotaError() : null);
    const fresh = await putReaderArticle(sampleArticle({ title: 'fresh' }));
    expect(await getReaderArticle(old)).toBeNull();
    expect((await getReaderArticle(fresh))?.title).toBe('fresh');
  });

  it('falls back to storage.local when the article does not fit in session storage, and cleans it up later', async () => {
    f.areas.session.failSet = (items) => (Object.keys(items).some((k) => k !== 'reader:index') ? quotaError() : null);
    const key = await putReaderArticle(sampleArticle({ title: 'huge' }), Date.now());
    expect(f.areas.local.data.has(`reader:${key}`)).toBe(true);
    expect((await getReaderArticle(key))?.title).toBe('huge');

    await cleanupReaderArticles(Date.now() + 1000); // still fresh
    expect(await getReaderArticle(key)).not.toBeNull();
    await cleanupReaderArticles(Date.now() + LOCAL_TTL_MS + 1000);
    expect(await getReaderArticle(key)).toBeNull();
    expect(f.areas.local.data.size).toBe(0);
  });

  it('works without storage.session at all', async () => {
    delete (f.raw.storage as { session?: unknown }).session;
    const key = await putReaderArticle(sampleArticle());
    expect(f.areas.local.data.has(`reader:${key}`)).toBe(true);
    expect(await getReaderArticle(key)).toEqual(sampleArticle());
  });
});

describe('openReaderTab', () => {
  it('opens reader.html?key=… right after the active tab', async () => {
    const active = f.addTab({ url: 'https://www.woshipm.com/pd/1.html' });
    const { tabId } = await openReaderTab({ article: sampleArticle() });
    const created = f.calls.created[0]!;
    expect(tabId).toBeTypeOf('number');
    expect(created).toMatchObject({ index: active.index + 1, openerTabId: active.id, active: true });
    const key = new URL(created.url).searchParams.get('key')!;
    expect(await getReaderArticle(key)).toEqual(sampleArticle());
  });

  it('opens reader.html?id=… for a library entry', async () => {
    f.addTab({ url: 'https://example.com/' });
    await openReaderTab({ libraryId: 'a/b c' });
    expect(f.calls.created[0]!.url).toBe('chrome-extension://abcdefghijklmnopabcdefghijklmnop/reader.html?id=a%2Fb%20c');
  });
});

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
vi.mock('webextension-polyfill', () => ({ default: {} }));

import { EXTRACT_TIMEOUT_MS, LOADING_ANSWER_MS, PING_TIMEOUT_MS, getTabArticle } from '../../../src/background/tab-article';
import { setBrowserForTesting } from '../../../src/shared/browser';
import { createFakeBrowser, type FakeBrowser } from './fake-browser';
import { WOSHIPM_DETECTED, extractReply, sampleArticle } from './sample-article';

let f: FakeBrowser;
beforeEach(() => {
  f = createFakeBrowser();
  setBrowserForTesting(f.browser);
});
afterEach(() => {
  setBrowserForTesting(null);
  vi.useRealTimers();
});

const articleReply = () => extractReply({ ok: true, article: sampleArticle() });
const noArticleReply = (extra = {}) => extractReply({ ok: false, error: { code: 'NO_ARTICLE', message: 'No article found.' } }, { detected: { site: null, confidence: 0, signals: [] }, ...extra });

describe('tab.getArticle', () => {
  it('injects the extractor once, then reuses it (ping first)', async () => {
    const tab = f.addTab({ url: 'https://www.woshipm.com/pd/1.html', page: { extractorLoaded: false, extractReply: articleReply() } });
    const first = await getTabArticle();
    expect(first).toEqual({ kind: 'article', tabId: tab.id, article: sampleArticle(), detected: WOSHIPM_DETECTED });
    expect(f.calls.executeScript).toEqual([tab.id]);
    expect(f.calls.sendMessage.map((m) => m.type)).toEqual(['content.ping', 'content.extract']);

    await getTabArticle(tab.id);
    expect(f.calls.executeScript).toEqual([tab.id]); // not injected again
    expect(f.calls.sendMessage.map((m) => m.type)).toEqual(['content.ping', 'content.extract', 'content.ping', 'content.extract']);
  });

  it('passes the woshipm rule switches from the options', async () => {
    await f.areas.sync.set({ options: { version: 1, keepLede: false, keepCredits: true } });
    const tab = f.addTab({ url: 'https://www.woshipm.com/pd/1.html', page: { extractorLoaded: true, extractReply: articleReply() } });
    const sent: unknown[] = [];
    const original = f.raw.tabs.sendMessage;
    f.raw.tabs.sendMessage = async (tabId: number, message: { type: string; payload: unknown }) => {
      sent.push(message);
      return original(tabId, message);
    };
    await getTabArticle(tab.id);
    expect(sent).toContainEqual({ type: 'content.extract', payload: { options: { keepLede: false, keepCredits: true } } });
  });

  it('classifies restricted pages without injecting', async () => {
    const chrome = f.addTab({ url: 'chrome://version/' });
    const store = f.addTab({ url: 'https://chromewebstore.google.com/detail/x' });
    const file = f.addTab({ url: 'file:///tmp/a.html' });
    expect(await getTabArticle(chrome.id)).toEqual({ kind: 'restricted', tabId: chrome.id, url: 'chrome://version/', reason: 'browser-page' });
    expect(await getTabArticle(store.id)).toMatchObject({ kind: 'restricted', reason: 'web-store' });
    expect(await getTabArticle(file.id)).toMatchObject({ kind: 'restricted', reason: 'file-access' });
    expect(f.calls.executeScript).toEqual([]);
    expect(f.calls.sendMessage).toEqual([]);
  });

  it('reads file:// pages when file access is allowed', async () => {
    f.flags.fileAccess = true;
    const file = f.addTab({ url: 'file:///tmp/a.html', page: { extractorLoaded: false, extractReply: articleReply() } });
    expect(await getTabArticle(file.id)).toMatchObject({ kind: 'article' });
  });

  it('reports refused injection as no-permission (activeTab not granted)', async () => {
    const tab = f.addTab({
      url: undefined, // hidden: no host permission, no activeTab
      page: { extractorLoaded: false, injectionError: 'Cannot access contents of the page. Extension manifest must request permission to access the respective host.' },
    });
    expect(await getTabArticle(tab.id)).toEqual({ kind: 'restricted', tabId: tab.id, url: '', reason: 'no-permission' });
  });

  it('maps NO_ARTICLE to no-article, or to loading while the tab is still loading', async () => {
    const done = f.addTab({ url: 'https://example.com/', page: { extractorLoaded: true, extractReply: noArticleReply() } });
    const loading = f.addTab({ url: 'https://example.com/slow', status: 'loading', page: { extractorLoaded: true, extractReply: noArticleReply() } });
    const parsing = f.addTab({ url: 'https://example.com/parsing', page: { extractorLoaded: true, extractReply: noArticleReply({ readyState: 'loading' }) } });
    expect(await getTabArticle(done.id)).toEqual({ kind: 'no-article', tabId: done.id, url: 'https://example.com/', error: { code: 'NO_ARTICLE', message: 'No article found.' } });
    expect(await getTabArticle(loading.id)).toEqual({ kind: 'loading', tabId: loading.id, url: 'https://example.com/slow' });
    expect(await getTabArticle(parsing.id)).toMatchObject({ kind: 'loading' });
  });

  it('tells the popup a loading page is still loading instead of waiting for its parser, and injects once', async () => {
    vi.useFakeTimers();
    // executeScript runs at document_idle: on a page whose body is still arriving it waits.
    let parsed!: () => void;
    const idle = new Promise<void>((resolve) => (parsed = resolve));
    const inject = f.raw.scripting.executeScript;
    f.raw.scripting.executeScript = async (details: { target: { tabId: number }; files: string[] }) => {
      await idle;
      return inject(details);
    };
    const tab = f.addTab({ url: 'https://www.woshipm.com/pd/slow.html', status: 'loading', page: { extractorLoaded: false, extractReply: articleReply() } });

    const first = getTabArticle(tab.id, { answerWhileLoading: true });
    await vi.advanceTimersByTimeAsync(LOADING_ANSWER_MS + PING_TIMEOUT_MS);
    expect(await first).toEqual({ kind: 'loading', tabId: tab.id, url: 'https://www.woshipm.com/pd/slow.html' });
    const again = getTabArticle(tab.id, { answerWhileLoading: true }); // the popup polls
    await vi.advanceTimersByTimeAsync(LOADING_ANSWER_MS + PING_TIMEOUT_MS);
    expect(await again).toMatchObject({ kind: 'loading' });

    parsed(); // the body arrived: the injection that was under way finishes
    const third = getTabArticle(tab.id, { answerWhileLoading: true });
    await vi.advanceTimersByTimeAsync(PING_TIMEOUT_MS);
    expect(await third).toMatchObject({ kind: 'article', tabId: tab.id });
    expect(f.calls.executeScript).toEqual([tab.id]);
  });

  it('other callers (commands, saves) still wait for a loading page to be ready', async () => {
    const tab = f.addTab({ url: 'https://www.woshipm.com/pd/slow.html', status: 'loading', page: { extractorLoaded: false, extractReply: articleReply() } });
    expect(await getTabArticle(tab.id)).toMatchObject({ kind: 'article' });
  });

  it('maps other extraction errors and PDF documents', async () => {
    const big = f.addTab({ url: 'https://example.com/huge', page: { extractorLoaded: true, extractReply: extractReply({ ok: false, error: { code: 'TOO_LARGE', message: 'Too many elements.' } }) } });
    const pdf = f.addTab({ url: 'https://example.com/paper', page: { extractorLoaded: true, extractReply: noArticleReply({ contentType: 'application/pdf' }) } });
    expect(await getTabArticle(big.id)).toEqual({ kind: 'error', tabId: big.id, url: 'https://example.com/huge', error: { code: 'TOO_LARGE', message: 'Too many elements.' } });
    expect(await getTabArticle(pdf.id)).toMatchObject({ kind: 'restricted', reason: 'pdf' });
  });

  it('does not trust a malformed reply from the page', async () => {
    const forged = f.addTab({
      url: 'https://example.com/',
      page: { extractorLoaded: true, extractReply: { result: { ok: true, article: { title: '<img onerror=alert(1)>' } }, detected: WOSHIPM_DETECTED, readyState: 'complete', contentType: 'text/html' } },
    });
    expect(await getTabArticle(forged.id)).toMatchObject({ kind: 'error', error: { code: 'INTERNAL' } });
  });

  it('gives up on a page that never answers', async () => {
    vi.useFakeTimers();
    const tab = f.addTab({ url: 'https://example.com/', page: { extractorLoaded: true, hang: true } });
    const pending = getTabArticle(tab.id);
    await vi.advanceTimersByTimeAsync(EXTRACT_TIMEOUT_MS + 10);
    expect(await pending).toMatchObject({ kind: 'error', tabId: tab.id, error: { code: 'INTERNAL' } });
  });

  it('fails clearly when there is no such tab', async () => {
    await expect(getTabArticle(4242)).rejects.toMatchObject({ code: 'NO_TAB' });
  });
});

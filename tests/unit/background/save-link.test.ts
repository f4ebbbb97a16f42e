// "Save the linked article": the background downloads the link without opening it (no cookies,
// capped, decoded by its declared or sniffed charset), parses it in the offscreen document, and
// saves only when it is an article. Also saving a tab (the context menu's "save this page" and the
// keyboard command) and what the user is told in each failure.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Menus } from 'webextension-polyfill';
vi.mock('webextension-polyfill', () => ({ default: {} }));

import { onCommand } from '../../../src/background/commands';
import { createContextMenus, onMenuClicked } from '../../../src/background/context-menus';
import { OFFSCREEN_IDLE_MS } from '../../../src/background/save/offscreen-client';
import { saveAndWait } from '../../../src/background/save/run-save';
import { BADGE_COLOR_FAILED, MENU_SAVE_LINK, MENU_SAVE_PAGE } from '../../../src/shared/constants';
import type { SaveJob } from '../../../src/shared/messages';
import { imageBytes } from '../storage/library-fixtures';
import { jpegHeaders } from '../save/fake-fetch';
import { createSaveEnv, teardownSaveEnv, type SaveEnv } from './save-env';
import { extractReply, sampleArticle } from './sample-article';

let env: SaveEnv;
beforeEach(() => {
  env = createSaveEnv();
});
afterEach(() => teardownSaveEnv());

const PARAGRAPH = '做用户访谈时，最常见的错误是带着答案去提问。更好的做法是问过去发生的具体事情：上一次遇到这个问题是什么时候，当时怎么解决，花了多少时间。';

/** A woshipm-style article page of our own words, with one image on the woshipm image host. */
function articlePage(title: string, charset = 'utf-8'): string {
  const body = Array.from({ length: 8 }, (_, i) => `<p>${PARAGRAPH}（第 ${i + 1} 段）</p>`).join('\n');
  return `<!doctype html><html lang="zh-CN"><head><meta charset="${charset}"><title>${title} | 人人都是产品经理</title>
<meta property="og:site_name" content="人人都是产品经理"><meta property="og:title" content="${title}"></head>
<body><header><nav><a href="/">首页</a></nav></header><main><h1 class="article--title">${title}</h1>
<div class="article--content grap">${body}
<p><img src="https://image.woshipm.com/wp-files/2024/05/notes.png" alt="访谈记录" width="640" height="360"></p>
<p>本文由 @林一 原创发布于人人都是产品经理。未经许可，禁止转载</p></div></main></body></html>`;
}

const LISTING = `<!doctype html><html><head><meta charset="utf-8"><title>产品设计 - 文章列表</title></head><body>
<nav>${Array.from({ length: 30 }, (_, i) => `<a href="/pd/${i}.html">第 ${i} 篇文章的标题</a>`).join(' ')}</nav></body></html>`;

function serveImage() {
  env.net.route('https://image.woshipm.com/wp-files/2024/05/notes.png', { body: imageBytes(2048, 3, 'png'), headers: { 'content-type': 'image/png' } });
}

const tabOf = (id: number) => ({ id, index: 0, highlighted: true, active: true, pinned: false, incognito: false, windowId: 1 });
const link = (url: string): Menus.OnClickData => ({ menuItemId: MENU_SAVE_LINK, linkUrl: url, editable: false, modifiers: [] });

async function lastJob(): Promise<SaveJob> {
  return vi.waitFor(
    async () => {
      const [job] = await env.storedJobs();
      if (job?.phase !== 'done') throw new Error('not done');
      return job;
    },
    { timeout: 5000, interval: 10 },
  );
}

describe('context menus', () => {
  it('creates both items with their fixed ids and localised titles, safely again on every install event', async () => {
    await createContextMenus();
    await createContextMenus();
    expect([...env.f.menus.keys()]).toEqual([MENU_SAVE_PAGE, MENU_SAVE_LINK]);
    expect(env.f.menus.get(MENU_SAVE_PAGE)).toMatchObject({ title: 'Save this page offline with Qingyue', contexts: ['page', 'selection', 'image'], documentUrlPatterns: ['http://*/*', 'https://*/*'] });
    expect(env.f.menus.get(MENU_SAVE_LINK)).toMatchObject({ title: 'Save the linked article offline with Qingyue', contexts: ['link'], targetUrlPatterns: ['http://*/*', 'https://*/*'] });
  });

  it('"save this page" saves the clicked tab like the popup', async () => {
    const tab = env.f.addTab({ url: 'https://blog.example.cn/p/1', page: { extractorLoaded: false, extractReply: extractReply({ ok: true, article: sampleArticle() }) } });
    env.net.route(sampleArticle().images[0]!.src, { body: imageBytes(1000, 1), headers: jpegHeaders(1000) });
    await onMenuClicked({ menuItemId: MENU_SAVE_PAGE, editable: false, modifiers: [] }, tabOf(tab.id));
    const job = await lastJob();
    expect(job).toMatchObject({ kind: 'page', tabId: tab.id, url: 'https://blog.example.cn/p/1', title: sampleArticle().title, result: { status: 'saved' } });
    expect(env.f.calls.executeScript).toEqual([tab.id]); // the extractor was injected on demand
    expect((await env.library.getArticle(job.articleId!))?.sourceUrl).toBe('https://blog.example.cn/p/1');
  });

  it('ignores items it does not know', async () => {
    await onMenuClicked({ menuItemId: 'other', editable: false, modifiers: [] }, tabOf(1));
    expect(await env.storedJobs()).toEqual([]);
  });
});

describe('saving a tab', () => {
  it('a page without an article saves nothing and says so on the badge', async () => {
    const tab = env.f.addTab({ url: 'https://example.com/', page: { extractorLoaded: true, extractReply: extractReply({ ok: false, error: { code: 'NO_ARTICLE', message: 'No article found.' } }) } });
    const job = await saveAndWait({ kind: 'page', tabId: tab.id });
    expect(job.result).toEqual({ status: 'failed', code: 'NO_ARTICLE', message: 'No article found.' });
    expect((await env.library.listArticles()).total).toBe(0);
    expect(env.f.badgeOf(tab.id)).toMatchObject({ text: '!', color: BADGE_COLOR_FAILED, title: 'Qingyue: Not saved: this page has no article to save.' });
  });

  it('a restricted page is refused with its reason', async () => {
    const tab = env.f.addTab({ url: 'chrome://settings/' });
    const job = await saveAndWait({ kind: 'page', tabId: tab.id });
    expect(job.result).toMatchObject({ status: 'failed', code: 'RESTRICTED', reason: 'browser-page' });
    expect(env.f.badgeOf(tab.id).title).toBe('Qingyue: The browser does not let extensions read this page');
  });

  it('the save-page keyboard command saves the active tab', async () => {
    const tab = env.f.addTab({ url: 'https://www.woshipm.com/pd/1234567.html', page: { extractorLoaded: true, extractReply: extractReply({ ok: true, article: sampleArticle() }) } });
    env.net.route(sampleArticle().images[0]!.src, { body: imageBytes(1000, 1), headers: jpegHeaders(1000) });
    await onCommand('save-page', tabOf(tab.id));
    expect(await lastJob()).toMatchObject({ kind: 'page', tabId: tab.id, result: { status: 'saved' } });
  });
});

describe('saving a link', () => {
  it('downloads it without cookies, parses it in the offscreen document and saves it', async () => {
    const url = 'https://www.woshipm.com/user-research/9900010.html';
    env.net.route(url, { body: articlePage('访谈之后的三件事'), headers: { 'content-type': 'text/html; charset=utf-8' } });
    serveImage();
    const tab = env.f.addTab({ url: 'https://www.woshipm.com/' });
    await onMenuClicked(link(url), tabOf(tab.id));
    const job = await lastJob();
    expect(job).toMatchObject({ kind: 'link', url, tabId: tab.id, title: '访谈之后的三件事', result: { status: 'saved' } });
    const page = env.net.requests.find((r) => r.url === url)!;
    expect(page.init).toMatchObject({ credentials: 'omit', redirect: 'follow', referrerPolicy: 'no-referrer' });
    const record = await env.library.getArticle(job.articleId!);
    expect(record?.article.textContent).toContain('带着答案去提问');
    expect((await env.library.getImageBlobs(job.articleId!)).size).toBe(1);
    // woshipm is a required host: no prompt. One offscreen document, created on demand.
    expect(env.f.calls.permissionRequests).toEqual([]);
    expect(env.f.calls.offscreen.created).toBe(1);
    expect(env.f.offscreenIsOpen()).toBe(true);
  });

  it('decodes a GBK page by its header, and an undeclared GBK page by sniffing', async () => {
    const title = '需求评审怎么开才不跑题';
    const gbk = (text: string) => {
      // GBK bytes through the WHATWG decoder's inverse: encode every char via a lookup built from TextDecoder.
      return encodeGbk(text);
    };
    const declared = 'https://www.woshipm.com/pd/1.html';
    const undeclared = 'https://www.woshipm.com/pd/2.html';
    env.net.route(declared, { body: gbk(articlePage(title, 'gbk').replace('<meta charset="gbk">', '')), headers: { 'content-type': 'text/html; charset=GBK' } });
    env.net.route(undeclared, { body: gbk(articlePage(`${title}（二）`, 'x').replace('<meta charset="x">', '')), headers: { 'content-type': 'text/html' } });
    serveImage();
    const first = await saveAndWait({ kind: 'link', url: declared });
    expect(first).toMatchObject({ title, result: { status: 'saved' } });
    const second = await saveAndWait({ kind: 'link', url: undeclared });
    expect(second).toMatchObject({ title: `${title}（二）`, result: { status: 'saved' } });
    expect((await env.library.getArticle(second.articleId!))?.article.textContent).toContain('带着答案去提问');
  });

  it('a link that is not an article: NO_ARTICLE, nothing saved, the badge says so', async () => {
    const url = 'https://www.woshipm.com/pd';
    env.net.route(url, { body: LISTING, headers: { 'content-type': 'text/html' } });
    const tab = env.f.addTab({ url: 'https://www.woshipm.com/' });
    await onMenuClicked(link(url), tabOf(tab.id));
    const job = await lastJob();
    expect(job.result).toMatchObject({ status: 'failed', code: 'NO_ARTICLE' });
    expect((await env.library.listArticles()).total).toBe(0);
    expect(env.f.badgeOf(tab.id)).toMatchObject({ text: '!', title: 'Qingyue: Not saved: the link does not lead to an article.' });
  });

  it('a PDF, a 404 and a dead server are reported without saving anything', async () => {
    env.net.route('https://www.woshipm.com/report.pdf', { body: '%PDF-1.7', headers: { 'content-type': 'application/pdf' } });
    env.net.route('https://www.woshipm.com/gone.html', { status: 404 });
    const pdf = await saveAndWait({ kind: 'link', url: 'https://www.woshipm.com/report.pdf' });
    const gone = await saveAndWait({ kind: 'link', url: 'https://www.woshipm.com/gone.html' });
    const down = await saveAndWait({ kind: 'link', url: 'https://www.woshipm.com/down.html' });
    expect(pdf.result).toMatchObject({ status: 'failed', code: 'NOT_HTML' });
    expect(gone.result).toMatchObject({ status: 'failed', code: 'NETWORK', message: 'The server answered 404.' });
    expect(down.result).toMatchObject({ status: 'failed', code: 'NETWORK' });
    expect((await env.library.listArticles()).total).toBe(0);
  });

  it('another site: asks for access to exactly that site from the click, then saves', async () => {
    const url = 'https://blog.example.cn/2024/interview.html';
    env.net.route(url, { body: articlePage('访谈之后的三件事'), headers: { 'content-type': 'text/html' } });
    serveImage();
    await onMenuClicked(link(url), tabOf(env.f.addTab({ url: 'https://blog.example.cn/' }).id));
    expect(env.f.calls.permissionRequests).toEqual([['https://blog.example.cn/*']]);
    expect(await lastJob()).toMatchObject({ result: { status: 'saved' } });
  });

  it('access refused: nothing is fetched or saved, and the user is told which site needs it', async () => {
    env.f.flags.permissionRequest = 'refuse';
    const tab = env.f.addTab({ url: 'https://blog.example.cn/' });
    await onMenuClicked(link('https://blog.example.cn/2024/interview.html'), tabOf(tab.id));
    const job = await lastJob();
    expect(job.result).toMatchObject({ status: 'failed', code: 'NO_PERMISSION', origin: 'blog.example.cn' });
    expect(env.net.requests).toEqual([]);
    expect(env.f.badgeOf(tab.id).title).toBe('Qingyue: Not saved: Qingyue needs your permission to access blog.example.cn.');
  });

  it('Chrome will not ask from the service worker: a small window asks instead (or, when already allowed, it just saves)', async () => {
    env.f.flags.permissionRequest = 'no-gesture';
    const tab = env.f.addTab({ url: 'https://blog.example.cn/' });
    const url = 'https://blog.example.cn/2024/interview.html?from=home';
    await onMenuClicked(link(url), tabOf(tab.id));
    expect(env.f.calls.windows).toHaveLength(1);
    const opened = new URL(env.f.calls.windows[0]!.url);
    expect(opened.pathname).toBe('/save-link.html');
    expect(opened.searchParams.get('url')).toBe(url);
    expect(opened.searchParams.get('tabId')).toBe(String(tab.id));
    expect(env.f.calls.windows[0]).toMatchObject({ type: 'popup' });
    expect(await env.storedJobs()).toEqual([]); // nothing starts until the user answers

    env.f.granted.add('https://blog.example.cn/*');
    env.net.route(url, { body: articlePage('访谈之后的三件事'), headers: { 'content-type': 'text/html' } });
    serveImage();
    await onMenuClicked(link(url), tabOf(tab.id));
    expect(env.f.calls.windows).toHaveLength(1);
    expect(await lastJob()).toMatchObject({ result: { status: 'saved' } });
  });

  it('closes the offscreen document once it has been idle for a while', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'], shouldAdvanceTime: true });
    try {
      const url = 'https://www.woshipm.com/pd/3.html';
      env.net.route(url, { body: articlePage('一篇短文'), headers: { 'content-type': 'text/html' } });
      serveImage();
      await saveAndWait({ kind: 'link', url });
      expect(env.f.offscreenIsOpen()).toBe(true);
      await vi.advanceTimersByTimeAsync(OFFSCREEN_IDLE_MS + 100);
      await vi.waitFor(() => expect(env.f.offscreenIsOpen()).toBe(false));
      expect(env.f.calls.offscreen).toEqual({ created: 1, closed: 1 });
    } finally {
      vi.useRealTimers();
    }
  });

  it('library.saveUrl from a page without access fails with NO_PERMISSION (the page asks first)', async () => {
    const job = await saveAndWait({ kind: 'link', url: 'https://blog.example.cn/x.html' });
    expect(job.result).toMatchObject({ code: 'NO_PERMISSION', origin: 'blog.example.cn' });
  });
});

/** GBK encoding for test pages, built from the browser-grade decoder (every GBK double-byte code). */
let gbkTable: Map<string, number[]> | null = null;
function encodeGbk(text: string): Uint8Array {
  if (!gbkTable) {
    gbkTable = new Map();
    const decoder = new TextDecoder('gbk');
    for (let lead = 0x81; lead <= 0xfe; lead++) {
      for (let trail = 0x40; trail <= 0xfe; trail++) {
        if (trail === 0x7f) continue;
        const char = decoder.decode(new Uint8Array([lead, trail]));
        if (char.length === 1 && char !== '\ufffd' && !gbkTable.has(char)) gbkTable.set(char, [lead, trail]);
      }
    }
  }
  const bytes: number[] = [];
  for (const char of text) {
    const code = char.codePointAt(0)!;
    if (code < 0x80) bytes.push(code);
    else bytes.push(...(gbkTable.get(char) ?? [0x3f]));
  }
  return new Uint8Array(bytes);
}

// First Chromium smoke test of the platform: the extension loads, its worker answers, the detector
// badges a woshipm article, tab.getArticle works through the real worker after a real toolbar
// click, and browser pages are classified as restricted. Pages are served locally; www.woshipm.com
// and the image hosts resolve to the local server (harness hostMap).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, test } from 'node:test';
import type { Page } from 'playwright-core';
import {
  actionTitle,
  badgeText,
  clickToolbarAction,
  delay,
  launchWithExtension,
  openExtensionPage,
  sendFromPage,
  tabIdOf,
  waitUntil,
  type Harness,
} from './harness';
import { startServer, type TestServer } from './server';

const TITLE = '用户访谈里最容易犯的五个错误';
const pkg = JSON.parse(readFileSync(path.join(import.meta.dirname, '../../package.json'), 'utf8'));

type Envelope<T> = { ok: true; value: T } | { ok: false; error: { code: string; message: string } };
interface ArticleState {
  kind: string;
  reason?: string;
  article?: { title: string; contentHtml: string; textContent: string; site: string | null };
}

let srv: TestServer;
let h: Harness;
let ext: Page; // an extension page in a tab: sends requests the way the popup does

before(async () => {
  srv = await startServer();
  h = await launchWithExtension(undefined, {
    hostMap: { 'www.woshipm.com': srv.port, 'image.woshipm.com': srv.port, 'cors.zfour.workers.dev': srv.port },
  });
  ext = await openExtensionPage(h);
});
after(async () => {
  await h?.close();
  await srv?.close();
});

const getArticle = async (tabId: number) => {
  const envelope = await sendFromPage<Envelope<ArticleState>>(ext, 'tab.getArticle', { tabId });
  assert.equal(envelope.ok, true, JSON.stringify(envelope));
  return (envelope as { value: ArticleState }).value;
};

test('the extension loads and its worker answers in envelopes', async () => {
  assert.equal(await h.worker().evaluate(() => chrome.runtime.getManifest().version), pkg.version);
  assert.deepEqual(await sendFromPage(ext, 'reader.get', { key: '0b4a8f1e-0000-4000-8000-000000000000' }), { ok: true, value: null });
  const refused = await sendFromPage<Envelope<unknown>>(ext, 'tab.getArticle', { tabId: 'not a number' });
  assert.deepEqual(refused.ok ? null : refused.error.code, 'BAD_REQUEST');
});

test('Chromium reports no install warnings or errors for the manifest', async () => {
  const page = await h.ctx.newPage();
  await page.goto('chrome://extensions/');
  const info = await page.evaluate((id) => chrome.developerPrivate.getExtensionInfo(id), h.extId);
  assert.deepEqual(info.installWarnings, []);
  assert.deepEqual(info.manifestErrors ?? [], []);
  assert.deepEqual(info.runtimeErrors ?? [], []);
  await page.close();
});

test('the detector sets the badge 读 on a woshipm article and clears it on a page without one', async () => {
  const page = await h.ctx.newPage();
  await page.goto('http://www.woshipm.com/user-research/9900001-woshipm-article.html');
  const tabId = await tabIdOf(h, page);
  assert.equal(await waitUntil(async () => (await badgeText(h, tabId)) === '读', 5000, 'badge 读'), true);
  assert.equal(await actionTitle(h, tabId), 'Qingyue: this page has an article to read');

  // Same host, no post: the badge goes with the navigation and does not come back.
  await page.goto('http://www.woshipm.com/login/not-an-article.html');
  await delay(2500); // the detector runs when the page is idle (≤ 2 s)
  assert.equal(await badgeText(h, tabId), '');
  await page.close();
});

test('tab.getArticle through the real worker after a real toolbar click', async () => {
  const page = await h.ctx.newPage();
  await page.goto(`${srv.origin}/blog/2024/03/mirror-article.html`); // a mirror: no host permission
  const tabId = await tabIdOf(h, page);

  assert.deepEqual(await getArticle(tabId), { kind: 'restricted', tabId, url: '', reason: 'no-permission' });

  await clickToolbarAction(h, page); // grants activeTab, opens the real popup
  const state = await getArticle(tabId);
  assert.equal(state.kind, 'article', JSON.stringify(state).slice(0, 300));
  assert.equal(state.article!.title, TITLE);
  assert.equal(state.article!.site, 'woshipm');
  assert.match(state.article!.textContent, /带着答案去提问/);
  assert.doesNotMatch(state.article!.contentHtml, /给作者打赏|赞赏/);
  assert.doesNotMatch(state.article!.contentHtml, /cors\.zfour\.workers\.dev/);
  await page.close();
});

test('a woshipm page needs no click: host permission covers it; the reader tab gets the article', async () => {
  const page = await h.ctx.newPage();
  await page.goto('http://www.woshipm.com/user-research/9900001-b-woshipm-article.html');
  const tabId = await tabIdOf(h, page);
  const state = await getArticle(tabId);
  assert.equal(state.kind, 'article');
  assert.equal(state.article!.title, TITLE);

  const opened = await sendFromPage<Envelope<{ tabId: number }>>(ext, 'reader.open', { article: state.article });
  assert.equal(opened.ok, true);
  const reader = await waitUntil(() => h.ctx.pages().find((p) => p.url().includes('/reader.html?key=')), 5000, 'reader tab');
  const key = new URL(reader.url()).searchParams.get('key');
  const got = await sendFromPage<Envelope<{ title: string }>>(ext, 'reader.get', { key });
  assert.equal(got.ok && got.value.title, TITLE);
  await reader.close();
  await page.close();
});

test('the open-reader-tab command opens the reader beside the article', async () => {
  const page = await h.ctx.newPage();
  await page.goto('http://www.woshipm.com/user-research/9900001-c-woshipm-article.html');
  const tabId = await tabIdOf(h, page);
  // Keyboard shortcuts cannot be pressed headless; fire the worker's own onCommand listeners.
  await h.worker().evaluate(async (id) => chrome.commands.onCommand.dispatch('open-reader-tab', await chrome.tabs.get(id)), tabId);
  const reader = await waitUntil(() => h.ctx.pages().find((p) => p.url().includes('/reader.html?key=')), 5000, 'reader tab');
  const opened = await h.worker().evaluate(async (id) => {
    const [tab] = await chrome.tabs.query({ url: chrome.runtime.getURL('reader.html') + '*' });
    const source = await chrome.tabs.get(id);
    return { index: tab.index, sourceIndex: source.index, opener: tab.openerTabId };
  }, tabId);
  assert.equal(opened.index, opened.sourceIndex + 1);
  assert.equal(opened.opener, tabId);
  const got = await sendFromPage<Envelope<{ title: string }>>(ext, 'reader.get', { key: new URL(reader.url()).searchParams.get('key') });
  assert.equal(got.ok && got.value.title, TITLE);
  await reader.close();
  await page.close();
});

test('a page without an article is reported as such', async () => {
  const page = await h.ctx.newPage();
  await page.goto(`${srv.origin}/account/not-an-article.html`);
  await clickToolbarAction(h, page);
  const state = await getArticle(await tabIdOf(h, page));
  assert.equal(state.kind, 'no-article');
  await page.close();
});

test('chrome://version is classified as restricted', async () => {
  const page = await h.ctx.newPage();
  await page.goto('chrome://version');
  const state = await getArticle(await tabIdOf(h, page));
  assert.equal(state.kind, 'restricted');
  assert.equal(state.reason, 'browser-page');
  await page.close();
});

declare const chrome: any;

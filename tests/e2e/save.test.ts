// Saving for offline reading in Chromium, end to end (issue #4): the real popup's save button after
// a real toolbar click, the context-menu items (dispatched in the worker: headless Chromium has no
// native menus), the keyboard command, a linked article parsed in the offscreen document, a link
// that is not an article, a link on a site without access, an image that fails and is retried,
// and finally reading the saved articles with the network off and the image servers gone.
//
// The images live at their real addresses (https://image.woshipm.com/…, the CORS proxy
// https://cors.zfour.workers.dev/?http://…) served by local servers with a self-signed certificate
// (browser-testing.md, addendum); pages come from a local server under www.woshipm.com and 127.0.0.1.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { after, before, test } from 'node:test';
import type { Page } from 'playwright-core';
import { badgeText, actionTitle, clickContextMenu, clickToolbarAction, launchWithExtension, storageGet, tabIdOf, waitUntil, type Harness, type RawPage } from './harness';
import { chartPng } from './library-seed';
import { readStoredImages, type StoredImage } from './stored-images';
import { startImageHosts, startServer, type ImageHosts, type TestServer } from './server';

declare const chrome: any;

const SHOTS = process.env.QINGYUE_SCREENSHOTS || path.join(import.meta.dirname, '../../test-results/save');
const WOSHIPM = 'image.woshipm.com';
const PROXY = 'cors.zfour.workers.dev';
const IMG = '/wp-files/2024/05';

interface Job {
  id: string;
  kind: string;
  tabId: number | null;
  url: string;
  title: string | null;
  articleId: string | null;
  phase: string;
  done: number;
  total: number;
  result: null | { status: string; code?: string; id?: string; updated?: boolean; missing?: { url: string; reason: string }[] };
}

let srv: TestServer;
let hosts: ImageHosts;
let h: Harness;
/** The bytes each image address serves, to compare with what the library stored. */
const served = new Map<string, Uint8Array>();
const timings: Record<string, number> = {};

function serveImage(host: string, p: string, seed: number) {
  const body = chartPng(seed, 480, 270);
  hosts.serve(host, p, body);
  served.set(`https://${WOSHIPM}${p.replace(/^\/\?http:\/\/image\.woshipm\.com/, '')}`, body);
}
const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

before(async () => {
  mkdirSync(SHOTS, { recursive: true });
  srv = await startServer();
  hosts = await startImageHosts();
  serveImage(WOSHIPM, `${IMG}/qy-save-1.png`, 11);
  serveImage(WOSHIPM, `${IMG}/qy-save-2.png`, 12);
  // The origin copy of the third image is gone; the proxied copy the mirror page used still works.
  hosts.fail(WOSHIPM, `${IMG}/qy-save-3.png`, 404);
  serveImage(PROXY, `/?http://${WOSHIPM}${IMG}/qy-save-3.png`, 13);
  serveImage(WOSHIPM, `${IMG}/qy-menu-1.png`, 21);
  serveImage(WOSHIPM, `${IMG}/qy-link-1.png`, 31);
  serveImage(WOSHIPM, `${IMG}/qy-partial-1.png`, 41);
  hosts.fail(WOSHIPM, `${IMG}/qy-partial-2.png`, 404);
  h = await launchWithExtension(undefined, { hostMap: { 'www.woshipm.com': srv.port }, resolverRules: hosts.resolverRules, ignoreCertificateErrors: true });
});
after(async () => {
  console.log(`save e2e timings (ms): ${JSON.stringify(timings)}`);
  await h?.close();
  await hosts?.close();
  await srv?.close();
});

const jobs = async (): Promise<Job[]> => ((await storageGet(h, 'session', 'save:jobs'))['save:jobs'] as Job[] | undefined) ?? [];
const finishedJob = (match: (job: Job) => boolean, timeout = 15000) =>
  waitUntil(async () => (await jobs()).find((job) => match(job) && job.phase === 'done'), timeout, 'a finished save job');

/** Library entries as IndexedDB holds them (read in the worker: same origin as the pages). */
function libraryRecords(): Promise<{ id: string; title: string; status: string; sourceUrl: string }[]> {
  return h.worker().evaluate(
    () =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('qingyue-library');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction('articles').objectStore('articles').getAll();
          request.onsuccess = () => {
            open.result.close();
            resolve(request.result.map((r: any) => ({ id: r.id, title: r.article.title, status: r.status, sourceUrl: r.sourceUrl })));
          };
          request.onerror = () => reject(request.error);
        };
      }),
  );
}

/** The stored images of an entry, each blob hashed in the worker. */
const storedImages = (articleId: string): Promise<StoredImage[]> => h.worker().evaluate(readStoredImages, articleId);

async function assertStoredAsServed(articleId: string, urls: string[]) {
  const images = await storedImages(articleId);
  assert.deepEqual(images.map((i) => i.url).sort(), [...urls].sort());
  for (const image of images) {
    assert.equal(image.status, 'ok', image.url);
    assert.ok(image.bytes > 0, `${image.url} is empty`);
    assert.equal(image.sha256, sha256(served.get(image.url)!), `${image.url}: stored bytes differ from the served file`);
  }
}

async function finalSaveState(popup: RawPage): Promise<string> {
  return popup.waitFor<string>(
    () => {
      const state = (document.querySelector('#qy-save') as HTMLElement | null)?.dataset.state;
      return state === 'saved' || state === 'partial' || state === 'failed' ? state : '';
    },
    undefined,
    20000,
  );
}

let savedFromPopup: Job;

test('the real popup saves a mirror page: every image stored as served, the proxied copy used where the origin failed', async () => {
  const page = await h.ctx.newPage();
  await page.goto(`${srv.origin}/blog/2024/05/save-article.html`);
  const tabId = await tabIdOf(h, page);
  const popup = await clickToolbarAction(h, page); // real click: opens the popup, grants activeTab
  await popup.waitFor(() => (document.querySelector('#qy-save') as HTMLElement | null)?.dataset.state === 'idle', undefined, 10000);
  assert.equal(await popup.evaluate(() => document.querySelector('#qy-save')!.textContent), 'Save offline');

  const started = Date.now();
  await popup.evaluate(() => (document.querySelector('#qy-save') as HTMLElement).click());
  assert.equal(await finalSaveState(popup), 'saved');
  timings.popupSave = Date.now() - started;
  await popup.screenshot(path.join(SHOTS, 'popup-saved.png'));

  savedFromPopup = await finishedJob((job) => job.kind === 'article' && job.tabId === tabId);
  assert.equal(savedFromPopup.title, '把需求写清楚的四个习惯');
  assert.deepEqual([savedFromPopup.done, savedFromPopup.total], [3, 3]);
  assert.equal(savedFromPopup.result?.status, 'saved');
  assert.equal(await badgeText(h, tabId), '✓');
  assert.match(await actionTitle(h, tabId), /Saved for offline reading: 把需求写清楚的四个习惯/);

  const [record] = (await libraryRecords()).filter((r) => r.id === savedFromPopup.articleId);
  assert.equal(record?.status, 'complete');
  assert.equal(record?.sourceUrl, page.url());
  await assertStoredAsServed(savedFromPopup.articleId!, [1, 2, 3].map((n) => `https://${WOSHIPM}${IMG}/qy-save-${n}.png`));
  // The http image address was upgraded to https; the third image came from the proxy after the origin's 404.
  assert.ok(hosts.requests.some((r) => r.host === WOSHIPM && r.path === `${IMG}/qy-save-2.png` && r.secure));
  assert.ok(hosts.requests.some((r) => r.host === WOSHIPM && r.path === `${IMG}/qy-save-3.png` && r.secure));
  assert.ok(hosts.requests.some((r) => r.host === PROXY && r.path === `/?http://${WOSHIPM}${IMG}/qy-save-3.png` && r.secure));

  // Opened again, the popup knows the article is saved.
  await page.close();
  const again = await h.ctx.newPage();
  await again.goto(`${srv.origin}/blog/2024/05/save-article.html?again`);
  const reopened = await clickToolbarAction(h, again);
  await reopened.waitFor(() => (document.querySelector('#qy-save') as HTMLElement | null)?.dataset.state === 'saved', undefined, 10000);
  assert.equal(await reopened.evaluate(() => document.querySelector('#qy-save')!.textContent), 'Saved');
  await again.close();
});

test('context menu: both items exist; "save this page" saves the tab; the keyboard command updates the same entry', async () => {
  assert.equal(await h.worker().evaluate(() => chrome.contextMenus.update('qingyue-save-page', {}).then(() => true)), true);
  assert.equal(await h.worker().evaluate(() => chrome.contextMenus.update('qingyue-save-link', {}).then(() => true)), true);

  const page = await h.ctx.newPage();
  await page.goto('http://www.woshipm.com/data-analysis/9900102-save-menu-article.html');
  const tabId = await tabIdOf(h, page);
  const before = (await libraryRecords()).length;
  await clickContextMenu(h, { menuItemId: 'qingyue-save-page', pageUrl: page.url(), editable: false }, tabId);
  const job = await finishedJob((j) => j.kind === 'page' && j.tabId === tabId);
  assert.equal(job.result?.status, 'saved', JSON.stringify(job.result));
  assert.equal(job.title, '数据看板为什么没人看');
  assert.equal((await libraryRecords()).length, before + 1);
  await assertStoredAsServed(job.articleId!, [`https://${WOSHIPM}${IMG}/qy-menu-1.png`]);

  // Alt+Shift+S cannot be pressed headless: fire the worker's own onCommand listeners.
  await h.worker().evaluate(async (id) => chrome.commands.onCommand.dispatch('save-page', await chrome.tabs.get(id)), tabId);
  const updated = await finishedJob((j) => j.kind === 'page' && j.tabId === tabId && j.id !== job.id);
  assert.equal(updated.result?.status, 'saved');
  assert.equal(updated.result?.updated, true);
  assert.equal(updated.articleId, job.articleId);
  assert.equal((await libraryRecords()).length, before + 1);
  await page.close();
});

test('context menu: "save the linked article" downloads it without opening it and parses it in the offscreen document', async () => {
  const page = await h.ctx.newPage();
  await page.goto('http://www.woshipm.com/data-analysis/9900102-b-save-menu-article.html');
  const tabId = await tabIdOf(h, page);
  const linkUrl = 'http://www.woshipm.com/user-research/9900103-save-linked-article.html';
  const started = Date.now();
  await clickContextMenu(h, { menuItemId: 'qingyue-save-link', linkUrl, pageUrl: page.url(), editable: false }, tabId);
  const job = await finishedJob((j) => j.kind === 'link' && j.url === linkUrl);
  timings.linkSave = Date.now() - started;
  assert.equal(job.result?.status, 'saved', JSON.stringify(job.result));
  assert.equal(job.title, '用户访谈后的三件事');
  assert.equal(job.tabId, tabId);
  assert.equal(await h.worker().evaluate(async () => (await chrome.runtime.getContexts({ contextTypes: ['OFFSCREEN_DOCUMENT'] })).length), 1);
  assert.ok(srv.requests.some((r) => r.path === '/user-research/9900103-save-linked-article.html'));
  await assertStoredAsServed(job.articleId!, [`https://${WOSHIPM}${IMG}/qy-link-1.png`]);
  // The linked page never opened in a tab.
  assert.ok(!h.ctx.pages().some((p) => p.url() === linkUrl));
  await page.close();
});

test('a link to a page that is not an article: NO_ARTICLE, nothing saved, the badge says why', async () => {
  const page = await h.ctx.newPage();
  await page.goto('http://www.woshipm.com/data-analysis/9900102-c-save-menu-article.html');
  const tabId = await tabIdOf(h, page);
  const before = await libraryRecords();
  const linkUrl = 'http://www.woshipm.com/login/not-an-article.html';
  await clickContextMenu(h, { menuItemId: 'qingyue-save-link', linkUrl, pageUrl: page.url(), editable: false }, tabId);
  const job = await finishedJob((j) => j.kind === 'link' && j.url === linkUrl);
  assert.equal(job.result?.status, 'failed');
  assert.equal(job.result?.code, 'NO_ARTICLE');
  assert.deepEqual(await libraryRecords(), before);
  await waitUntil(async () => (await badgeText(h, tabId)) === '!', 3000, 'badge !');
  assert.equal(await actionTitle(h, tabId), 'Qingyue: Not saved: the link does not lead to an article.');
  // The popup of that tab says it in full, above the tab's own article.
  const popup = await clickToolbarAction(h, page);
  const notice = await popup.waitFor(() => document.querySelector('#qy-link-save[data-state="failed"]')?.textContent ?? '', undefined, 10000);
  assert.match(notice, /Not saved: the link does not lead to an article\./);
  await popup.screenshot(path.join(SHOTS, 'popup-link-notice.png'));
  await page.close();
});

test('a link on a site Qingyue may not read: a small window names the site and asks; nothing is fetched meanwhile', async () => {
  const page = await h.ctx.newPage();
  await page.goto('http://www.woshipm.com/data-analysis/9900102-d-save-menu-article.html');
  const tabId = await tabIdOf(h, page);
  const linkUrl = 'http://blog.example.test/2024/05/interview.html';
  const opened = h.ctx.waitForEvent('page', { predicate: (p) => p.url().startsWith(h.url('save-link.html')), timeout: 10000 });
  await clickContextMenu(h, { menuItemId: 'qingyue-save-link', linkUrl, pageUrl: page.url(), editable: false }, tabId);
  const ask: Page = await opened;
  const params = new URL(ask.url()).searchParams;
  assert.equal(params.get('url'), linkUrl);
  assert.equal(params.get('tabId'), String(tabId));
  await ask.locator('#qy-save-link[data-state="ask"]').waitFor();
  assert.match(await ask.locator('.qy-save-link-text').innerText(), /blog\.example\.test/);
  assert.equal(await ask.locator('#qy-save-link-allow').innerText(), 'Allow and save');
  await ask.screenshot({ path: path.join(SHOTS, 'save-link-window.png') });
  assert.ok(!(await jobs()).some((j) => j.url === linkUrl));
  await ask.close();
  await page.close();
});

test('an image that fails: saved with that image listed; retry after the server is fixed completes it', async () => {
  const page = await h.ctx.newPage();
  await page.goto('http://www.woshipm.com/pmd/9900104-save-partial-article.html');
  const tabId = await tabIdOf(h, page);
  const popup = await clickToolbarAction(h, page);
  await popup.waitFor(() => (document.querySelector('#qy-save') as HTMLElement | null)?.dataset.state === 'idle', undefined, 10000);
  await popup.evaluate(() => (document.querySelector('#qy-save') as HTMLElement).click());
  assert.equal(await finalSaveState(popup), 'partial');
  assert.equal(await popup.evaluate(() => document.querySelector('#qy-save')!.textContent), '1 missing');
  const listed = await popup.waitFor(() => [...document.querySelectorAll('#qy-save-panel .qy-save-missing li')].map((li) => li.textContent).join('|'), undefined, 5000);
  assert.equal(listed, 'qy-partial-2.pngthe server answered 404');
  assert.equal(await badgeText(h, tabId), '!');
  await popup.screenshot(path.join(SHOTS, 'popup-partial.png'));
  const partial = await finishedJob((j) => j.tabId === tabId && j.result?.status === 'saved-partial');

  serveImage(WOSHIPM, `${IMG}/qy-partial-2.png`, 42); // the server is fixed
  await popup.evaluate(() => (document.querySelector('#qy-save-retry') as HTMLElement).click());
  await popup.waitFor(() => (document.querySelector('#qy-save') as HTMLElement | null)?.dataset.state === 'saved', undefined, 15000);
  const retried = await finishedJob((j) => j.kind === 'retry' && j.articleId === partial.articleId);
  assert.equal(retried.result?.status, 'saved');
  assert.equal((await libraryRecords()).find((r) => r.id === partial.articleId)?.status, 'complete');
  await assertStoredAsServed(partial.articleId!, [1, 2].map((n) => `https://${WOSHIPM}${IMG}/qy-partial-${n}.png`));
  await page.close();
});

test('the reader tab saves the article it shows', async () => {
  serveImage(WOSHIPM, '/wp-files/2024/03/interview-notes.png', 61);
  const page = await h.ctx.newPage();
  await page.goto('http://www.woshipm.com/user-research/9900001-woshipm-article.html');
  const tabId = await tabIdOf(h, page);
  const opened = h.ctx.waitForEvent('page', { predicate: (p) => p.url().startsWith(h.url('reader.html?key=')), timeout: 10000 });
  await h.worker().evaluate(async (id) => chrome.commands.onCommand.dispatch('open-reader-tab', await chrome.tabs.get(id)), tabId);
  const reader = await opened;
  await reader.locator('#qy-save[data-state="idle"]').waitFor({ timeout: 10000 });
  await reader.locator('#qy-save').click();
  await reader.locator('#qy-save[data-state="saved"]').waitFor({ timeout: 15000 });
  const job = await finishedJob((j) => j.kind === 'article' && j.title === '用户访谈里最容易犯的五个错误');
  assert.equal(job.tabId, null); // a reader tab is not a web page: no badge to paint
  await assertStoredAsServed(job.articleId!, [`https://${WOSHIPM}/wp-files/2024/03/interview-notes.png`]);
  await reader.close();
  await page.close();
});

test('offline, with the image servers gone: saved articles open in the reader with every image decoded from its stored blob', async () => {
  await hosts.close();
  await h.ctx.setOffline(true);
  try {
    const ids = [savedFromPopup.articleId!, ...(await libraryRecords()).map((r) => r.id).filter((id) => id !== savedFromPopup.articleId)];
    for (const id of ids) {
      const reader = await h.ctx.newPage();
      const started = Date.now();
      await reader.goto(h.url(`reader.html?id=${encodeURIComponent(id)}`));
      await reader.locator('#qy-root[data-state="article"]').waitFor({ timeout: 10000 });
      const images = await reader.locator('#qy-content img').evaluateAll((imgs) =>
        Promise.all(
          (imgs as HTMLImageElement[]).map(async (img) => {
            img.loading = 'eager';
            await img.decode().catch(() => undefined);
            return { src: img.currentSrc || img.src, width: img.naturalWidth };
          }),
        ),
      );
      if (id === savedFromPopup.articleId) timings.offlineReaderOpen = Date.now() - started;
      assert.ok(images.length > 0, `no images in ${id}`);
      for (const image of images) {
        assert.match(image.src, /^blob:/, `image not from the library: ${image.src}`);
        assert.ok(image.width > 0, `image did not decode: ${image.src}`);
      }
      if (id === savedFromPopup.articleId) {
        assert.equal(images.length, 3);
        assert.equal(await reader.locator('#qy-title').innerText(), '把需求写清楚的四个习惯');
        await reader.screenshot({ path: path.join(SHOTS, 'reader-offline.png') });
      }
      await reader.close();
    }
  } finally {
    await h.ctx.setOffline(false);
  }
});

// Saving an article a page holds (library.saveArticle), through the real router and handler table:
// validation, the job recorded in storage.session and broadcast, the badge of the source tab,
// results a user can act on (saved, images missing with their reasons, storage full), retries.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
vi.mock('webextension-polyfill', () => ({ default: {} }));

import type { Runtime } from 'webextension-polyfill';
import { handlers } from '../../../src/background/handlers';
import { PAYLOAD_VALIDATORS } from '../../../src/background/request-validators';
import { createRouter } from '../../../src/background/router';
import { retryUnblockedImages } from '../../../src/background/save/access-granted';
import { SAVED_BADGE_MS } from '../../../src/background/save/save-badge';
import { BADGE_COLOR_DETECTED, BADGE_COLOR_PARTIAL, BADGE_COLOR_SAVING, MAX_ARTICLE_CHARS } from '../../../src/shared/constants';
import type { Envelope, SaveJob, SaveStatus } from '../../../src/shared/messages';
import { LibraryError } from '../../../src/storage/library';
import { jpegHeaders } from '../save/fake-fetch';
import { imageBytes } from '../storage/library-fixtures';
import { EXTENSION_BASE, EXTENSION_ID } from './fake-browser';
import { createSaveEnv, makeArticle, serveImages, teardownSaveEnv, type SaveEnv } from './save-env';

const popup = { id: EXTENSION_ID, url: `${EXTENSION_BASE}popup.html` } as Runtime.MessageSender;
const contentScript = { id: EXTENSION_ID, url: 'https://www.woshipm.com/pd/1.html', tab: { id: 7, index: 0, highlighted: true, active: true, pinned: false, incognito: false }, frameId: 0 } as Runtime.MessageSender;

let env: SaveEnv;
let route: ReturnType<typeof createRouter>;
beforeEach(() => {
  env = createSaveEnv();
  route = createRouter(handlers, PAYLOAD_VALIDATORS, { extensionId: EXTENSION_ID, extensionBase: EXTENSION_BASE });
});
afterEach(() => {
  vi.useRealTimers();
  teardownSaveEnv();
});

async function send<T>(type: string, payload: unknown, sender = popup): Promise<Envelope<T>> {
  return (await route({ type, payload }, sender)) as Envelope<T>;
}
async function start(payload: unknown): Promise<SaveJob> {
  const answer = await send<SaveJob>('library.saveArticle', payload);
  if (!answer.ok) throw new Error(JSON.stringify(answer.error));
  return answer.value;
}

describe('library.saveArticle validation', () => {
  it('refuses forged or oversized articles before anything runs', async () => {
    const article = makeArticle();
    const bad: unknown[] = [
      { article: { ...article, extra: 'x' } },
      { article: { ...article, url: 'javascript:alert(1)' } },
      { article: { ...article, title: '   ' } },
      { article: { ...article, images: Array.from({ length: 1001 }, (_, i) => ({ src: `https://a.example/${i}.png`, alt: '' })) } },
      { article: { ...article, contentHtml: 'x'.repeat(MAX_ARTICLE_CHARS) } },
      { article: { ...article, images: [{ src: 'https://a.example/1.png', alt: '', onload: 'x' }] } },
      { article, tabId: -1 },
      { article, extra: true },
    ];
    for (const payload of bad) expect((await send('library.saveArticle', payload)).ok, JSON.stringify(payload).slice(0, 80)).toBe(false);
    expect(await env.storedJobs()).toEqual([]);
    expect(env.net.requests).toEqual([]);
  });

  it('does not let content scripts start saves', async () => {
    const answer = await send('library.saveArticle', { article: makeArticle() }, contentScript);
    expect(answer).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });
});

describe('library.saveArticle', () => {
  it('answers with the started job at once, then saves in the background: progress, result, library entry', async () => {
    const tab = env.f.addTab({ url: 'https://blog.example.cn/2024/05/demand-review/' });
    const article = makeArticle({ images: 3 });
    serveImages(env.net, article);
    const job = await start({ article, tabId: tab.id });
    expect(job).toMatchObject({ kind: 'article', tabId: tab.id, url: article.url, title: article.title, phase: 'extracting', result: null });
    // The badge says at once that something is happening.
    expect(env.f.badgeOf(tab.id)).toMatchObject({ text: '…', color: BADGE_COLOR_SAVING });

    const done = await env.finished(job.id);
    expect(done).toMatchObject({ phase: 'done', done: 3, total: 3, bytes: 9000, result: { status: 'saved', updated: false } });
    expect(done.articleId).toBe((done.result as { id: string }).id);
    const record = await env.library.getArticle(done.articleId!);
    expect(record).toMatchObject({ status: 'complete', article: { title: article.title } });
    expect((await env.library.getImageBlobs(done.articleId!)).size).toBe(3);

    // Open pages heard it finish; the badge shows ✓ with the title in the tooltip.
    expect(env.broadcasts().at(-1)).toMatchObject({ id: job.id, phase: 'done' });
    expect(env.f.badgeOf(tab.id)).toMatchObject({ text: '✓', color: BADGE_COLOR_DETECTED, title: `Qingyue: Saved for offline reading: ${article.title}` });
    // Images were downloaded like the save engine promises: no cookies, no referrer.
    expect(env.net.requests.every((r) => r.init?.credentials === 'omit' && r.init?.referrerPolicy === 'no-referrer')).toBe(true);
  });

  it('gives the tab its own badge back a few seconds after ✓', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'], shouldAdvanceTime: true });
    const tab = env.f.addTab({ url: 'https://www.woshipm.com/pd/1.html' });
    await env.f.areas.session.set({ [`badge:${tab.id}`]: { kind: 'detected', url: tab.url } });
    const article = makeArticle({ images: 1 });
    serveImages(env.net, article);
    const job = await start({ article, tabId: tab.id });
    await env.finished(job.id);
    expect(env.f.badgeOf(tab.id).text).toBe('✓');
    await vi.advanceTimersByTimeAsync(SAVED_BADGE_MS + 10);
    await vi.waitFor(() => expect(env.f.badgeOf(tab.id).text).toBe('读'));
  });

  it('shows the share of images done on the badge while they download', async () => {
    const tab = env.f.addTab({ url: 'https://blog.example.cn/a' });
    const article = makeArticle({ images: 4 });
    article.images.forEach((image, i) => env.net.route(image.src, { body: imageBytes(2000, i + 1), headers: jpegHeaders(2000), delayMs: 40 * (i + 1) }));
    const seen = new Set<string>();
    const job = await start({ article, tabId: tab.id });
    await vi.waitFor(
      async () => {
        const text = env.f.badgeOf(tab.id).text ?? '';
        seen.add(text);
        expect((await env.storedJobs())[0]?.phase).toBe('done');
      },
      { timeout: 5000, interval: 5 },
    );
    expect([...seen].some((t) => /^\d{1,2}%$/.test(t))).toBe(true);
    expect(env.f.badgeOf(tab.id).text).toBe('✓');
    // The job record followed the download in steps (what a popup opened mid-way reads).
    expect(env.broadcasts().filter((b) => b.id === job.id && b.phase === 'images').length).toBeGreaterThan(0);
  });

  it('saves with images missing, lists each with its reason, and retry completes it', async () => {
    const tab = env.f.addTab({ url: 'https://blog.example.cn/b' });
    const article = makeArticle({ images: 3 });
    serveImages(env.net, article);
    env.net.route(article.images[1]!.src, { status: 404 });
    const job = await start({ article, tabId: tab.id });
    const done = await env.finished(job.id);
    expect(done.result).toMatchObject({
      status: 'saved-partial',
      missing: [{ url: article.images[1]!.src, reason: 'HTTP_ERROR', message: 'The server answered 404.' }],
    });
    expect(done.needsAccess).toEqual([]); // image.woshipm.com is allowed: a real server error, not access
    expect(env.f.badgeOf(tab.id)).toMatchObject({ text: '!', color: BADGE_COLOR_PARTIAL, title: 'Qingyue: Saved, but some images could not be downloaded (1). Open Qingyue to retry them.' });

    serveImages(env.net, article);
    const retry = await send<SaveJob>('library.retry', { id: done.articleId, tabId: tab.id });
    expect(retry).toMatchObject({ ok: true, value: { kind: 'retry', articleId: done.articleId, title: article.title } });
    const retried = await env.finished((retry as { value: SaveJob }).value.id);
    expect(retried.result).toMatchObject({ status: 'saved', id: done.articleId });
    expect((await env.library.getArticle(done.articleId!))?.status).toBe('complete');
    expect(env.f.badgeOf(tab.id).text).toBe('✓');
  });

  it('reports images from hosts Qingyue may not download from, and retries them when access is granted', async () => {
    const article = makeArticle({ images: 1 });
    const foreign = 'https://img.example.org/2024/chart.png';
    article.images.push({ src: foreign, alt: 'chart' });
    article.contentHtml += `<p><img src="${foreign}" alt="chart"></p>`;
    serveImages(env.net, article);
    env.net.route(foreign, { networkError: true }); // a cross-origin fetch without access fails like the network

    const done = await env.finished((await start({ article })).id);
    expect(done.result).toMatchObject({ status: 'saved-partial', missing: [{ url: foreign, reason: 'NETWORK' }] });
    expect(done.needsAccess).toEqual(['https://img.example.org/*']);

    // The user allows the site (from the popup or the browser's settings): the image comes by itself.
    env.net.route(foreign, { body: imageBytes(1500, 9, 'png'), headers: { 'content-type': 'image/png' } });
    env.f.granted.add('https://img.example.org/*');
    const [retry] = await retryUnblockedImages({ origins: ['https://img.example.org/*'] });
    expect(retry).toMatchObject({ kind: 'retry', articleId: done.articleId });
    expect((await env.finished(retry!.id)).result).toMatchObject({ status: 'saved' });
    // Granting an unrelated site retries nothing.
    expect(await retryUnblockedImages({ origins: ['https://unrelated.example/*'] })).toEqual([]);
  });

  it('storage full: nothing saved, the reason and the largest articles to delete', async () => {
    const big = makeArticle({ title: '一篇很大的旧文章', url: 'https://blog.example.cn/old', images: 1 });
    serveImages(env.net, big, 50_000);
    await env.finished((await start({ article: big })).id);

    const saveArticle = env.library.saveArticle.bind(env.library);
    env.library.saveArticle = async () => {
      throw new LibraryError('QUOTA_EXCEEDED', 'The browser has no room left for the library.', { needBytes: 12_000 });
    };
    const article = makeArticle({ images: 1 });
    serveImages(env.net, article);
    const tab = env.f.addTab({ url: article.url });
    const done = await env.finished((await start({ article, tabId: tab.id })).id);
    env.library.saveArticle = saveArticle;
    expect(done.result).toMatchObject({ status: 'failed', code: 'QUOTA_EXCEEDED', needBytes: 12_000, largest: [{ title: '一篇很大的旧文章' }] });
    expect(await env.library.findSaved(article)).toBeNull();
    expect(env.f.badgeOf(tab.id)).toMatchObject({ text: '!', title: 'Qingyue: Not saved: the browser has no room left. Delete some large articles from the library and try again.' });
  });

  it('a second save of the same article while it runs joins the running job', async () => {
    const article = makeArticle({ images: 2 });
    article.images.forEach((image, i) => env.net.route(image.src, { body: imageBytes(2000, i + 1), headers: jpegHeaders(2000), delayMs: 30 }));
    const [a, b] = [await start({ article }), await start({ article })];
    expect(b.id).toBe(a.id);
    await env.finished(a.id);
    expect((await env.library.listArticles()).total).toBe(1);
  });
});

describe('library.status and library.jobs', () => {
  it('tell a reopened popup whether the article is saved and what the last job did', async () => {
    const article = makeArticle({ images: 1 });
    const identity = { url: article.url, canonicalUrl: article.canonicalUrl, title: article.title, site: article.site };
    expect(await send<SaveStatus>('library.status', { article: identity })).toEqual({ ok: true, value: { savedId: null, job: null } });

    serveImages(env.net, article);
    const job = await start({ article });
    const done = await env.finished(job.id);
    const status = await send<SaveStatus>('library.status', { article: identity });
    expect(status).toEqual({ ok: true, value: { savedId: done.articleId, job: done } });

    // The same post read on a mirror is the same entry (dedupe by the library's identities).
    const mirror = { ...identity, url: 'https://mirror.example.net/p/42.html' };
    expect(await send<SaveStatus>('library.status', { article: mirror })).toMatchObject({ ok: true, value: { savedId: done.articleId } });

    const jobs = await send<SaveJob[]>('library.jobs', {});
    expect(jobs).toEqual({ ok: true, value: [done] });
    expect((await send('library.status', { article: { ...identity, body: 'x' } })).ok).toBe(false);
  });
});

// @vitest-environment jsdom
// The reader on a saved article (reader.html?id=…): stored pictures from blob: URLs, placeholders
// for pictures the save could not download, export, delete with undo, the reading position, and
// an entry that is gone.

import 'fake-indexeddb/auto';
import { Blob as NodeBlob } from 'node:buffer';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { FetchedImage } from '../../../src/storage/library';
import type { SaveJob } from '../../../src/shared/messages';
import { createMockConnector } from '../../../src/ui/connect/mock';
import type { Connector } from '../../../src/ui/connect/types';
import { setUiLanguage } from '../../../src/ui/i18n';
import { pageLibrary } from '../../../src/ui/library/page-library';
import { ReaderApp } from '../../../src/ui/reader/App';
import { readerRequest } from '../../../src/ui/reader/sources';
import { fetchedAll, imageBlob, makeArticle } from '../storage/library-fixtures';
import { click, installBrowserStubs, mount, unmount, waitFor } from './dom';

globalThis.Blob = NodeBlob as unknown as typeof Blob; // fake-indexeddb clones Node's Blob only

let container: HTMLElement | undefined;
let objectUrls: Map<string, Blob>;
let online = true;

async function save(partial: boolean) {
  const article = makeArticle({ title: `离线阅读 ${Math.random()}`, url: `https://blog.example.cn/${Math.random()}`, images: 3 });
  const images: FetchedImage[] = fetchedAll(article);
  if (partial) images[2] = { url: article.images[2]!.src, originalUrl: null, status: 'missing', error: { code: 'TIMEOUT', message: 'slow' } };
  const { id } = await pageLibrary().saveArticle({ article, images, sourceUrl: article.url });
  return { id, article };
}

async function openReader(id: string, background: Partial<Connector> = {}) {
  const connector = { ...createMockConnector(new URLSearchParams('lang=zh_CN&delay=0'), localStorage), ...background };
  await setUiLanguage('auto');
  container = mount(<ReaderApp connector={connector} initialOptions={await connector.getOptions()} request={readerRequest(`?id=${id}`)} />);
  const root = container.querySelector<HTMLElement>('#qy-root')!;
  await waitFor(() => root.dataset.state !== 'loading');
  return root;
}

beforeEach(() => {
  localStorage.clear();
  installBrowserStubs();
  online = true;
  vi.spyOn(navigator, 'onLine', 'get').mockImplementation(() => online);
  objectUrls = new Map();
  let n = 0;
  URL.createObjectURL = vi.fn((blob: Blob) => {
    const url = `blob:qingyue/${++n}`;
    objectUrls.set(url, blob);
    return url;
  });
  URL.revokeObjectURL = vi.fn((url: string) => void objectUrls.delete(url));
});
afterEach(() => {
  if (container) unmount(container);
  container = undefined;
  vi.restoreAllMocks();
});

describe('reader on a saved article', () => {
  it('shows the stored pictures from blob: URLs and revokes them when it goes', async () => {
    const { id, article } = await save(false);
    const root = await openReader(id);
    expect(root.dataset.state).toBe('article');
    expect(root.querySelector('#qy-title')!.textContent).toBe(article.title);
    const sources = Array.from(root.querySelectorAll('#qy-content img'), (img) => img.getAttribute('src')!);
    expect(sources).toHaveLength(3);
    expect(sources.every((src) => src.startsWith('blob:qingyue/'))).toBe(true);
    expect(root.querySelector('#qy-missing-note')).toBeNull();
    unmount(container!);
    container = undefined;
    expect(objectUrls.size).toBe(0);
  });

  it('says how many pictures are missing and stands in for them when offline', async () => {
    online = false;
    const { id, article } = await save(true);
    const root = await openReader(id);
    expect(root.querySelector('#qy-missing-note')!.textContent).toContain('保存时有 1 张图片没能下载');
    await waitFor(() => root.querySelector('.qy-missing-image'));
    const placeholder = root.querySelector('.qy-missing-image')!;
    expect(placeholder.textContent).toContain('图片未离线保存');
    expect(placeholder.querySelector('a')!.getAttribute('href')).toBe(article.images[2]!.src);
    expect(root.querySelectorAll('#qy-content img[src^="blob:"]')).toHaveLength(2);
  });

  it('online, a picture that is not stored loads from the web and is replaced only if it fails', async () => {
    const { id, article } = await save(true);
    const root = await openReader(id);
    const web = root.querySelector<HTMLImageElement>(`#qy-content img[src="${article.images[2]!.src}"]`)!;
    expect(web).not.toBeNull();
    expect(root.querySelector('.qy-missing-image')).toBeNull();
    web.dispatchEvent(new Event('error'));
    expect(root.querySelector('.qy-missing-image a')!.getAttribute('href')).toBe(article.images[2]!.src);
  });

  it('exports the saved article as a self-contained HTML file', async () => {
    const clicked = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    const { id, article } = await save(false);
    const root = await openReader(id);
    await click(root.querySelector('#qy-export'));
    await click(root.querySelector('#qy-export-html'));
    await waitFor(() => root.querySelector('#qy-saved-status'));
    expect(root.querySelector('#qy-saved-status')!.textContent).toMatch(/^已导出 离线阅读 .*\.html$/);
    expect(clicked).toHaveBeenCalledOnce();
    const html = await [...objectUrls.values()].find((blob) => blob.type.startsWith('text/html'))!.text();
    expect(html).toContain(`<title>${article.title}</title>`);
    expect(html).toContain('src="data:image/jpeg;base64,');
  });

  it('deletes from the toolbar and undoes it', async () => {
    const { id, article } = await save(false);
    const root = await openReader(id);
    await click(root.querySelector('#qy-delete'));
    await waitFor(() => root.dataset.state === 'deleted');
    expect(await pageLibrary().getArticle(id)).toBeNull();
    expect(root.textContent).toContain(`《${article.title}》和它的图片已从这台电脑上删除`);
    expect(root.querySelector('#qy-delete')).toBeNull();
    await click(root.querySelector('#qy-undo-delete'));
    await waitFor(() => root.dataset.state === 'article');
    expect((await pageLibrary().getArticle(id))?.article.title).toBe(article.title);
    expect(root.querySelectorAll('#qy-content img[src^="blob:"]')).toHaveLength(3);
  });

  it('remembers how far the article was read when the tab goes away', async () => {
    const { id } = await save(false);
    await openReader(id);
    // jsdom has no layout: the whole article "fits" the window, so it counts as read to the end.
    dispatchEvent(new Event('pagehide'));
    await vi.waitFor(async () => expect((await pageLibrary().getArticle(id))?.readingProgress).toBe(1));
  });

  it('says the article is no longer in the library when its entry is gone', async () => {
    const root = await openReader('no-such-id');
    expect(root.dataset.state).toBe('missing');
    expect(root.textContent).toContain('这篇文章已不在书库中');
    expect(root.querySelector('#qy-open-library')!.getAttribute('href')).toBe('library.html');
  });

  it('downloads the missing pictures again from the note and shows them when the job ends', async () => {
    online = false;
    const { id, article } = await save(true);
    const listeners = new Set<(job: SaveJob) => void>();
    const root = await openReader(id, {
      getSaveJobs: async () => [],
      onSaveJob: (listener) => {
        listeners.add(listener);
        return () => listeners.delete(listener);
      },
      retrySave: async (articleId) => {
        const job: SaveJob = { id: 'job-r', kind: 'retry', tabId: null, url: article.url, title: article.title, articleId, phase: 'images', done: 0, total: 1, bytes: 0, startedAt: 1, updatedAt: 1, result: null, needsAccess: [] };
        setTimeout(async () => {
          const record = await pageLibrary().storeImages(articleId, [{ url: article.images[2]!.src, originalUrl: null, status: 'ok', blob: imageBlob(700, 3), type: 'image/jpeg' }]);
          for (const listener of listeners) listener({ ...job, phase: 'done', done: 1, updatedAt: 2, result: { status: 'saved', id: articleId, updated: true, sizes: record.sizes } });
        }, 30);
        return job;
      },
    });
    await waitFor(() => root.querySelector('.qy-missing-image'));
    await click(root.querySelector('#qy-retry-images'));
    await waitFor(() => root.dataset.state === 'article' && root.querySelectorAll('#qy-content img[src^="blob:"]').length === 3);
    expect(root.querySelector('.qy-missing-image')).toBeNull();
    expect(root.querySelector('#qy-missing-note')).toBeNull();
  });
});

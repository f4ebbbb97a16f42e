// @vitest-environment jsdom
// The library page in jsdom on a real library (fake-indexeddb) and the mock connector: the list,
// paging, search with debounce and highlights, delete with undo (button and Ctrl+Z), the keyboard,
// empty states, and backups in and out, refused files included.

import 'fake-indexeddb/auto';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { Blob as NodeBlob } from 'node:buffer';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MANIFEST_PATH, exportBackup } from '../../../src/storage/backup';
import { openLibrary } from '../../../src/storage/library';
import type { Library } from '../../../src/storage/library';
import type { SaveJob } from '../../../src/shared/messages';
import { createMockConnector } from '../../../src/ui/connect/mock';
import type { Connector } from '../../../src/ui/connect/types';
import { setUiLanguage, t } from '../../../src/ui/i18n';
import { LibraryApp, SEARCH_DEBOUNCE_MS } from '../../../src/ui/library/App';
import { DEFAULT_VIEW } from '../../../src/ui/library/paging';
import type { ViewState } from '../../../src/ui/library/paging';
import { failNthPut, fetchedAll, imageBlob, makeArticle } from '../storage/library-fixtures';
import { click, installBrowserStubs, key, mount, unmount, waitFor } from './dom';

// fake-indexeddb stores Blobs by structured clone, which knows Node's Blob, not jsdom's.
globalThis.Blob = NodeBlob as unknown as typeof Blob;

let container: HTMLElement | undefined;
let library: Library;
let clock = Date.UTC(2026, 10, 20, 8, 0);

function newLibrary(): Library {
  return openLibrary({ indexedDB: new IDBFactory(), IDBKeyRange, storage: { estimate: async () => ({ usage: 900_000, quota: 1_000_000 }) }, now: () => clock });
}

async function fill(count: number, spec: (i: number) => Parameters<typeof makeArticle>[0] = () => ({})) {
  for (let i = 0; i < count; i++) {
    clock += 60_000;
    const article = makeArticle({ title: `文章 ${String(i).padStart(3, '0')}`, url: `https://blog.example.cn/${i}`, site: null, images: 1, ...spec(i) });
    await library.saveArticle({ article, images: fetchedAll(article), sourceUrl: article.url });
  }
}

async function openPage(view: Partial<ViewState> = {}, background: Partial<Connector> = {}) {
  const connector = { ...createMockConnector(new URLSearchParams('lang=zh_CN&delay=0'), localStorage), ...background };
  await setUiLanguage('auto');
  container = mount(<LibraryApp connector={connector} library={library} initialOptions={await connector.getOptions()} initialView={{ ...DEFAULT_VIEW, ...view }} />);
  const root = container.querySelector<HTMLElement>('#qy-root')!;
  await waitFor(() => root.dataset.state !== 'loading');
  return root;
}

const titles = (root: HTMLElement) => Array.from(root.querySelectorAll('.qy-lib-row a[data-row-link]'), (a) => a.textContent);
const typeInto = (input: HTMLInputElement, value: string) => {
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true }));
};

beforeEach(() => {
  localStorage.clear();
  installBrowserStubs();
  window.scrollTo = () => undefined; // jsdom has no layout
  library = newLibrary();
  history.replaceState(null, '', '/library.html');
});
afterEach(() => {
  if (container) unmount(container);
  container = undefined;
  library.close();
  vi.restoreAllMocks();
});

describe('library page', () => {
  it('lists saved articles newest first as links to the reader, with site, date, size and progress', async () => {
    await fill(3, (i) => (i === 1 ? { title: '用户分层的误区' } : {}));
    const ids = (await library.listArticles()).items.map((item) => item.id);
    await library.setReadingProgress(ids[0]!, 0.45);
    const root = await openPage();
    expect(root.dataset.state).toBe('list');
    expect(titles(root)).toEqual(['文章 002', '用户分层的误区', '文章 000']);
    const first = root.querySelector('.qy-lib-row')!;
    expect(first.querySelector('a')!.getAttribute('href')).toBe(`reader.html?id=${ids[0]}`);
    expect(first.querySelector('.qy-lib-meta')!.textContent).toContain('人人都是产品经理');
    expect(first.querySelector('.qy-lib-size')!.textContent).toMatch(/KB$/);
    expect(first.querySelector('.qy-lib-progress')!.textContent).toBe('读到 45%');
    expect(root.querySelector('#qy-lib-total')!.textContent).toBe('已保存 3 篇');
    await waitFor(() => root.querySelector('#qy-lib-meter'));
    expect(root.querySelector('#qy-lib-meter')!.classList.contains('is-nearly-full')).toBe(true); // 90% of the quota
  });

  it('renders at most 50 rows and pages through the rest', async () => {
    await fill(120);
    const root = await openPage();
    // The first frame holds the rows that fill the window, the next one the rest of the page.
    expect(root.querySelectorAll('.qy-lib-row').length).toBeLessThan(50);
    await waitFor(() => root.querySelectorAll('.qy-lib-row').length === 50);
    expect(root.querySelector('.qy-lib-pager-status')!.textContent).toBe('第 1–50 篇，共 120 篇');
    await click(root.querySelector('#qy-lib-next'));
    await waitFor(() => titles(root)[0] === '文章 069');
    await click(root.querySelector('#qy-lib-next'));
    await waitFor(() => titles(root).length === 20);
    expect(root.querySelector<HTMLButtonElement>('#qy-lib-next')!.disabled).toBe(true);
    expect(location.search).toBe('?page=3');
  });

  it('searches after a pause in typing, highlights the match and counts the results', async () => {
    await fill(4, (i) => ({ paragraphs: i === 2 ? ['我们复盘了三个季度的数据，发现次日留存在第七天出现拐点。'] : ['需求评审不是走流程。'] }));
    const root = await openPage();
    const search = root.querySelector<HTMLInputElement>('#qy-lib-search')!;
    const spy = vi.spyOn(library, 'search');
    typeInto(search, '留');
    typeInto(search, '留存');
    await new Promise((resolve) => setTimeout(resolve, SEARCH_DEBOUNCE_MS / 3));
    expect(spy).not.toHaveBeenCalled(); // still typing
    await waitFor(() => titles(root).length === 1);
    expect(spy).toHaveBeenCalledTimes(1);
    expect(spy.mock.calls[0]![0]).toBe('留存');
    expect(titles(root)).toEqual(['文章 002']);
    expect(root.querySelector('.qy-lib-snippet mark')!.textContent).toBe('留存');
    expect(root.querySelector('.qy-lib-snippet')!.textContent).toContain('数据，发现次日留存');
    expect(root.querySelector('#qy-lib-count')!.textContent).toBe('找到 1 篇包含“留存”的文章');
    expect(location.search).toBe('?q=%E7%95%99%E5%AD%98');
  });

  it('highlights title matches and says so when nothing matches', async () => {
    await fill(2, (i) => ({ title: i ? '增长模型：从漏斗到飞轮' : '会员体系设计' }));
    const root = await openPage({ query: '飞轮' });
    expect(root.querySelector('.qy-lib-title mark')!.textContent).toBe('飞轮');
    const search = root.querySelector<HTMLInputElement>('#qy-lib-search')!;
    typeInto(search, '区块链');
    await waitFor(() => root.dataset.state === 'no-results');
    expect(root.querySelector('#qy-lib-no-results-title')!.textContent).toBe('没有找到包含“区块链”的文章');
    await click(root.querySelector('#qy-lib-clear-search'));
    await waitFor(() => titles(root).length === 2);
  });

  it('deletes at once and brings the article back with Undo, or with Ctrl+Z', async () => {
    await fill(3);
    const root = await openPage();
    const id = root.querySelector<HTMLElement>('.qy-lib-row')!.dataset.id!;
    await click(root.querySelector(`#qy-delete-${id}`));
    await waitFor(() => titles(root).length === 2);
    expect(await library.getArticle(id)).toBeNull();
    expect(root.querySelector('#qy-lib-undo-toast')!.textContent).toContain('已删除《文章 002》');
    await click(root.querySelector('#qy-lib-undo'));
    await waitFor(() => titles(root).length === 3);
    expect((await library.getArticle(id))?.article.title).toBe('文章 002');
    expect(root.querySelector('#qy-lib-undo-toast')).toBeNull();

    await click(root.querySelector(`#qy-delete-${id}`));
    await waitFor(() => titles(root).length === 2);
    await key('z', document.body);
    expect(titles(root)).toHaveLength(2); // z alone does nothing
    document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'z', ctrlKey: true, bubbles: true, cancelable: true }));
    await waitFor(() => titles(root).length === 3);
    expect(document.activeElement?.closest<HTMLElement>('.qy-lib-row')?.dataset.id).toBe(id); // focus returns to the restored row
  });

  it('is driven by the keyboard: / focuses the search, arrows move, Delete deletes', async () => {
    await fill(3);
    const root = await openPage();
    await key('/');
    const search = root.querySelector<HTMLInputElement>('#qy-lib-search')!;
    expect(document.activeElement).toBe(search);
    await key('ArrowDown', search);
    const links = () => Array.from(root.querySelectorAll<HTMLAnchorElement>('a[data-row-link]'));
    expect(document.activeElement).toBe(links()[0]);
    await key('ArrowDown', links()[0]);
    expect(document.activeElement).toBe(links()[1]);
    await key('End', links()[1]);
    expect(document.activeElement).toBe(links()[2]);
    await key('Delete', links()[2]);
    await waitFor(() => titles(root).length === 2);
    expect(titles(root)).toEqual(['文章 002', '文章 001']);
    expect(document.activeElement).toBe(links()[1]); // the row that took its place (the last one)
    await key('ArrowUp', links()[1]);
    await key('ArrowUp', links()[0]);
    expect(document.activeElement).toBe(search);
  });

  it('explains how to save when the library is empty', async () => {
    const root = await openPage();
    expect(root.dataset.state).toBe('empty');
    const empty = root.querySelector('#qy-lib-empty')!;
    expect(empty.textContent).toContain('书库还是空的');
    expect(empty.textContent).toContain('用清阅离线保存此页');
    expect(root.querySelector<HTMLButtonElement>('#qy-lib-export')!.disabled).toBe(true);
  });

  it('imports a backup: counts what it added and what it skipped', async () => {
    const source = newLibrary();
    for (const title of ['增长模型', '用户分层', '会员体系']) {
      const article = makeArticle({ title, url: `https://mirror.example/${encodeURIComponent(title)}`, images: 2 });
      await source.saveArticle({ article, images: fetchedAll(article), sourceUrl: article.url });
    }
    const backup = await exportBackup(source);
    source.close();
    await fill(1, () => ({ title: '用户分层', url: 'https://mirror.example/%E7%94%A8%E6%88%B7%E5%88%86%E5%B1%82', site: 'woshipm' }));
    const root = await openPage();
    const input = root.querySelector<HTMLInputElement>('#qy-lib-import-file')!;
    const file = new File([await backup.arrayBuffer()], 'qingyue-library-2026-11-20.zip', { type: 'application/zip' });
    Object.defineProperty(input, 'files', { value: [file], configurable: true });
    input.dispatchEvent(new Event('change', { bubbles: true }));
    await waitFor(() => root.querySelector('#qy-lib-notice[data-tone="ok"]'), 8000);
    expect(root.querySelector('#qy-lib-notice')!.textContent).toBe('已导入 2 篇文章（4 张图片），跳过 1 篇书库里已有的文章。');
    await waitFor(() => titles(root).length === 3);
  });

  it('refuses a file that is not a Qingyue backup and changes nothing', async () => {
    await fill(1);
    const root = await openPage();
    const input = root.querySelector<HTMLInputElement>('#qy-lib-import-file')!;
    const foreign = new File([zipSync({ 'notes.txt': strToU8('hello') })], 'photos.zip', { type: 'application/zip' });
    Object.defineProperty(input, 'files', { value: [foreign], configurable: true });
    input.dispatchEvent(new Event('change', { bubbles: true }));
    await waitFor(() => root.querySelector('#qy-lib-notice[data-tone="error"]'), 8000);
    expect(root.querySelector('#qy-lib-notice')!.textContent).toBe('没有导入 photos.zip：这是 zip 文件，但不是清阅的书库备份。书库没有任何改动。');
    const text = new File(['just text'], 'notes.txt');
    Object.defineProperty(input, 'files', { value: [text], configurable: true });
    input.dispatchEvent(new Event('change', { bubbles: true }));
    await waitFor(() => root.querySelector('#qy-lib-notice')!.textContent!.includes('notes.txt'), 8000);
    expect(root.querySelector('#qy-lib-notice')!.textContent).toContain('不是 zip 压缩包');
    expect((await library.listArticles()).total).toBe(1);
  });

  it('backs up the whole library to one file', async () => {
    await fill(2);
    const created: Blob[] = [];
    URL.createObjectURL = vi.fn((blob: Blob) => {
      created.push(blob);
      return 'blob:backup';
    });
    URL.revokeObjectURL = vi.fn();
    const clicked = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    const root = await openPage();
    await click(root.querySelector('#qy-lib-export'));
    await waitFor(() => root.querySelector('#qy-lib-notice[data-tone="ok"]'), 8000);
    expect(root.querySelector('#qy-lib-notice')!.textContent).toMatch(/^已导出备份 qingyue-library-\d{4}-\d{2}-\d{2}\.zip（2 篇文章，/);
    expect(clicked).toHaveBeenCalledOnce();
    expect(created[0]!.type).toBe('application/zip');

    const copy = newLibrary();
    const { importBackup } = await import('../../../src/storage/backup');
    expect(await importBackup(copy, created[0]!)).toEqual({ imported: 2, skipped: 0, images: 2 });
    copy.close();
  });

  it('retries missing images in the background and shows the row complete when the job ends', async () => {
    const article = makeArticle({ title: '用户分层的误区', images: 3 });
    const images = fetchedAll(article);
    images[1] = { url: article.images[1]!.src, originalUrl: null, status: 'missing', error: { code: 'NETWORK', message: 'offline' } };
    images[2] = { url: article.images[2]!.src, originalUrl: null, status: 'missing', error: { code: 'NETWORK', message: 'offline' } };
    const { id } = await library.saveArticle({ article, images, sourceUrl: article.url });

    // The background's side of a retry: a job that reports progress, stores the images, ends.
    const listeners = new Set<(job: SaveJob) => void>();
    let finish!: () => Promise<void>;
    const asked: Array<{ id: string; origins: string[] | undefined }> = [];
    const background: Partial<Connector> = {
      getSaveJobs: async () => [],
      onSaveJob: (listener) => {
        listeners.add(listener);
        return () => listeners.delete(listener);
      },
      retrySave: async (articleId, options) => {
        asked.push({ id: articleId, origins: options?.origins });
        const job: SaveJob = { id: 'job-1', kind: 'retry', tabId: null, url: article.url, title: article.title, articleId, phase: 'images', done: 1, total: 2, bytes: 0, startedAt: 1, updatedAt: 1, result: null, needsAccess: [] };
        finish = async () => {
          const record = await library.storeImages(articleId, article.images.slice(1).map((image, i) => ({ url: image.src, originalUrl: null, status: 'ok' as const, blob: imageBlob(900, 9 + i), type: 'image/jpeg' })));
          const done: SaveJob = { ...job, phase: 'done', done: 2, updatedAt: 2, result: { status: 'saved', id: articleId, updated: true, sizes: record.sizes } };
          for (const listener of listeners) listener(done);
        };
        return job;
      },
    };
    const root = await openPage({}, background);
    expect(root.querySelector('.qy-lib-partial')!.textContent).toContain('缺 2 张图片');
    await click(root.querySelector(`#qy-retry-${id}`));
    await waitFor(() => root.querySelector(`#qy-retry-${id}`)?.textContent === '正在下载… 1/2');
    expect(root.querySelector(`#qy-retry-${id}`)!.getAttribute('aria-disabled')).toBe('true'); // stays focusable while it runs
    expect(asked).toEqual([{ id, origins: [] }]);
    await finish();
    await waitFor(() => !root.querySelector('.qy-lib-partial'));
    expect((await library.getArticle(id))!.status).toBe('complete');
  });

  it('says why a retry failed', async () => {
    const article = makeArticle({ title: '会员体系', images: 1 });
    const { id } = await library.saveArticle({ article, images: [{ url: article.images[0]!.src, originalUrl: null, status: 'missing', error: { code: 'NETWORK', message: 'offline' } }], sourceUrl: article.url });
    const root = await openPage({}, {
      getSaveJobs: async () => [],
      onSaveJob: () => () => undefined,
      retrySave: async (articleId) => ({ id: 'job-2', kind: 'retry', tabId: null, url: article.url, title: null, articleId, phase: 'done', done: 1, total: 1, bytes: 0, startedAt: 1, updatedAt: 1, result: { status: 'failed', code: 'QUOTA_EXCEEDED', message: 'full' }, needsAccess: [] }),
    });
    await click(root.querySelector(`#qy-retry-${id}`));
    await waitFor(() => root.querySelector('.qy-lib-partial-error'));
    expect(root.querySelector('.qy-lib-partial-error')!.textContent).toBe(t('saveFailedQuota'));
  });

  describe('refusals: the library stays as it was', () => {
    async function backupBytes(titles: string[]): Promise<Uint8Array<ArrayBuffer>> {
      const source = newLibrary();
      for (const title of titles) {
        const article = makeArticle({ title, url: `https://mirror.example/${encodeURIComponent(title)}`, images: 1 });
        await source.saveArticle({ article, images: fetchedAll(article), sourceUrl: article.url });
      }
      const bytes = new Uint8Array(await (await exportBackup(source)).arrayBuffer());
      source.close();
      return bytes;
    }

    async function importInto(root: HTMLElement, bytes: Uint8Array<ArrayBuffer>, name: string): Promise<string> {
      const input = root.querySelector<HTMLInputElement>('#qy-lib-import-file')!;
      Object.defineProperty(input, 'files', { value: [new File([bytes], name, { type: 'application/zip' })], configurable: true });
      input.dispatchEvent(new Event('change', { bubbles: true }));
      const notice = await waitFor(() => root.querySelector('#qy-lib-notice:not([data-tone="busy"])'), 8000);
      return notice.textContent ?? '';
    }

    it('a backup from a newer version', async () => {
      const files = unzipSync(await backupBytes(['增长模型']));
      const manifest = JSON.parse(strFromU8(files[MANIFEST_PATH]!)) as { version: string };
      manifest.version = '2.0';
      files[MANIFEST_PATH] = strToU8(JSON.stringify(manifest));
      const root = await openPage();
      expect(await importInto(root, zipSync(files), 'future.zip')).toBe('没有导入 future.zip：这个备份来自更新版本的清阅，请先更新扩展再导入。书库没有任何改动。');
      expect((await library.listArticles()).total).toBe(0);
    });

    it('a damaged (cut short) backup', async () => {
      const bytes = await backupBytes(['增长模型', '用户分层']);
      const root = await openPage();
      const text = await importInto(root, bytes.slice(0, Math.floor(bytes.length * 0.6)), 'cut.zip');
      expect(text).toContain('没有导入 cut.zip：文件已损坏（下载不完整，或被修改过）。书库没有任何改动。');
      expect(root.querySelector('.qy-lib-notice-detail')!.textContent).toMatch(/damaged/);
      expect((await library.listArticles()).total).toBe(0);
    });

    it('a disk that fills up during the import', async () => {
      const bytes = await backupBytes(['增长模型', '用户分层', '会员体系']);
      const root = await openPage();
      const restore = failNthPut(4);
      try {
        const text = await importInto(root, bytes, 'big.zip');
        expect(root.querySelector('.qy-lib-notice-text')!.textContent).toBe('没有导入 big.zip：写入书库时出错，已全部撤回，书库没有任何改动。');
        expect(text).toContain('存储空间不足，什么都没有写入');
      } finally {
        restore();
      }
      expect((await library.listArticles()).total).toBe(0);
    });

    it('undo after the same article was saved again', async () => {
      await fill(2);
      const root = await openPage();
      const id = root.querySelector<HTMLElement>('.qy-lib-row')!.dataset.id!;
      const snapshot = (await library.getArticle(id))!;
      await click(root.querySelector(`#qy-delete-${id}`));
      await waitFor(() => titles(root).length === 1);
      await library.saveArticle({ article: snapshot.article, images: fetchedAll(snapshot.article), sourceUrl: snapshot.sourceUrl });
      await click(root.querySelector('#qy-lib-undo'));
      await waitFor(() => root.querySelector('#qy-lib-notice[data-tone="error"]'));
      expect(root.querySelector('#qy-lib-notice')!.textContent).toContain('这篇文章删除后又被保存过');
    });
  });
});

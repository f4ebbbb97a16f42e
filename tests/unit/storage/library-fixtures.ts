// Test data for the library and save tests: articles written for these tests (modelled on the
// shape of woshipm mirror posts, not copied from any), images as real Blobs with true magic bytes.

import { IDBFactory, IDBKeyRange, IDBObjectStore } from 'fake-indexeddb';
import type { Article, ArticleImage } from '../../../src/core/article';
import { openLibrary } from '../../../src/storage/library';
import type { FetchedImage, Library, LibraryDeps } from '../../../src/storage/library';

const PNG_MAGIC = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const JPEG_MAGIC = [0xff, 0xd8, 0xff, 0xe0];

/** Deterministic pseudo-random bytes (incompressible, like real JPEG data) behind a real signature. */
export function imageBytes(size: number, seed = 1, type: 'png' | 'jpeg' = 'jpeg'): Uint8Array<ArrayBuffer> {
  const bytes = new Uint8Array(size);
  let state = seed * 2654435761 || 1;
  for (let i = 0; i < size; i++) {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    bytes[i] = state & 0xff;
  }
  bytes.set((type === 'png' ? PNG_MAGIC : JPEG_MAGIC).slice(0, size));
  return bytes;
}

export function imageBlob(size: number, seed = 1, type: 'png' | 'jpeg' = 'jpeg'): Blob {
  return new Blob([imageBytes(size, seed, type)], { type: `image/${type}` });
}

const PARAGRAPHS = [
  '做产品的人都知道，需求评审不是走流程，而是让团队对“为什么做”达成一致。',
  '在用户增长放缓的阶段，精细化运营成为很多团队的选择，但指标拆解往往流于形式。',
  '我们复盘了三个季度的数据，发现留存曲线在第七天出现明显拐点。',
  'Product managers often confuse output with outcome; the roadmap is a hypothesis, not a promise.',
  '这篇文章从用户访谈、数据分析和竞品研究三个角度，聊聊如何找到真正的问题。',
];

export interface ArticleSpec {
  title?: string;
  url?: string;
  canonicalUrl?: string | null;
  site?: Article['site'];
  paragraphs?: string[];
  images?: number;
  /** Give images a proxied originalSrc. */
  proxied?: boolean;
  leadImage?: string | null;
}

export function makeArticle(spec: ArticleSpec = {}): Article {
  const url = spec.url ?? 'https://blog.example.cn/2024/05/demand-review/';
  const host = 'https://image.woshipm.com/wp-files/2024/05';
  const images: ArticleImage[] = Array.from({ length: spec.images ?? 2 }, (_, i) => ({
    src: `${host}/img-${i + 1}.jpg`,
    ...(spec.proxied ? { originalSrc: `https://cors.proxy.example/?http://image.woshipm.com/wp-files/2024/05/img-${i + 1}.jpg` } : {}),
    alt: `配图 ${i + 1}`,
    width: 800,
    height: 450,
  }));
  const paragraphs = spec.paragraphs ?? PARAGRAPHS;
  const body = paragraphs.map((p, i) => `<p>${p}</p>${images[i] ? `<p><img src="${images[i]!.src}" alt="${images[i]!.alt}" width="800" height="450"></p>` : ''}`);
  const rest = images.slice(paragraphs.length).map((img) => `<p><img src="${img.src}" alt="${img.alt}"></p>`);
  const title = spec.title ?? '需求评审的三个误区：从“走流程”到“对齐目标”';
  return {
    url,
    canonicalUrl: spec.canonicalUrl === undefined ? null : spec.canonicalUrl,
    site: spec.site === undefined ? 'woshipm' : spec.site,
    title,
    byline: '青柠',
    siteName: '人人都是产品经理',
    publishedTime: '2024-05-12T08:00:00.000Z',
    lang: 'zh-CN',
    excerpt: paragraphs[0] ?? '',
    leadImage: spec.leadImage === undefined ? (images[0]?.src ?? null) : spec.leadImage,
    contentHtml: `<blockquote class="qy-lede"><p>编辑导语：${paragraphs[0]}</p></blockquote><h2 id="toc-1">一、问题</h2>${body.join('')}${rest.join('')}<footer class="qy-credits"><p>本文由 @青柠 原创发布于人人都是产品经理。</p></footer>`,
    textContent: paragraphs.join('\n\n'),
    images,
    toc: [{ id: 'toc-1', level: 2, text: '一、问题' }],
    readingMinutes: 3,
  };
}

/** Every image of the article fetched fine. */
export function fetchedAll(article: Article, size = 2048): FetchedImage[] {
  return article.images.map((image, i) => ({
    url: image.src,
    originalUrl: image.originalSrc ?? null,
    status: 'ok' as const,
    blob: imageBlob(size, i + 1),
    type: 'image/jpeg',
  }));
}

export interface TestLibrary {
  library: Library;
  factory: IDBFactory;
  deps: LibraryDeps;
  /** Advance the fake clock. */
  tick(ms?: number): number;
}

/** A library on its own fresh fake IndexedDB, with a controllable clock. */
export function freshLibrary(extra: Partial<LibraryDeps> = {}): TestLibrary {
  const factory = new IDBFactory();
  let now = Date.UTC(2025, 0, 1);
  const deps: LibraryDeps = { indexedDB: factory, IDBKeyRange, now: () => now, storage: undefined, ...extra };
  return {
    library: openLibrary(deps),
    factory,
    deps,
    tick(ms = 1000) {
      now += ms;
      return now;
    },
  };
}

export async function blobBytes(blob: Blob): Promise<Uint8Array> {
  return new Uint8Array(await blob.arrayBuffer());
}

export type FailureMode =
  /** put() throws synchronously, inside our own transaction code. */
  | 'throw'
  /** The put request fails the way a browser reports a full disk: the request errors and the transaction aborts with QuotaExceededError. */
  | 'request';

/**
 * Make the Nth put() (1-based, counted from now, any store) fail with a QuotaExceededError.
 * Returns a function that removes the fault and tells how many puts were attempted.
 */
export function failNthPut(n: number, mode: FailureMode = 'request'): () => number {
  const proto = IDBObjectStore.prototype as unknown as { put: (...args: unknown[]) => unknown };
  const original = proto.put;
  let count = 0;
  proto.put = function (this: { transaction: { _execRequestAsync(req: unknown): unknown } }, ...args: unknown[]) {
    count++;
    if (count !== n) return original.apply(this, args);
    const quota = new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    if (mode === 'throw') throw quota;
    return this.transaction._execRequestAsync({
      operation: () => {
        throw quota;
      },
      source: this,
    });
  };
  return () => {
    proto.put = original;
    return count;
  };
}

/** Every row of every store (blobs as their bytes), to assert that a failed write changed nothing. */
export async function dumpDatabase(factory: IDBFactory, name = 'qingyue-library'): Promise<Record<string, unknown[]>> {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = factory.open(name);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  const dump: Record<string, unknown[]> = {};
  try {
    for (const storeName of Array.from(db.objectStoreNames)) {
      const rows = await new Promise<unknown[]>((resolve, reject) => {
        const tx = db.transaction(storeName, 'readonly');
        const keys = tx.objectStore(storeName).getAllKeys();
        const values = tx.objectStore(storeName).getAll();
        tx.oncomplete = () => resolve(keys.result.map((key, i) => ({ key, value: values.result[i] })));
        tx.onerror = () => reject(tx.error);
      });
      dump[storeName] = await Promise.all(rows.map(async (row) => JSON.parse(JSON.stringify(await blobsToBytes(row)))));
    }
  } finally {
    db.close();
  }
  return dump;
}

async function blobsToBytes(value: unknown): Promise<unknown> {
  if (value instanceof Blob) return { blob: Array.from(await blobBytes(value)), type: value.type };
  if (Array.isArray(value)) return Promise.all(value.map(blobsToBytes));
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [key, inner] of Object.entries(value)) out[key] = await blobsToBytes(inner);
    return out;
  }
  return value;
}

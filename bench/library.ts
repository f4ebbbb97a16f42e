// Library benchmarks (issue #4 item 7), in Node on fake-indexeddb (bench/library-chromium.ts
// measures the first paint in Chromium on a minimal list page; the library page's own paint comes
// with that page):
//   1. first paint data: open the library and get the first page of 50 render-ready summaries,
//      with 1,000 articles against 10 (target ratio ≤ 1.5);
//   2. stored bytes against the article HTML plus the raw image bytes (target ratio ≤ 1.05).
// Also printed, for context: search per keystroke over 1,000 articles.
//
// Run alone: npm run bench -- library

// idb checks `instanceof IDBRequest` etc. on the globals: fake-indexeddb installs them (Node has none).
import 'fake-indexeddb/auto';
import { serialize } from 'node:v8';
import { openLibrary } from '../src/storage/library';
import type { Library, LibraryDeps } from '../src/storage/library';
import { median } from './lib/stats.ts';
import type { BenchModule, BenchReport } from './lib/types.ts';
import { CORPUS_SHAPES, benchArticle, fetched, kb } from './library-fixtures';

async function fakeIndexedDb(): Promise<{ IDBFactory: typeof IDBFactory; IDBKeyRange: typeof IDBKeyRange }> {
  const fake = await import('fake-indexeddb');
  return { IDBFactory: fake.IDBFactory as unknown as typeof IDBFactory, IDBKeyRange: fake.IDBKeyRange as unknown as typeof IDBKeyRange };
}

async function openWith(deps: LibraryDeps): Promise<Library> {
  return openLibrary(deps);
}

/** A library of `count` articles (corpus-shaped text; 1 KB images: listing never reads images). */
async function filledLibrary(count: number): Promise<LibraryDeps> {
  const { IDBFactory, IDBKeyRange } = await fakeIndexedDb();
  let now = Date.UTC(2024, 0, 1);
  const deps: LibraryDeps = { indexedDB: new IDBFactory(), IDBKeyRange, now: () => (now += 60_000), storage: undefined };
  const library = await openWith(deps);
  for (let i = 0; i < count; i++) {
    const bench = benchArticle(i, CORPUS_SHAPES[i % CORPUS_SHAPES.length]!);
    const images = fetched(bench).map((image) => ({ ...image, blob: new Blob([new Uint8Array(1024)], { type: 'image/jpeg' }) }));
    await library.saveArticle({ article: bench.article, images });
  }
  library.close();
  return deps;
}

const dateFormat = new Intl.DateTimeFormat('zh-CN', { dateStyle: 'medium' });

/** What the library page needs to paint its first screen: open, first page, strings formatted. */
async function firstPaintData(deps: LibraryDeps): Promise<number> {
  const started = performance.now();
  const library = await openWith(deps);
  const page = await library.listArticles({ offset: 0, limit: 50 });
  const rows = page.items.map((item) => ({
    id: item.id,
    title: item.title,
    site: item.siteName ?? item.site ?? '',
    date: dateFormat.format(item.savedAt),
    size: kb(item.sizes.total),
    progress: `${Math.round(item.readingProgress * 100)}%`,
  }));
  const elapsed = performance.now() - started;
  library.close();
  await new Promise((resolve) => setImmediate(resolve)); // let the connection close before the next sample
  if (rows.length !== Math.min(50, page.total)) throw new Error('listing returned the wrong number of rows');
  return elapsed;
}

async function paintRatio(lines: string[], results: Record<string, number>): Promise<LibraryDeps> {
  const sizes = [10, 50, 1000] as const;
  const libraries = await Promise.all(sizes.map(filledLibrary));
  const runs = sizes.map(() => [] as number[]);
  for (let i = 0; i < 10; i++) for (const deps of libraries) await firstPaintData(deps);
  for (let i = 0; i < 40; i++) {
    // Interleaved, rotating who goes first, so drift (GC, JIT, CPU frequency) hits all sizes alike.
    for (let k = 0; k < sizes.length; k++) {
      const which = (i + k) % sizes.length;
      runs[which]!.push(await firstPaintData(libraries[which]!));
    }
  }
  const [small, fifty, large] = runs.map(median) as [number, number, number];
  results.firstPaintRatio = large / small;
  results.firstPaintRatioSamePage = large / fifty;
  lines.push(`first-paint data (open + first page of up to 50 summaries, formatted), median of 40:`);
  lines.push(`  10 articles ${small.toFixed(2)} ms · 50 articles ${fifty.toFixed(2)} ms · 1,000 articles ${large.toFixed(2)} ms`);
  lines.push(`  ratio 1,000 vs 10: ${(large / small).toFixed(2)} (target ≤ 1.5; here 50 rows vs 10 against almost no fixed cost: see the Chromium bench)`);
  lines.push(`  ratio 1,000 vs 50 (same 50 rows): ${(large / fifty).toFixed(2)}: the cost does not grow with the library`);
  const largeDeps = libraries[2]!;
  const library = await openWith(largeDeps);
  let started = performance.now();
  await library.search('复盘');
  const cold = performance.now() - started;
  const keystrokes: number[] = [];
  for (const query of ['留', '留存', '留存比', '留存比拉新', '访谈', '一页纸']) {
    started = performance.now();
    await library.search(query, { limit: 50 });
    keystrokes.push(performance.now() - started);
  }
  library.close();
  results.searchKeystrokeMs = median(keystrokes);
  lines.push(`search over 1,000 articles: first query ${cold.toFixed(1)} ms (loads the texts), then ${median(keystrokes).toFixed(1)} ms per keystroke (median)`);
  return largeDeps;
}

/** Size of a stored value as the browser's structured serialisation writes it; Blobs count their bytes. */
function storedSize(value: unknown): number {
  let blobBytes = 0;
  const strip = (inner: unknown): unknown => {
    if (inner instanceof Blob) {
      blobBytes += inner.size;
      return null;
    }
    if (Array.isArray(inner)) return inner.map(strip);
    if (inner && typeof inner === 'object') return Object.fromEntries(Object.entries(inner).map(([k, v]) => [k, strip(v)]));
    return inner;
  };
  return serialize(strip(value)).byteLength + blobBytes;
}

async function storedBytes(factory: IDBFactory): Promise<number> {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = factory.open('qingyue-library');
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  let total = 0;
  for (const name of Array.from(db.objectStoreNames)) {
    const [keys, values] = await new Promise<[IDBValidKey[], unknown[]]>((resolve, reject) => {
      const tx = db.transaction(name);
      const k = tx.objectStore(name).getAllKeys();
      const v = tx.objectStore(name).getAll();
      tx.oncomplete = () => resolve([k.result, v.result]);
      tx.onerror = () => reject(tx.error);
    });
    keys.forEach((key, i) => (total += storedSize(key) + storedSize(values[i])));
  }
  db.close();
  return total;
}

async function bytesRatio(lines: string[], results: Record<string, number>): Promise<void> {
  const { IDBFactory, IDBKeyRange } = await fakeIndexedDb();
  const measure = async (shapes: ReadonlyArray<readonly [number, number]>) => {
    const factory = new IDBFactory();
    const library = await openWith({ indexedDB: factory, IDBKeyRange, storage: undefined });
    let html = 0;
    let images = 0;
    for (const [i, shape] of shapes.entries()) {
      const bench = benchArticle(i, shape);
      html += new TextEncoder().encode(bench.article.contentHtml).byteLength;
      for (const bytes of bench.images.values()) images += bytes.byteLength;
      await library.saveArticle({ article: bench.article, images: fetched(bench) });
    }
    library.close();
    const stored = await storedBytes(factory);
    return { stored, html, images, ratio: stored / (html + images), overhead: (stored - html - images) / shapes.length };
  };
  const corpus = await measure(CORPUS_SHAPES);
  const textOnly = await measure(CORPUS_SHAPES.map(([bytes]) => [bytes, 0] as const));
  results.storedBytesRatio = corpus.ratio;
  results.storedBytesRatioTextOnly = textOnly.ratio;
  lines.push(`stored bytes (V8 structured serialisation of every row + blob bytes) against article HTML + raw image bytes:`);
  lines.push(`  23 corpus-shaped articles: ${kb(corpus.stored)} stored for ${kb(corpus.html)} HTML + ${kb(corpus.images)} images · ratio ${corpus.ratio.toFixed(3)} (target ≤ 1.05)`);
  lines.push(`  overhead per article ${kb(corpus.overhead)} (plain text for search and the list, indexes, metadata)`);
  lines.push(`  the same articles without images: ratio ${textOnly.ratio.toFixed(2)} (the overhead is text, so text-only articles are where it shows)`);
}

export async function run(): Promise<BenchReport> {
  const lines: string[] = ['(Node, fake-indexeddb: relative costs only; bench/library-chromium.ts measures a real first paint)'];
  const results: Record<string, number> = {};
  await paintRatio(lines, results);
  await bytesRatio(lines, results);
  return { title: 'Offline library: first paint with 1,000 vs 10 articles, stored bytes', lines, results };
}

const bench: BenchModule = {
  name: 'library',
  description: 'offline library (Node, fake-indexeddb): first paint with 1,000 vs 10 articles, stored bytes vs HTML + images',
  run,
};
export default bench;


// Save benchmark (issue #4 item 7): the time to save an article for offline reading against the
// time to download its images alone, in one run, on the same local server. A ratio near 1 means
// saving costs little beyond the downloads themselves. Node's fetch against a loopback HTTP
// server, fake-indexeddb for storage (browsers write blobs to disk, so their write share is
// larger; the Chromium variant comes with the save wiring). Two networks: loopback as is (the
// worst case for the ratio: downloads are nearly free) and 40 ms of server latency per image.
//
// Run alone: npm run bench -- save

// idb checks `instanceof IDBRequest` etc. on the globals: fake-indexeddb installs them (Node has none).
import 'fake-indexeddb/auto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fetchImages, saveArticleOffline } from '../src/save';
import { openLibrary } from '../src/storage/library';
import type { LibraryDeps } from '../src/storage/library';
import { median } from './lib/stats.ts';
import type { BenchModule, BenchReport } from './lib/types.ts';
import { CORPUS_SHAPES, benchArticle, kb } from './library-fixtures';
import type { BenchArticle } from './library-fixtures';

async function imageServer(images: Map<string, Uint8Array>, latencyMs: () => number) {
  const server = createServer((request, response) => {
    const body = images.get(request.url ?? '');
    setTimeout(() => {
      if (!body) {
        response.writeHead(404).end();
        return;
      }
      response.writeHead(200, { 'content-type': 'image/jpeg', 'content-length': String(body.byteLength), 'cache-control': 'no-store' });
      response.end(body);
    }, latencyMs());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { origin: `http://127.0.0.1:${port}`, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

async function fakeDeps(): Promise<LibraryDeps> {
  const fake = await import('fake-indexeddb');
  return { indexedDB: new fake.IDBFactory() as unknown as IDBFactory, IDBKeyRange: fake.IDBKeyRange as unknown as typeof IDBKeyRange, storage: undefined };
}

async function measure(articles: BenchArticle[], label: string, lines: string[]): Promise<number> {
  const library = openLibrary(await fakeDeps());
  const fetchOnly: number[] = [];
  const save: number[] = [];
  let bytes = 0;
  const fetchAlone = async (article: BenchArticle['article']) => {
    const started = performance.now();
    const fetched = await fetchImages(article.images, { fetch });
    if (fetched.some((image) => image.status !== 'ok')) throw new Error(`image download failed: ${JSON.stringify(fetched.find((i) => i.status !== 'ok')?.error)}`);
    bytes += fetched.reduce((sum, image) => sum + (image.blob?.size ?? 0), 0);
    return performance.now() - started;
  };
  const saveWhole = async (article: BenchArticle['article']) => {
    const started = performance.now();
    const result = await saveArticleOffline(article, { library, fetch });
    if (result.status !== 'saved') throw new Error(`save failed: ${JSON.stringify(result)}`);
    return performance.now() - started;
  };
  for (let round = 0; round < 5; round++) {
    for (const { article } of articles) {
      // Per article, both measurements back to back, alternating which goes first (ABBA over rounds).
      let fetchMs: number;
      let saveMs: number;
      if (round % 2) {
        saveMs = await saveWhole(article);
        fetchMs = await fetchAlone(article);
      } else {
        fetchMs = await fetchAlone(article);
        saveMs = await saveWhole(article);
      }
      if (round === 0) continue; // warm-up round
      fetchOnly.push(fetchMs);
      save.push(saveMs);
    }
  }
  bytes /= 5; // every round downloaded each article once in fetchAlone
  library.close();
  const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
  const ratio = sum(save) / sum(fetchOnly);
  const perArticle = median(save.map((ms, i) => ms / fetchOnly[i]!));
  lines.push(`  ${label}: ratio ${ratio.toFixed(2)} (all saves / all downloads) · per article: save ${median(save).toFixed(1)} ms vs images ${median(fetchOnly).toFixed(1)} ms (medians), median ratio ${perArticle.toFixed(2)} · ${kb(bytes / articles.length)} of images per article`);
  return ratio;
}

export async function run(): Promise<BenchReport> {
  const lines: string[] = ['(Node fetch on loopback, fake-indexeddb; articles with images from the corpus shapes)'];
  const results: Record<string, number> = {};
  const images = new Map<string, Uint8Array>();
  const server = await imageServer(images, () => latency);
  let latency = 0;
  try {
    const articles = CORPUS_SHAPES.map((shape, n) => benchArticle(n, shape, server.origin)).filter((bench) => bench.article.images.length > 0);
    for (const bench of articles) for (const [url, bytes] of bench.images) images.set(new URL(url).pathname, bytes);
    lines.push(`save time against the time to download the same images (${articles.length} articles, concurrency 4):`);
    results.saveRatioLoopback = await measure(articles, 'loopback, no latency', lines);
    latency = 40;
    results.saveRatio40ms = await measure(articles, '40 ms latency per image', lines);
  } finally {
    await server.close();
  }
  return { title: 'Save for offline: save time vs image download time', lines, results };
}

const bench: BenchModule = {
  name: 'save',
  description: 'save for offline vs downloading the images alone (loopback server, fake-indexeddb)',
  run,
};
export default bench;


// Library first paint in a real browser (issue #4 item 7): headless Chromium loads a minimal list
// page that opens the library (the real module, bundled by Vite), reads the first 50 summaries
// and renders them; the time from navigation start to the frame that shows the rows is compared
// with 1,000 articles in the database against 10 (target ratio ≤ 1.5). The library page itself
// (Preact, styles) will add the same fixed cost to both sides; this measures what the library
// contributes. Needs /usr/bin/chromium (CHROMIUM_PATH) and playwright-core.
//
// Run alone: npm run bench -- library-chromium

import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { median } from './lib/stats.ts';
import type { BenchModule, BenchReport } from './lib/types.ts';
import { CORPUS_SHAPES, benchArticle } from './library-fixtures';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

const LIST_PAGE = `<!doctype html><meta charset="utf-8"><title>library</title>
<ol id="list"></ol>
<script type="module">
import { openLibrary } from './library.js';
const started = performance.now();
const name = new URLSearchParams(location.search).get('db');
const library = openLibrary({ name });
const { items, total } = await library.listArticles({ offset: 0, limit: 50 });
const date = new Intl.DateTimeFormat('zh-CN', { dateStyle: 'medium' });
const list = document.getElementById('list');
for (const item of items) {
  const li = document.createElement('li');
  const a = document.createElement('a');
  a.href = '#' + item.id;
  a.textContent = item.title;
  const meta = document.createElement('small');
  meta.textContent = [item.siteName, date.format(item.savedAt), (item.sizes.total / 1024).toFixed(0) + ' KB', Math.round(item.readingProgress * 100) + '%'].join(' · ');
  li.append(a, ' ', meta);
  list.append(li);
}
document.title = total + ' articles';
window.__dataMs = performance.now() - started;
requestAnimationFrame(() => requestAnimationFrame(() => { window.__painted = performance.now(); }));
</script>`;

async function bundleLibrary(dir: string): Promise<void> {
  const { build } = await import('vite');
  await build({
    configFile: false,
    logLevel: 'silent',
    build: {
      outDir: dir,
      emptyOutDir: false,
      minify: true,
      target: 'chrome120',
      lib: { entry: path.join(ROOT, 'src/storage/library.ts'), formats: ['es'], fileName: () => 'library.js' },
    },
  });
}

function serve(dir: string) {
  const server = createServer((request, response) => {
    const file = path.join(dir, new URL(request.url ?? '/', 'http://x').pathname);
    if (!file.startsWith(dir) || !existsSync(file)) return void response.writeHead(404).end();
    response.writeHead(200, { 'content-type': file.endsWith('.js') ? 'text/javascript' : 'text/html; charset=utf-8', 'cache-control': 'no-store' });
    response.end(readFileSync(file));
  });
  return new Promise<{ origin: string; close: () => Promise<void> }>((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve({ origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, close: () => new Promise((done) => server.close(() => done())) }),
    ),
  );
}

export async function run(): Promise<BenchReport> {
  const report: BenchReport = { title: 'Offline library: first paint in Chromium, 1,000 vs 10 articles', lines: [], results: {} };
  const results = report.results as Record<string, number>;
  if (!existsSync(CHROMIUM)) {
    report.lines.push(`skipped: ${CHROMIUM} not found (apt-get install chromium)`);
    return report;
  }
  const dir = mkdtempSync(path.join(tmpdir(), 'qingyue-bench-'));
  const { chromium } = await import('playwright-core');
  await bundleLibrary(dir);
  writeFileSync(path.join(dir, 'list.html'), LIST_PAGE);
  writeFileSync(path.join(dir, 'fill.html'), `<!doctype html><meta charset="utf-8"><script type="module">import { openLibrary } from './library.js'; window.openLibrary = openLibrary; window.ready = true;</script>`);
  const server = await serve(dir);
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync', '--disable-quic'] });
  try {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${server.origin}/fill.html`);
    await page.waitForFunction(() => (window as unknown as { ready?: boolean }).ready === true);
    for (const [name, count] of [['bench-10', 10], ['bench-1000', 1000]] as const) {
      for (let start = 0; start < count; start += 50) {
        const batch = Array.from({ length: Math.min(50, count - start) }, (_, i) => benchArticle(start + i, CORPUS_SHAPES[(start + i) % CORPUS_SHAPES.length]!).article);
        await page.evaluate(async ({ name, batch }) => {
          const library = (window as unknown as { openLibrary: (deps: { name: string }) => { saveArticle: (input: unknown) => Promise<unknown>; close: () => void } }).openLibrary({ name });
          for (const article of batch) {
            // Small stand-in images: listing never reads image rows.
            const images = article.images.map((image: { src: string }) => ({ url: image.src, originalUrl: null, status: 'ok', blob: new Blob([new Uint8Array(1024)], { type: 'image/jpeg' }) }));
            await library.saveArticle({ article, images });
          }
          library.close();
        }, { name, batch });
      }
    }
    await page.close();

    const paint = async (db: string) => {
      const tab = await context.newPage();
      await tab.goto(`${server.origin}/list.html?db=${db}`);
      const painted = await tab.waitForFunction(() => (window as unknown as { __painted?: number }).__painted).then((handle) => handle.jsonValue() as Promise<number>);
      const dataMs = await tab.evaluate(() => (window as unknown as { __dataMs: number }).__dataMs);
      (db === 'bench-10' ? data.small : data.large).push(dataMs);
      await tab.close();
      return painted;
    };
    const runs = { small: [] as number[], large: [] as number[] };
    const data = { small: [] as number[], large: [] as number[] };
    for (let i = 0; i < 4; i++) {
      await paint('bench-10');
      await paint('bench-1000');
    }
    data.small.length = 0;
    data.large.length = 0;
    for (let i = 0; i < 12; i++) {
      runs.small.push(await paint('bench-10'));
      runs.large.push(await paint('bench-1000'));
      runs.large.push(await paint('bench-1000'));
      runs.small.push(await paint('bench-10'));
    }
    const ratio = median(runs.large) / median(runs.small);
    results.firstPaintRatioChromium = ratio;
    report.lines.push(`navigation start → 50 rows painted (minimal list page, the real library module), median of 24:`);
    report.lines.push(`  10 articles ${median(runs.small).toFixed(1)} ms · 1,000 articles ${median(runs.large).toFixed(1)} ms · ratio ${ratio.toFixed(2)} (target ≤ 1.5)`);
    report.lines.push(`  of which open + list + build the rows: ${median(data.small).toFixed(1)} ms vs ${median(data.large).toFixed(1)} ms (ratio ${(median(data.large) / median(data.small)).toFixed(2)})`);
    results.listDataRatioChromium = median(data.large) / median(data.small);
  } finally {
    await browser.close();
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  }
  return report;
}

const bench: BenchModule = {
  name: 'library-chromium',
  description: 'offline library first paint in Chromium: 1,000 vs 10 articles',
  run,
};
export default bench;


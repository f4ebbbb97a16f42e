// Library first paint in a real browser (issue #4 item 7): the built extension's own library.html
// in headless Chromium, with 1,000 saved articles against 10 (target ratio ≤ 1.5). Each library
// lives in its own browser profile, filled the way a user restores one: a backup file (made here
// by the real library and backup modules on fake-indexeddb) imported through the page. Measured:
// navigation start → the frame that shows the first page of rows (the page marks it,
// performance.mark('qy-library-rows'), one animation frame after the rows are committed).
//
// Needs /usr/bin/chromium (CHROMIUM_PATH) and the built extension (dist/chrome, built first when
// missing; QINGYUE_CHROME_DIR points elsewhere). Run alone: npm run bench -- library-chromium

import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import type { Harness } from '../tests/e2e/harness.ts';
import type { SeedArticle } from '../tests/e2e/library-seed.ts';
import { median } from './lib/stats.ts';
import type { BenchModule, BenchReport } from './lib/types.ts';
import { CORPUS_SHAPES, benchArticle } from './library-fixtures';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const EXT_DIR = path.resolve(process.env.QINGYUE_CHROME_DIR || path.join(ROOT, 'dist/chrome'));
const ROUNDS = 12;
const WARM_UP = 3;

/** `count` articles shaped like the corpus; 1 KB stand-in pictures (the list never reads pictures). */
function seeds(count: number): SeedArticle[] {
  return Array.from({ length: count }, (_, i) => {
    const { article } = benchArticle(i, CORPUS_SHAPES[i % CORPUS_SHAPES.length]!);
    const images = new Map(article.images.map((image, n) => [image.src, new Uint8Array(1024).fill(n)] as const));
    return { article, images, savedMinutesAgo: count - i, progress: (i % 4) / 4 };
  });
}

async function fill(h: Harness, file: string, count: number): Promise<void> {
  const page = await h.ctx.newPage();
  await page.goto(h.url('library.html'));
  await page.locator('#qy-root[data-state="empty"]').waitFor();
  await page.setInputFiles('#qy-lib-import-file', file);
  await page.locator('#qy-lib-notice[data-tone="ok"]').waitFor({ timeout: 300_000 });
  const rows = await page.evaluate(async () => (await indexedDB.databases()).length);
  if (!rows) throw new Error('the library database was not created');
  const expected = new Intl.NumberFormat('en-US').format(count);
  await page.waitForFunction((text) => document.querySelector('#qy-lib-total')?.textContent?.startsWith(`${text} `), expected, { timeout: 60_000 });
  await page.close();
}

/** ms from navigation start to the frame showing the rows, in a fresh tab (which then shows its whole page). */
async function firstPaint(h: Harness, pageRows: number): Promise<{ ms: number; dataMs: number }> {
  const page: Page = await h.ctx.newPage();
  await page.setViewportSize({ width: 1100, height: 900 });
  await page.goto(h.url('library.html'));
  await page.waitForFunction(() => performance.getEntriesByName('qy-library-rows').length > 0);
  // The rest of the page's rows follow the first frame: check that they do.
  await page.waitForFunction((n) => document.querySelectorAll('.qy-lib-row').length === n, pageRows, { timeout: 5000 });
  const result = await page.evaluate(() => ({
    ms: performance.getEntriesByName('qy-library-rows')[0]!.startTime,
    dataMs: performance.getEntriesByName('qy-library-data')[0]!.startTime,
  }));
  await page.close();
  return result;
}

export async function run(): Promise<BenchReport> {
  const report: BenchReport = { title: 'Offline library: library.html first paint in Chromium, 1,000 vs 10 articles', lines: [], results: {} };
  const results = report.results as Record<string, number>;
  if (!existsSync(CHROMIUM)) {
    report.lines.push(`skipped: ${CHROMIUM} not found (apt-get install chromium)`);
    return report;
  }
  if (!existsSync(path.join(EXT_DIR, 'library.html'))) {
    const built = spawnSync('node', [path.join(ROOT, 'scripts/build.mjs'), '--quiet'], { cwd: ROOT, stdio: 'inherit', env: { ...process.env, QINGYUE_IGNORE_BUDGETS: '1' } });
    if (built.status !== 0 || !existsSync(path.join(EXT_DIR, 'library.html'))) throw new Error(`no ${EXT_DIR}/library.html and the build failed`);
  }
  const { launchWithExtension } = await import('../tests/e2e/harness.ts');
  const { backupOf } = await import('../tests/e2e/library-seed.ts');
  const dir = mkdtempSync(path.join(tmpdir(), 'qingyue-bench-library-'));
  const small = path.join(dir, 'library-10.zip');
  const large = path.join(dir, 'library-1000.zip');
  writeFileSync(small, await backupOf(seeds(10)));
  writeFileSync(large, await backupOf(seeds(1000)));

  const profiles: Harness[] = [];
  try {
    const few = await launchWithExtension(EXT_DIR);
    profiles.push(few);
    const many = await launchWithExtension(EXT_DIR);
    profiles.push(many);
    await fill(few, small, 10);
    await fill(many, large, 1000);

    for (let i = 0; i < WARM_UP; i++) {
      await firstPaint(few, 10);
      await firstPaint(many, 50);
    }
    const times = { few: [] as number[], many: [] as number[] };
    const data = { few: [] as number[], many: [] as number[] };
    for (let i = 0; i < ROUNDS; i++) {
      // Alternate the order so drift on the machine falls on both sides alike.
      for (const [name, h] of i % 2 ? ([['many', many], ['few', few]] as const) : ([['few', few], ['many', many]] as const)) {
        const { ms, dataMs } = await firstPaint(h, name === 'few' ? 10 : 50);
        times[name].push(ms);
        data[name].push(dataMs);
      }
    }
    const ratio = median(times.many) / median(times.few);
    results.firstPaintRatioChromium = ratio;
    results.firstPaint10Ms = median(times.few);
    results.firstPaint1000Ms = median(times.many);
    report.lines.push(`library.html of the built extension, navigation start → first page of rows painted, median of ${ROUNDS}:`);
    report.lines.push(`  10 articles ${median(times.few).toFixed(1)} ms (10 rows) · 1,000 articles ${median(times.many).toFixed(1)} ms (page 1 of 20: the rows that fill the window, the rest of its 50 a frame later)`);
    report.lines.push(`  ratio ${ratio.toFixed(2)} (target ≤ 1.5)`);
    report.lines.push(`  of which the first page read from IndexedDB by: ${median(data.few).toFixed(1)} ms vs ${median(data.many).toFixed(1)} ms`);
    results.firstPageDataRatioChromium = median(data.many) / median(data.few);
  } finally {
    for (const h of profiles) await h.close();
    rmSync(dir, { recursive: true, force: true });
  }
  return report;
}

const bench: BenchModule = {
  name: 'library-chromium',
  description: 'offline library: library.html first paint in Chromium, 1,000 vs 10 articles',
  run,
};
export default bench;

// Screenshots of the offline library for docs/screenshots/, taken from the real extension in
// headless Chromium: a dozen Chinese articles (one with pictures missing) restored from a backup
// through the library page, then the list in light and dark, a search, the undo toast, the empty
// library, and a saved article read offline with a placeholder for a picture it does not hold.
//
//   npm run build && node --import tsx scripts/library-screenshots.ts [--out DIR] [--ext DIR]

import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { Page } from 'playwright-core';
import { launchWithExtension, type Harness } from '../tests/e2e/harness.ts';
import { backupOf, chineseArticles } from '../tests/e2e/library-seed.ts';

declare const chrome: any;

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({ options: { out: { type: 'string' }, ext: { type: 'string' } } });
const OUT = path.resolve(values.out ?? path.join(ROOT, 'docs/screenshots'));
const EXT = path.resolve(values.ext ?? path.join(ROOT, 'dist/chrome'));
const SIZE = { width: 1280, height: 860 };

async function setOptions(h: Harness, patch: Record<string, unknown>): Promise<void> {
  await h.worker().evaluate(async (p) => {
    const { options } = await chrome.storage.sync.get('options');
    await chrome.storage.sync.set({ options: { ...(options ?? {}), ...p } });
  }, patch);
}

async function libraryPage(h: Harness, query = ''): Promise<Page> {
  const page = await h.ctx.newPage();
  await page.setViewportSize(SIZE);
  await page.goto(h.url(`library.html${query}`));
  await page.locator('#qy-root:not([data-state="loading"])').waitFor();
  await page.locator('#qy-lib-meter, #qy-lib-empty').first().waitFor();
  await page.evaluate(() => document.fonts.ready);
  return page;
}

async function shoot(page: Page, name: string, fullPage = false): Promise<void> {
  await page.mouse.move(0, 0); // no hover state in the picture
  await page.waitForTimeout(150);
  await page.screenshot({ path: path.join(OUT, `${name}.png`), fullPage });
  console.log(`  ${name}.png`);
}

async function main(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  const dir = mkdtempSync(path.join(tmpdir(), 'qingyue-shots-'));
  const articles = chineseArticles();
  const backup = path.join(dir, 'backup.zip');
  writeFileSync(backup, await backupOf(articles));
  const h = await launchWithExtension(EXT);
  try {
    await setOptions(h, { uiLanguage: 'zh_CN', theme: 'light' });
    let page = await libraryPage(h);
    await shoot(page, 'library-empty');
    await page.setInputFiles('#qy-lib-import-file', backup);
    await page.locator('#qy-lib-notice[data-tone="ok"]').waitFor({ timeout: 30_000 });
    await page.close();

    page = await libraryPage(h);
    await shoot(page, 'library-light', true);
    await setOptions(h, { theme: 'dark' });
    await page.reload();
    await page.locator('#qy-lib-meter').waitFor();
    await shoot(page, 'library-dark', true);
    await setOptions(h, { theme: 'light' });
    await page.close();

    page = await libraryPage(h, `?q=${encodeURIComponent('留存')}`);
    await shoot(page, 'library-search');
    await page.fill('#qy-lib-search', '');
    await page.waitForFunction(() => document.querySelectorAll('.qy-lib-row').length > 1);
    const third = page.locator('.qy-lib-row').nth(2);
    await page.click(`#qy-delete-${await third.getAttribute('data-id')}`);
    await page.locator('#qy-lib-undo-toast').waitFor();
    await shoot(page, 'library-undo');
    await page.click('#qy-lib-undo');
    await page.close();

    // A saved article read offline: the pictures it holds from the library, a placeholder for the rest.
    await h.ctx.setOffline(true);
    page = await libraryPage(h);
    const partial = articles.find((a) => a.images.size < a.article.images.length)!;
    await page.locator('.qy-lib-row', { hasText: partial.article.title }).locator('a[data-row-link]').click();
    await page.locator('#qy-root[data-state="article"]').waitFor();
    await page.evaluate(() => document.fonts.ready);
    await shoot(page, 'reader-saved-offline');
    await page.evaluate(() => document.querySelector('.qy-missing-image, #qy-content figure:nth-of-type(2)')?.scrollIntoView({ block: 'center' }));
    await page.waitForFunction(() => document.querySelector('.qy-missing-image'));
    await shoot(page, 'reader-saved-missing-image');
    await page.close();
  } finally {
    await h.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});

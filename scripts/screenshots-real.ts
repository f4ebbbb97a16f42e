// Screenshots of the real extension for docs/screenshots/ (what the README shows), taken in headless
// Chromium with Debian's chromium and fonts-noto-cjk: a Chinese woshipm-style mirror page
// (tests/e2e/pages/reader-mirror-article.html: lede, headings, pictures through the CORS proxy, a
// table, credits, a tipping block) served locally, its pictures at their real address
// (https://image.woshipm.com/…, a local TLS server reached through --host-resolver-rules).
//
// The popup is the real one, opened by a toolbar click (CDP Extensions.triggerAction) and captured
// through its own CDP session at its full 640 × 600; the reader tab is opened by the popup's "open
// in a tab" button; the options page is opened as a tab. The UI language is set to 中文 in the
// options, as a Chinese reader's browser would show it (headless Chromium's UI is always en-US).
//
//   npm run build && node --import tsx scripts/screenshots-real.ts [--out DIR] [--only popup-dark,reader-zh]

import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { Page } from 'playwright-core';
import { clickToolbarAction, launchWithExtension, type Harness, type RawPage } from '../tests/e2e/harness.ts';
import { startImageHosts, startServer } from '../tests/e2e/server.ts';
import { startStallingServer } from '../tests/e2e/stalling-server.ts';

declare const chrome: any;

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({ options: { out: { type: 'string' }, only: { type: 'string' }, ext: { type: 'string' } } });
const OUT = path.resolve(values.out ?? path.join(ROOT, 'docs/screenshots'));
const ONLY = values.only?.split(',');
const EXT = values.ext ? path.resolve(values.ext) : undefined;
const ARTICLE = 'reader-mirror-article.html';
const PAGE = { width: 1280, height: 800 };
/** The pictures of the fixture, drawn for the mock pages (src/ui/connect/samples). */
const PICTURES: Record<string, string> = { header: 'header.svg', funnel: 'chart.svg', causes: 'flow.svg' };

const wanted = (name: string) => !ONLY || ONLY.includes(name);

async function setOptions(h: Harness, patch: Record<string, unknown>): Promise<void> {
  await h.worker().evaluate(async (p) => {
    const { options } = await chrome.storage.sync.get('options');
    await chrome.storage.sync.set({ options: { ...(options ?? {}), ...p } });
  }, patch);
}

/** Fonts loaded, pictures in view decoded, transitions over (those that end: a busy spinner does not). */
const SETTLE = `(async () => {
  await document.fonts.ready;
  const inView = [...document.images].filter((img) => { const r = img.getBoundingClientRect(); return r.bottom > 0 && r.top < innerHeight; });
  await Promise.all(inView.map((img) => img.decode().catch(() => undefined)));
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  const ending = document.getAnimations().filter((a) => Number.isFinite(a.effect?.getComputedTiming().endTime ?? Infinity));
  await Promise.all(ending.map((a) => a.finished.catch(() => undefined)));
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  return true;
})()`;

async function shootPopup(popup: RawPage, name: string): Promise<void> {
  await popup.evaluate(SETTLE);
  await popup.screenshot(path.join(OUT, `${name}.png`));
  console.log(`  ${name.padEnd(26)} ${path.relative(ROOT, path.join(OUT, `${name}.png`))}  (real popup)`);
}

async function shootPage(page: Page, name: string, fullPage = false): Promise<void> {
  await page.evaluate(SETTLE);
  await page.screenshot({ path: path.join(OUT, `${name}.png`), fullPage });
  console.log(`  ${name.padEnd(26)} ${path.relative(ROOT, path.join(OUT, `${name}.png`))}`);
}

/** A real toolbar click on a fresh tab showing `url`; resolves when the popup has settled on `state`. */
async function popupFor(h: Harness, url: string, state: string, waitUntil: 'load' | 'commit' = 'load'): Promise<{ page: Page; popup: RawPage }> {
  const page = await h.ctx.newPage();
  await page.goto(url, { waitUntil });
  const popup = await clickToolbarAction(h, page);
  await popup.waitFor((s: string) => document.querySelector(`#qy-root[data-state="${s}"]`) && (s === 'article' || document.querySelector('#qy-state-title')), state, 15_000);
  return { page, popup };
}

async function main(): Promise<number> {
  mkdirSync(OUT, { recursive: true });
  const srv = await startServer();
  const hosts = await startImageHosts();
  for (const [name, file] of Object.entries(PICTURES)) {
    hosts.serve('image.woshipm.com', `/wp-files/2024/06/qy-review-${name}.png`, readFileSync(path.join(ROOT, 'src/ui/connect/samples', file)), 'image/svg+xml');
  }
  const stalling = await startStallingServer(readFileSync(path.join(ROOT, 'tests/e2e/pages', ARTICLE), 'utf8'), '<h2 id="toc-2">');
  const h = await launchWithExtension(EXT, {
    hostMap: { 'www.woshipm.com': srv.port },
    resolverRules: hosts.resolverRules,
    ignoreCertificateErrors: true,
    args: ['--screen-info={0,0 1600x1200}', '--window-size=1280,900', '--font-render-hinting=none'],
  });
  let n = 0;
  const articleUrl = () => `${srv.origin}/2024/06/12/${++n}-${ARTICLE}`;
  try {
    await setOptions(h, { uiLanguage: 'zh_CN', theme: 'light' });

    for (const theme of ['light', 'dark'] as const) {
      if (!wanted(`popup-${theme}`)) continue;
      await setOptions(h, { theme });
      const { page, popup } = await popupFor(h, articleUrl(), 'article');
      await shootPopup(popup, `popup-${theme}`);
      await page.close();
    }
    if (wanted('popup-toc') || wanted('popup-appearance')) {
      await setOptions(h, { theme: 'light' });
      const { page, popup } = await popupFor(h, articleUrl(), 'article');
      if (wanted('popup-toc')) {
        await popup.click('#qy-toc summary');
        await shootPopup(popup, 'popup-toc');
        await popup.click('#qy-toc summary');
      }
      if (wanted('popup-appearance')) {
        await popup.click('#qy-appearance');
        await popup.waitFor(() => document.querySelector('#qy-appearance-panel'));
        await shootPopup(popup, 'popup-appearance');
      }
      await page.close();
    }
    if (wanted('popup-sepia-serif')) {
      await setOptions(h, { theme: 'sepia', font: 'serif' });
      const { page, popup } = await popupFor(h, articleUrl(), 'article');
      await popup.evaluate(() => document.querySelector('#toc-2-1')?.scrollIntoView({ block: 'start' }));
      await shootPopup(popup, 'popup-sepia-serif');
      await page.close();
      await setOptions(h, { theme: 'light', font: 'sans' });
    }
    if (wanted('popup-no-article')) {
      const { page, popup } = await popupFor(h, `${srv.origin}/mirror-home.html`, 'no-article');
      await shootPopup(popup, 'popup-no-article');
      await page.close();
    }
    if (wanted('popup-restricted-browser')) {
      await setOptions(h, { theme: 'dark' });
      const page = await h.ctx.newPage();
      await page.goto('chrome://version');
      const popup = await clickToolbarAction(h, page);
      await popup.waitFor(() => document.querySelector('#qy-root[data-state="restricted"] #qy-state-title'), undefined, 15_000);
      await shootPopup(popup, 'popup-restricted-browser');
      await page.close();
      await setOptions(h, { theme: 'light' });
    }
    if (wanted('popup-loading')) {
      const page = await h.ctx.newPage();
      await page.goto(`${stalling.origin}/2024/06/12/${ARTICLE}`, { waitUntil: 'commit' });
      await stalling.stalled;
      const popup = await clickToolbarAction(h, page);
      await popup.waitFor(() => document.querySelector('#qy-root[data-detail="page-loading"] #qy-state-title'), undefined, 15_000);
      await shootPopup(popup, 'popup-loading');
      stalling.release();
      await page.close();
    }

    const readerShots = [
      { name: 'reader-zh', theme: 'light', scrollTo: null, toc: true },
      { name: 'reader-zh-dark', theme: 'dark', scrollTo: '#toc-2', toc: true },
      { name: 'reader-zh-table', theme: 'light', scrollTo: '#toc-2-1', toc: false },
    ].filter((shot) => wanted(shot.name));
    for (const shot of readerShots) {
      await setOptions(h, { theme: shot.theme });
      const { page, popup } = await popupFor(h, articleUrl(), 'article');
      const opened = h.ctx.waitForEvent('page', { predicate: (p) => p.url().startsWith(h.url('reader.html?key=')) });
      await popup.click('#qy-open-tab');
      const reader = await opened;
      await reader.setViewportSize(PAGE);
      await reader.locator('#qy-root[data-state="article"]').waitFor();
      if (shot.toc) {
        await reader.keyboard.press('t');
        await reader.locator('#qy-toc-panel').waitFor();
      }
      if (shot.scrollTo) await reader.evaluate((selector) => document.querySelector(selector)?.scrollIntoView({ block: 'start' }), shot.scrollTo);
      await shootPage(reader, shot.name);
      await reader.close();
      await page.close();
    }

    if (wanted('options')) {
      await setOptions(h, { theme: 'light' });
      const options = await h.ctx.newPage();
      await options.setViewportSize({ width: 1280, height: 1000 });
      await options.goto(h.url('options.html'));
      await options.locator('#qy-root[data-state="options"]').waitFor();
      await options.locator('#qy-commands .qy-command').first().waitFor();
      await shootPage(options, 'options', true);
      await options.close();
    }
    if (wanted('options-dark-en')) {
      await setOptions(h, { theme: 'dark', uiLanguage: 'en' });
      const options = await h.ctx.newPage();
      await options.setViewportSize({ width: 1280, height: 1000 });
      await options.goto(h.url('options.html'));
      await options.locator('#qy-root[data-state="options"]').waitFor();
      await options.locator('#qy-commands .qy-command').first().waitFor();
      await shootPage(options, 'options-dark-en');
      await options.close();
      await setOptions(h, { theme: 'light', uiLanguage: 'zh_CN' });
    }
    return 0;
  } finally {
    await h.close();
    await stalling.close();
    await hosts.close();
    await srv.close();
  }
}

main().then(
  (code) => (process.exitCode = code),
  (error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  },
);

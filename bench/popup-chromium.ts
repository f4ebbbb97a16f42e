// Popup open time in a real browser (issue #3 item 9): in headless Chromium with the built
// extension, the time from a toolbar click (CDP Extensions.triggerAction on the tab) to the
// article's title painted in the popup, against the time from the same click to the first paint of
// an EMPTY extension popup (a second extension made here: a popup page with one line of text and
// no script). The ratio is what the reader costs over what any popup costs.
//
// "Painted" is the browser's own record (Element Timing): the popup's title carries
// elementtiming="qy-title" (src/ui/components/Title.tsx), the empty popup's line
// elementtiming="empty"; their renderTime is read back from the popup after the fact, so the
// measurement adds no work to the popup while it opens. Both clocks are epoch-based
// (performance.timeOrigin + renderTime in the popup, performance.timeOrigin + now() here).
//
// Each repetition opens a new page in the tab first: the extractor is injected again, as on a
// user's first click on a page. The two popups alternate (Qingyue, empty, empty, Qingyue…) so
// drift on the machine falls on both alike. Times are printed, never asserted.
//
// Needs /usr/bin/chromium (CHROMIUM_PATH) and the built extension (dist/chrome, built first when
// missing; QINGYUE_CHROME_DIR points elsewhere). Run alone: npm run bench -- popup-chromium

import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import type { Harness } from '../tests/e2e/harness.ts';
import { median, ratio, table } from './lib/stats.ts';
import type { BenchModule, BenchReport } from './lib/types.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const EXT_DIR = path.resolve(process.env.QINGYUE_CHROME_DIR || path.join(ROOT, 'dist/chrome'));
const ROUNDS = 15;
const WARM_UP = 2;
const PICTURES = ['header', 'funnel', 'causes'].map((name) => `/wp-files/2024/06/qy-review-${name}.png`);

/** An extension whose popup is as little as a popup can be: one line of text, no script, no style. */
function emptyExtension(dir: string): string {
  writeFileSync(
    path.join(dir, 'manifest.json'),
    JSON.stringify({ manifest_version: 3, name: 'Empty popup (Qingyue bench)', version: '1.0', action: { default_popup: 'popup.html' } }),
  );
  writeFileSync(path.join(dir, 'popup.html'), '<!doctype html><meta charset="utf-8"><title>empty</title><p elementtiming="empty">empty</p>\n');
  return dir;
}

interface Sample {
  /** Click → element painted. */
  clickToPaint: number;
  /** The popup's navigation start → element painted (leaves out the browser opening the popup). */
  navigationToPaint: number;
}

type RawPopup = Awaited<ReturnType<typeof import('../tests/e2e/harness.ts').attachRaw>>;

/** Click the toolbar button of extension `extId` on `page`'s tab; time until the element `name` is painted. */
async function openAndTime(h: Harness, page: Page, extId: string, name: string, url: string): Promise<Sample> {
  const { attachRaw, waitUntil } = await import('../tests/e2e/harness.ts');
  await page.goto(url);
  await page.bringToFront();
  const { targetInfos } = (await h.cdp.send('Target.getTargets', { filter: [{ type: 'tab' }] } as never)) as { targetInfos: { targetId: string; url: string }[] };
  const tab = targetInfos.find((t) => t.url === url);
  if (!tab) throw new Error(`no tab target for ${url}`);
  const popupUrl = `chrome-extension://${extId}/popup.html`;

  const clickedAt = performance.timeOrigin + performance.now();
  await h.cdp.send('Extensions.triggerAction' as never, { id: extId, targetId: tab.targetId } as never);
  const target = await waitUntil(
    async () => ((await h.cdp.send('Target.getTargets')) as { targetInfos: { targetId: string; url: string }[] }).targetInfos.find((t) => t.url === popupUrl),
    10_000,
    `the ${name} popup`,
  );
  const popup: RawPopup = await attachRaw(h.cdp, target.targetId);
  // Element Timing entries are buffered: read them whenever they exist.
  const painted = await popup.waitFor<{ origin: number; renderTime: number } | null>(
    `new Promise((resolve) => {
      const done = (entries) => {
        const entry = entries.find((e) => e.identifier === ${JSON.stringify(name)});
        if (entry) resolve({ origin: performance.timeOrigin, renderTime: entry.renderTime || entry.loadTime });
        return Boolean(entry);
      };
      new PerformanceObserver((list, observer) => done(list.getEntries()) && observer.disconnect()).observe({ type: 'element', buffered: true });
      setTimeout(() => resolve(null), 200);
    })`,
    undefined,
    15_000,
  );
  if (!painted) throw new Error(`the ${name} popup recorded no paint of its element`);
  await h.cdp.send('Target.closeTarget', { targetId: target.targetId } as never);
  await waitUntil(async () => !((await h.cdp.send('Target.getTargets')) as { targetInfos: { url: string }[] }).targetInfos.some((t) => t.url === popupUrl), 5000, 'the popup to close');
  return { clickToPaint: painted.origin + painted.renderTime - clickedAt, navigationToPaint: painted.renderTime };
}

const spread = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return `${sorted[0]!.toFixed(0)}–${sorted[sorted.length - 1]!.toFixed(0)}`;
};

export async function run(): Promise<BenchReport> {
  const report: BenchReport = { title: 'Popup: toolbar click → article title painted, against an empty extension popup (Chromium)', lines: [], results: {} };
  const results = report.results as Record<string, number>;
  if (!existsSync(CHROMIUM)) {
    report.lines.push(`skipped: ${CHROMIUM} not found (apt-get install chromium)`);
    return report;
  }
  if (!existsSync(path.join(EXT_DIR, 'popup.html'))) {
    const built = spawnSync('node', [path.join(ROOT, 'scripts/build.mjs'), '--quiet'], { cwd: ROOT, stdio: 'inherit', env: { ...process.env, QINGYUE_IGNORE_BUDGETS: '1' } });
    if (built.status !== 0 || !existsSync(path.join(EXT_DIR, 'popup.html'))) throw new Error(`no ${EXT_DIR}/popup.html and the build failed`);
  }
  const { launchWithExtension } = await import('../tests/e2e/harness.ts');
  const { startImageHosts, startServer } = await import('../tests/e2e/server.ts');
  const { chartPng } = await import('../tests/e2e/library-seed.ts');

  const dir = mkdtempSync(path.join(tmpdir(), 'qingyue-bench-popup-'));
  const srv = await startServer();
  const hosts = await startImageHosts();
  PICTURES.forEach((p, i) => hosts.serve('image.woshipm.com', p, chartPng(i, 960, 540)));
  let h: Harness | undefined;
  try {
    // Both extensions in one browser; only Qingyue has a worker, so the harness finds its id.
    h = await launchWithExtension(`${EXT_DIR},${emptyExtension(dir)}`, {
      resolverRules: hosts.resolverRules,
      ignoreCertificateErrors: true,
      // Headless Chromium's screen is 800 × 600 unless told otherwise, which leaves the popup 510 px.
      args: ['--screen-info={0,0 1600x1200}', '--window-size=1280,900'],
    });
    const { extensions } = (await h.cdp.send('Extensions.getExtensions' as never)) as unknown as { extensions: { id: string; name: string }[] };
    const emptyId = extensions.find((e) => e.name.startsWith('Empty popup'))?.id;
    if (!emptyId) throw new Error(`the empty extension did not load: ${JSON.stringify(extensions)}`);

    const page = await h.ctx.newPage();
    let n = 0;
    const url = () => `${srv.origin}/blog/2024/06/${++n}-reader-mirror-article.html`;
    const qingyue = (): Promise<Sample> => openAndTime(h!, page, h!.extId, 'qy-title', url());
    const empty = (): Promise<Sample> => openAndTime(h!, page, emptyId, 'empty', url());

    for (let i = 0; i < WARM_UP; i++) {
      await qingyue();
      await empty();
    }
    const samples = { qingyue: [] as Sample[], empty: [] as Sample[] };
    for (let i = 0; i < ROUNDS; i++) {
      if (i % 2) {
        samples.empty.push(await empty());
        samples.qingyue.push(await qingyue());
      } else {
        samples.qingyue.push(await qingyue());
        samples.empty.push(await empty());
      }
    }
    const click = { qingyue: samples.qingyue.map((s) => s.clickToPaint), empty: samples.empty.map((s) => s.clickToPaint) };
    const nav = { qingyue: samples.qingyue.map((s) => s.navigationToPaint), empty: samples.empty.map((s) => s.navigationToPaint) };
    results.clickToArticleMs = median(click.qingyue);
    results.clickToEmptyMs = median(click.empty);
    results.popupRatio = median(click.qingyue) / median(click.empty);
    results.navigationToArticleMs = median(nav.qingyue);
    results.navigationToEmptyMs = median(nav.empty);
    results.rounds = ROUNDS;

    report.lines.push(`${ROUNDS} rounds each, alternating, after ${WARM_UP} warm-up rounds; a new page in the tab before every click (the extractor is injected each time)`);
    report.lines.push(
      ...table(
        ['popup', 'click → painted (median)', 'spread', 'popup start → painted (median)', 'spread'],
        [
          ['Qingyue: article title', `${median(click.qingyue).toFixed(1)} ms`, `${spread(click.qingyue)} ms`, `${median(nav.qingyue).toFixed(1)} ms`, `${spread(nav.qingyue)} ms`],
          ['empty extension popup', `${median(click.empty).toFixed(1)} ms`, `${spread(click.empty)} ms`, `${median(nav.empty).toFixed(1)} ms`, `${spread(nav.empty)} ms`],
        ],
      ),
    );
    report.lines.push(`  ratio (click → painted, medians): ${ratio(results.popupRatio)} · the reader adds ${(median(click.qingyue) - median(click.empty)).toFixed(1)} ms over an empty popup`);
  } finally {
    await h?.close();
    await hosts.close();
    await srv.close();
    rmSync(dir, { recursive: true, force: true });
  }
  return report;
}

const bench: BenchModule = {
  name: 'popup-chromium',
  description: 'popup: toolbar click → article painted, against an empty extension popup (Chromium)',
  run,
};
export default bench;

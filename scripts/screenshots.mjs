#!/usr/bin/env node
// Screenshots of the UI for docs/screenshots/ that only the mock pages can pose (an English sample
// article, an extraction error, file:// access, a very long article, an expired reader hand-off,
// panels open in the reader), taken in headless Chromium (playwright-core and Debian's
// /usr/bin/chromium, fonts-noto-cjk for Chinese). The shots the README shows come from the real
// extension: scripts/screenshots-real.ts.
//
//   node scripts/screenshots.mjs              builds the pages with the mock connector
//                                             (`vite build --mode mock`) into a temp folder, serves
//                                             it on 127.0.0.1 and renders sample articles and states
//   node scripts/screenshots.mjs --only popup-error,reader-en   a subset
//   node scripts/screenshots.mjs --out DIR    somewhere else than docs/screenshots
//
// The mock connector never ships: in a production build (`npm run build`) its import is dead code.
import { build } from 'vite';
import { chromium } from 'playwright-core';
import { createServer } from 'node:http';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const abs = (...p) => path.join(ROOT, ...p);
const args = process.argv.slice(2);
const flag = (name) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const OUT = path.resolve(flag('--out') ?? abs('docs/screenshots'));
const ONLY = flag('--only')?.split(',');
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

const POPUP = { width: 640, height: 600 };
const PAGE = { width: 1280, height: 800 };

/** name → what to open and how to pose it */
const SHOTS = [
  { name: 'popup-restricted', page: 'popup.html?mock=restricted&reason=file-access&theme=light', viewport: POPUP, state: 'restricted' },
  { name: 'popup-error', page: 'popup.html?mock=error&theme=light', viewport: POPUP, state: 'error' },
  { name: 'popup-en', page: 'popup.html?mock=article-en&theme=light&lang=en', viewport: POPUP, state: 'article' },
  { name: 'reader-zh-end', page: 'reader.html?mock=article-zh&key=k&theme=sepia&font=serif', viewport: PAGE, state: 'article', scrollTo: '#toc-6' },
  { name: 'reader-zh-sepia-settings', page: 'reader.html?mock=article-zh&key=k&theme=sepia&tocOpen=0', viewport: PAGE, state: 'article', click: '#qy-appearance' },
  { name: 'reader-en', page: 'reader.html?mock=article-en&key=k&theme=light&lang=en&font=serif', viewport: PAGE, state: 'article' },
  { name: 'reader-en-code', page: 'reader.html?mock=article-en&key=k&theme=dark&lang=en', viewport: PAGE, state: 'article', scrollTo: '#group-by-outcome' },
  { name: 'reader-long', page: 'reader.html?mock=long&key=k&theme=light&tocOpen=1', viewport: PAGE, state: 'article', scrollTo: '#part-22' },
  { name: 'reader-expired', page: 'reader.html?mock=expired&key=gone&theme=light', viewport: PAGE, state: 'missing' },
];

/** Build the extension pages with the mock connector (mode "mock") into a temp folder. */
async function buildMock() {
  const dir = mkdtempSync(path.join(tmpdir(), 'qingyue-mock-'));
  // Outside the extension the webextension-polyfill throws on import; the mock build never calls
  // the runtime connector off-extension, so a stub that fails loudly on use is enough.
  const stub = path.join(dir, 'polyfill-stub.mjs');
  writeFileSync(stub, "export default new Proxy({}, { get(_, key) { throw new Error('extension API ' + String(key) + ' used in a mock build'); } });\n");
  await build({
    configFile: abs('vite.config.ts'),
    mode: 'mock',
    logLevel: 'warn',
    root: abs('src/pages'),
    base: './',
    publicDir: abs('public'),
    resolve: { alias: { 'webextension-polyfill': stub } },
    build: {
      outDir: path.join(dir, 'site'),
      emptyOutDir: true,
      target: ['chrome120', 'firefox128'],
      modulePreload: { polyfill: false },
      rollupOptions: { input: Object.fromEntries(['popup', 'reader', 'options'].map((p) => [p, abs('src/pages', `${p}.html`)])) },
    },
  });
  return dir;
}

const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml', '.png': 'image/png', '.json': 'application/json' };

function serve(dir) {
  const server = createServer((req, res) => {
    const url = new URL(req.url, 'http://x');
    if (url.pathname === '/favicon.ico') return void res.writeHead(204).end();
    const file = path.join(dir, decodeURIComponent(url.pathname));
    if (!file.startsWith(dir) || !existsSync(file) || statSync(file).isDirectory()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
    res.end(readFileSync(file));
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

async function pose(page, shot) {
  await page.waitForSelector(`#qy-root[data-state="${shot.state}"]`, { timeout: 15_000 });
  await page.evaluate(async () => {
    await document.fonts.ready;
    // Lazy images below the fold never load in a screenshot; wait only for those in view.
    const inView = Array.from(document.images).filter((img) => img.getBoundingClientRect().top < innerHeight);
    const settle = (img) => (img.complete ? null : new Promise((resolve) => img.addEventListener('load', resolve, { once: true }) || img.addEventListener('error', resolve, { once: true })));
    await Promise.race([Promise.all(inView.map(settle)), new Promise((resolve) => setTimeout(resolve, 3000))]);
  });
  if (shot.scrollTo) {
    await page.evaluate((selector) => {
      const target = document.querySelector(selector);
      target?.scrollIntoView({ block: 'start', behavior: 'instant' });
    }, shot.scrollTo);
  }
  if (shot.click) await page.click(shot.click);
  await page.waitForTimeout(350); // transitions and the progress bar settle
}

const dir = await buildMock();
const server = await serve(path.join(dir, 'site'));
const origin = `http://127.0.0.1:${server.address().port}`;
const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--disable-gpu', '--font-render-hinting=none'] });
mkdirSync(OUT, { recursive: true });
let failed = 0;
try {
  for (const shot of SHOTS) {
    if (ONLY && !ONLY.includes(shot.name)) continue;
    // A fresh context per shot: the mock keeps options in localStorage, shots must not leak into each other.
    const context = await browser.newContext({ viewport: shot.viewport, deviceScaleFactor: 1, locale: 'zh-CN', reducedMotion: 'reduce' });
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    page.on('response', (r) => r.status() >= 400 && errors.push(`${r.status()} ${r.url()}`));
    try {
      await page.goto(`${origin}/${shot.page}`);
      await pose(page, shot);
      const file = path.join(OUT, `${shot.name}.png`);
      await page.screenshot({ path: file, fullPage: Boolean(shot.fullPage) });
      console.log(`  ${shot.name.padEnd(26)} ${path.relative(ROOT, file)}${errors.length ? `  (page errors: ${errors.join(' | ')})` : ''}`);
      if (errors.length) failed++;
    } catch (error) {
      failed++;
      console.error(`  ${shot.name}: ${error.message}${errors.length ? `\n    page errors: ${errors.join(' | ')}` : ''}`);
    } finally {
      await context.close();
    }
  }
} finally {
  await browser.close();
  server.close();
  rmSync(dir, { recursive: true, force: true });
}
process.exit(failed ? 1 : 0);

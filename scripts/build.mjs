#!/usr/bin/env node
// Builds everything `npm run build` promises:
//   dist/chrome/   unpacked extension for Chrome/Chromium (load with "Load unpacked")
//   dist/firefox/  unpacked extension for Firefox (about:debugging → Load Temporary Add-on)
//   dist/qingyue-<browser>-<version>.zip  store-ready archives
//   dist/cli/qingyue.mjs  the `qingyue` command line (Node)
// and prints the size budgets (issue #3): content script beyond Readability + DOMPurify, popup.
//
// One manifest.json serves both browsers; the build stamps the version and drops the keys the
// other browser ignores (service_worker vs scripts, gecko settings, offscreen), so neither store
// nor `web-ext lint` sees keys it would warn about.
import { build } from 'vite';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync, cpSync, readdirSync, statSync, chmodSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { zipSync } from 'fflate';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const abs = (...p) => path.join(ROOT, ...p);
const pkg = JSON.parse(readFileSync(abs('package.json'), 'utf8'));
const BROWSERS = ['chrome', 'firefox'];
const CONFIG = abs('vite.config.ts');
// Chrome 120 (MV3 + storage.session + offscreen) and Firefox 128 ESR: both run ES2022.
const TARGET = ['chrome120', 'firefox128'];
const quiet = process.argv.includes('--quiet');
const logLevel = quiet ? 'silent' : 'warn';

/** IIFE bundles: one self-contained file each (executeScript and content_scripts cannot load modules). */
const SCRIPTS = [
  { name: 'background', entry: 'src/background/main.ts' },
  { name: 'content', entry: 'src/content/main.ts' },
  { name: 'detector', entry: 'src/content/detector.ts' },
];

rmSync(abs('dist'), { recursive: true, force: true });
const STAGE = abs('dist/.stage');

// 1. Extension pages (HTML at src/pages/*.html → extension root), shared by both browsers.
const pages = existsSync(abs('src/pages'))
  ? readdirSync(abs('src/pages')).filter((f) => f.endsWith('.html'))
  : [];
// The popup is built on its own: it then loads one script instead of sharing Preact, the options
// module and DOMPurify with the other pages through small chunks, which gzips ~3 KB smaller and
// keeps it inside its 30 KB budget (issue #3). Local files cost nothing to duplicate.
const pageGroups = [pages.filter((p) => p === 'popup.html'), pages.filter((p) => p !== 'popup.html')].filter((g) => g.length);
if (pages.length) {
  const chunkGraphs = []; // one per build: their keys (source paths) overlap
  for (const [i, group] of pageGroups.entries()) {
    await build({
      configFile: CONFIG,
      logLevel,
      root: abs('src/pages'),
      base: './',
      publicDir: i === 0 ? abs('public') : false,
      define: { __BROWSER__: JSON.stringify('chrome') }, // pages never branch on the browser
      // Pages use the browsers' native promise APIs (see src/shared/native-browser.ts for why).
      resolve: { alias: { 'webextension-polyfill': abs('src/shared/native-browser.ts') } },
      build: {
        outDir: path.join(STAGE, 'pages'),
        emptyOutDir: i === 0,
        target: TARGET,
        manifest: true, // used for the page size budgets below
        modulePreload: { polyfill: false }, // its inline helper would break the extension CSP
        assetsDir: 'assets',
        rollupOptions: { input: Object.fromEntries(group.map((p) => [p.replace(/\.html$/, ''), abs('src/pages', p)])) },
      },
    });
    chunkGraphs.push(JSON.parse(readFileSync(path.join(STAGE, 'pages/.vite/manifest.json'), 'utf8')));
  }
  // Keep Vite's chunk graph for the page budgets, out of the shipped folders.
  writeFileSync(abs('dist/.vite-manifest.json'), JSON.stringify(chunkGraphs));
} else if (existsSync(abs('public'))) {
  cpSync(abs('public'), path.join(STAGE, 'pages'), { recursive: true });
}

// 2. Per-browser IIFE bundles.
for (const browser of BROWSERS) {
  for (const { name, entry } of SCRIPTS) {
    if (!existsSync(abs(entry))) continue;
    await build({
      configFile: CONFIG,
      logLevel,
      publicDir: false,
      define: { __BROWSER__: JSON.stringify(browser) },
      build: {
        outDir: path.join(STAGE, browser),
        emptyOutDir: false,
        target: TARGET,
        minify: true,
        lib: { entry: abs(entry), formats: ['iife'], name: `qingyue_${name}`, fileName: () => `${name}.js` },
      },
    });
  }
}

// 3. Assemble dist/<browser> with its manifest.
const sourceManifest = existsSync(abs('manifest.json')) ? JSON.parse(readFileSync(abs('manifest.json'), 'utf8')) : null;
for (const browser of BROWSERS) {
  const out = abs('dist', browser);
  mkdirSync(out, { recursive: true });
  if (existsSync(path.join(STAGE, 'pages'))) cpSync(path.join(STAGE, 'pages'), out, { recursive: true });
  if (existsSync(path.join(STAGE, browser))) cpSync(path.join(STAGE, browser), out, { recursive: true });
  rmSync(path.join(out, '.vite'), { recursive: true, force: true });
  if (browser === 'firefox') {
    // Firefox has no offscreen API (its event page parses with DOMParser itself): drop the page and
    // its entry chunk; chunks it shares with other pages stay.
    rmSync(path.join(out, 'offscreen.html'), { force: true });
    for (const f of readdirSync(path.join(out, 'assets'))) if (/^offscreen-[\w-]+\.(js|css)$/.test(f)) rmSync(path.join(out, 'assets', f));
  }
  if (sourceManifest) writeFileSync(path.join(out, 'manifest.json'), JSON.stringify(manifestFor(browser, sourceManifest), null, 2) + '\n');
}

/** Per-browser manifest: version stamped, keys the other browser would warn about removed. */
function manifestFor(browser, source) {
  const m = structuredClone(source);
  m.version = pkg.version;
  if (browser === 'chrome') {
    if (m.background) delete m.background.scripts;
    delete m.browser_specific_settings;
  } else {
    if (m.background) delete m.background.service_worker;
    m.permissions = (m.permissions || []).filter((p) => p !== 'offscreen');
  }
  return m;
}

// 4. Store-ready zips.
if (sourceManifest) {
  for (const browser of BROWSERS) {
    const dir = abs('dist', browser);
    const files = {};
    for (const f of walk(dir)) files[path.relative(dir, f).split(path.sep).join('/')] = [readFileSync(f), { mtime: new Date('2026-01-01T00:00:00Z') }];
    writeFileSync(abs('dist', `qingyue-${browser}-${pkg.version}.zip`), zipSync(files, { level: 9 }));
  }
}

// 5. The command line.
if (existsSync(abs('src/cli/main.ts'))) {
  await build({
    configFile: CONFIG,
    logLevel,
    publicDir: false,
    build: {
      ssr: abs('src/cli/main.ts'),
      outDir: abs('dist/cli'),
      emptyOutDir: true,
      target: 'node20',
      minify: false,
      rollupOptions: { output: { format: 'es', entryFileNames: 'qingyue.mjs', banner: '#!/usr/bin/env node' } },
    },
  });
  chmodSync(abs('dist/cli/qingyue.mjs'), 0o755);
}

rmSync(STAGE, { recursive: true, force: true });
await printBudgets();

function* walk(dir) {
  for (const name of readdirSync(dir).sort()) {
    const p = path.join(dir, name);
    if (statSync(p).isDirectory()) yield* walk(p);
    else yield p;
  }
}

function kb(n) {
  return `${(n / 1024).toFixed(1)} KB`;
}

function gz(buf) {
  return gzipSync(buf, { level: 9 }).length;
}


/** Budgets from issue #3: content script ≤ 25 KB gzip beyond Readability + DOMPurify; popup ≤ 30 KB gzip; detector without either library. */
async function printBudgets() {
  const dir = abs('dist/chrome');
  const rows = [];
  let failed = false;
  if (existsSync(path.join(dir, 'content.js'))) {
    // Measure the two libraries alone, bundled and minified the same way, to subtract them.
    const libDir = abs('dist/.budget');
    writeFileSync(abs('dist/.budget-entry.js'), "import { Readability } from '@mozilla/readability';\nimport DOMPurify from 'dompurify';\nglobalThis.__q = [Readability, DOMPurify];\n");
    await build({
      configFile: false, logLevel: 'silent', publicDir: false,
      build: { outDir: libDir, emptyOutDir: true, target: TARGET, minify: true, lib: { entry: abs('dist/.budget-entry.js'), formats: ['iife'], name: 'q', fileName: () => 'libs.js' } },
    });
    const libs = gz(readFileSync(path.join(libDir, 'libs.js')));
    rmSync(libDir, { recursive: true, force: true });
    rmSync(abs('dist/.budget-entry.js'), { force: true });
    const content = gz(readFileSync(path.join(dir, 'content.js')));
    const own = content - libs;
    rows.push(['content.js (gzip)', kb(content), '']);
    rows.push(['  Readability + DOMPurify alone', kb(libs), '']);
    rows.push(['  Qingyue code beyond them', kb(own), own <= 25 * 1024 ? 'ok (≤ 25 KB)' : 'OVER 25 KB']);
    failed ||= own > 25 * 1024;
  }
  if (existsSync(path.join(dir, 'detector.js'))) {
    // The detector runs on every page load where it is enabled: it must carry `detect` only.
    const detector = readFileSync(path.join(dir, 'detector.js'));
    const heavy = ['Readability', 'DOMPurify'].filter((name) => detector.includes(name));
    rows.push(['detector.js (gzip)', kb(gz(detector)), heavy.length ? `BUNDLES ${heavy.join(' + ')}` : 'ok (detect only)']);
    failed ||= heavy.length > 0;
  }
  if (existsSync(path.join(dir, 'background.js'))) rows.push(['background.js (gzip)', kb(gz(readFileSync(path.join(dir, 'background.js')))), '']);
  const chunkGraphs = existsSync(abs('dist/.vite-manifest.json')) ? JSON.parse(readFileSync(abs('dist/.vite-manifest.json'), 'utf8')) : null;
  if (chunkGraphs) {
    // Sum the gzip size of every file reachable from a page: `first load` follows static imports
    // (what the page needs before it can paint), `on demand` adds the dynamic imports (panels,
    // states and the save button, fetched when used or while the article is being extracted).
    const reach = (graph, key, withDynamic, files = new Set(), seen = new Set()) => {
      const c = graph[key];
      if (!c || seen.has(key)) return files;
      seen.add(key);
      files.add(c.file);
      for (const css of c.css || []) files.add(css);
      for (const i of c.imports || []) reach(graph, i, withDynamic, files, seen);
      if (withDynamic) for (const i of c.dynamicImports || []) reach(graph, i, withDynamic, files, seen);
      return files;
    };
    const sizeOf = (files) => [...files].reduce((n, f) => n + gz(readFileSync(path.join(dir, f))), 0);
    for (const page of ['popup', 'reader', 'library', 'options']) {
      const key = `${page}.html`;
      const graph = chunkGraphs.find((g) => g[key]);
      if (!graph) continue;
      const first = sizeOf(reach(graph, key, false));
      const all = sizeOf(reach(graph, key, true));
      const budget = page === 'popup' ? 30 * 1024 : null;
      rows.push([`${page} page JS+CSS, first load (gzip)`, kb(first), budget ? (first <= budget ? 'ok (≤ 30 KB)' : 'OVER 30 KB') : '']);
      rows.push([`  + loaded on demand`, kb(all - first), '']);
      if (budget) failed ||= first > budget;
    }
    if (!process.env.QINGYUE_KEEP_MANIFEST) rmSync(abs('dist/.vite-manifest.json'), { force: true });
  }
  if (rows.length) {
    console.log('\nBundle budgets');
    for (const [a, b, c] of rows) console.log(`  ${a.padEnd(42)} ${b.padStart(9)}  ${c}`);
  }
  console.log(`\nBuilt ${pkg.name} ${pkg.version}: load dist/chrome (Chrome: chrome://extensions → Developer mode → Load unpacked)`);
  console.log('  or dist/firefox (Firefox: about:debugging#/runtime/this-firefox → Load Temporary Add-on → manifest.json).');
  if (failed && !process.env.QINGYUE_IGNORE_BUDGETS) {
    console.error('A size budget is exceeded (set QINGYUE_IGNORE_BUDGETS=1 to build anyway).');
    process.exitCode = 1;
  }
}

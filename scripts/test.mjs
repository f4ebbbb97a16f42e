#!/usr/bin/env node
// `npm test`: every suite, in order, stopping at nothing so one report shows all failures.
//   1. build (the browser suites and the CLI tests run what `npm run build` produces)
//   2. unit + meta tests (Vitest, Node)
//   3. Chromium end-to-end (node:test + playwright-core + /usr/bin/chromium)
//   4. Firefox end-to-end (node:test + puppeteer-core + /usr/bin/firefox-esr)
//   5. web-ext lint on dist/firefox
// Browsers are required: a missing browser is a failure with the command that installs it, never a skip.
// QINGYUE_SUITES=unit,chromium (comma list) runs a subset while developing.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const FIREFOX = process.env.FIREFOX_PATH || '/usr/bin/firefox-esr';
const only = process.env.QINGYUE_SUITES?.split(',').map((s) => s.trim());
const want = (name) => !only || only.includes(name);

const results = [];
function run(name, cmd, args, { env } = {}) {
  console.log(`\n━━ ${name}: ${[cmd, ...args].join(' ')}`);
  const t = Date.now();
  const r = spawnSync(cmd, args, { cwd: ROOT, stdio: 'inherit', env: { ...process.env, ...env } });
  const ok = r.status === 0;
  results.push({ name, ok, seconds: (Date.now() - t) / 1000 });
  return ok;
}
function fail(name, message) {
  console.error(`\n━━ ${name}: ${message}`);
  results.push({ name, ok: false, seconds: 0 });
}
const testFiles = (dir) =>
  existsSync(path.join(ROOT, dir))
    ? readdirSync(path.join(ROOT, dir)).filter((f) => /\.test\.(ts|mjs)$/.test(f)).sort().map((f) => path.join(dir, f))
    : [];

if (want('build')) run('build', 'npm', ['run', 'build', '--silent']);
if (want('unit')) run('unit', 'npx', ['vitest', 'run']);

const nodeTest = (files) => ['--import', 'tsx', '--test', '--test-concurrency=1', '--test-reporter=tap', ...files];
if (want('chromium')) {
  const files = testFiles('tests/e2e');
  if (!files.length) console.log('\n━━ chromium: no tests yet');
  else if (!existsSync(CHROMIUM)) fail('chromium', `${CHROMIUM} not found. Install it: sudo apt-get install -y --no-install-recommends chromium fonts-noto-cjk`);
  else run('chromium', 'node', nodeTest(files));
}
if (want('firefox')) {
  const files = testFiles('tests/e2e-firefox');
  if (!files.length) console.log('\n━━ firefox: no tests yet');
  else if (!existsSync(FIREFOX)) fail('firefox', `${FIREFOX} not found. Install it: sudo apt-get install -y --no-install-recommends firefox-esr`);
  else run('firefox', 'node', nodeTest(files));
}
if (want('lint') && existsSync(path.join(ROOT, 'dist/firefox/manifest.json'))) {
  run('web-ext lint', 'npx', ['web-ext', 'lint', '--source-dir', 'dist/firefox', '--no-input']);
}

console.log('\n━━ summary');
for (const r of results) console.log(`  ${r.ok ? 'pass' : 'FAIL'}  ${r.name.padEnd(14)} ${r.seconds.toFixed(1)} s`);
const failed = results.filter((r) => !r.ok).length;
console.log(failed ? `\n${failed} suite(s) failed` : '\nall suites passed');
process.exit(failed ? 1 : 0);

#!/usr/bin/env node
// Renders the toolbar/store icons from their SVG sources with headless Chromium:
//   public/icons/icon-small.svg → icon-16.png, icon-32.png (drawn on a 16 px grid, stays sharp)
//   public/icons/icon.svg       → icon-48.png, icon-96.png, icon-128.png
// The PNGs are committed; run `node scripts/make-icons.mjs` after editing an SVG.
import { chromium } from 'playwright-core';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../public/icons');
const SIZES = [
  { size: 16, source: 'icon-small.svg' },
  { size: 32, source: 'icon-small.svg' },
  { size: 48, source: 'icon.svg' },
  { size: 96, source: 'icon.svg' },
  { size: 128, source: 'icon.svg' },
];

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium', headless: true });
try {
  const page = await browser.newPage({ deviceScaleFactor: 1 });
  for (const { size, source } of SIZES) {
    const svg = readFileSync(path.join(DIR, source), 'utf8');
    const src = `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
    await page.setViewportSize({ width: size, height: size });
    await page.setContent(`<!doctype html><style>html,body{margin:0;background:transparent}img{display:block}</style><img width="${size}" height="${size}" src="${src}">`);
    await page.locator('img').evaluate((img) => img.decode());
    const png = await page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
    writeFileSync(path.join(DIR, `icon-${size}.png`), png);
    console.log(`icon-${size}.png  ${png.length} bytes  (from ${source})`);
  }
} finally {
  await browser.close();
}

// Aggregates page scores per chrome and overall, checks the thresholds of issue #2 and prints the
// tables a developer reads.
import type { PageScore } from './evaluate-page.ts';

export interface Summary {
  pages: number;
  woshipmPages: number;
  otherPages: number;
  detectionRecall: number;
  falsePositives: number;
  titleExact: number;
  authorRight: number;
  tipLeaks: number;
  proxyLeaks: number;
  chromeLeaks: number;
  meanF1: number;
  minF1: number;
  imageRecall: number;
  imagesFound: number;
  imagesTotal: number;
  extractionFailures: number;
}

/** Issue #2's thresholds. They hold for every chrome on its own and overall: a reader that fails on one blog theme fails. */
export const THRESHOLDS = {
  detectionRecall: 1,
  falsePositives: 0,
  titleExact: 1,
  authorRight: 0.95,
  tipLeaks: 0,
  proxyLeaks: 0,
  chromeLeaks: 0,
  meanF1: 0.99,
  imageRecall: 1,
} as const;

export function summarize(scores: readonly PageScore[]): Summary {
  const woshipm = scores.filter((s) => s.isWoshipm);
  const others = scores.filter((s) => !s.isWoshipm);
  const f1s = scores.map((s) => s.text.f1);
  const imagesFound = sum(scores.map((s) => s.imagesFound));
  const imagesTotal = sum(scores.map((s) => s.imagesTotal));
  return {
    pages: scores.length,
    woshipmPages: woshipm.length,
    otherPages: others.length,
    detectionRecall: ratio(woshipm.filter((s) => s.detected).length, woshipm.length),
    falsePositives: others.filter((s) => s.detected).length,
    titleExact: ratio(scores.filter((s) => s.titleRight).length, scores.length),
    authorRight: ratio(scores.filter((s) => s.authorRight).length, scores.length),
    tipLeaks: scores.filter((s) => s.tipLeak).length,
    proxyLeaks: scores.filter((s) => s.proxyLeak.length > 0).length,
    chromeLeaks: scores.filter((s) => s.chromeLeaks.length > 0).length,
    meanF1: f1s.length ? sum(f1s) / f1s.length : 0,
    minF1: f1s.length ? Math.min(...f1s) : 0,
    imageRecall: ratio(imagesFound, imagesTotal),
    imagesFound,
    imagesTotal,
    extractionFailures: scores.filter((s) => !s.ok).length,
  };
}

/** The thresholds a summary misses, as sentences. */
export function missedThresholds(name: string, s: Summary): string[] {
  const missed: string[] = [];
  if (s.woshipmPages && s.detectionRecall < THRESHOLDS.detectionRecall) missed.push(`${name}: detection recall ${pct(s.detectionRecall)} < 100%`);
  if (s.falsePositives > THRESHOLDS.falsePositives) missed.push(`${name}: ${s.falsePositives} false positive(s)`);
  if (s.titleExact < THRESHOLDS.titleExact) missed.push(`${name}: title exact ${pct(s.titleExact)} < 100%`);
  if (s.authorRight < THRESHOLDS.authorRight) missed.push(`${name}: author right ${pct(s.authorRight)} < 95%`);
  if (s.tipLeaks > THRESHOLDS.tipLeaks) missed.push(`${name}: tipping block leaked on ${s.tipLeaks} page(s)`);
  if (s.proxyLeaks > THRESHOLDS.proxyLeaks) missed.push(`${name}: proxy URL leaked on ${s.proxyLeaks} page(s)`);
  if (s.chromeLeaks > THRESHOLDS.chromeLeaks) missed.push(`${name}: chrome text leaked on ${s.chromeLeaks} page(s)`);
  if (s.meanF1 < THRESHOLDS.meanF1) missed.push(`${name}: mean text F1 ${s.meanF1.toFixed(4)} < 0.99`);
  if (s.imageRecall < THRESHOLDS.imageRecall) missed.push(`${name}: image recall ${pct(s.imageRecall)} < 100% (${s.imagesFound}/${s.imagesTotal})`);
  return missed;
}

export function formatTable(columns: { name: string; summary: Summary }[]): string {
  const rows: [string, (s: Summary) => string][] = [
    ['pages (woshipm + other)', (s) => `${s.pages} (${s.woshipmPages}+${s.otherPages})`],
    ['detection recall (woshipm)', (s) => (s.woshipmPages ? pct(s.detectionRecall) : '–')],
    ['false positives (other)', (s) => `${s.falsePositives}/${s.otherPages}`],
    ['extraction failures', (s) => String(s.extractionFailures)],
    ['title exact', (s) => pct(s.titleExact)],
    ['author right', (s) => pct(s.authorRight)],
    ['tipping block leaked (pages)', (s) => String(s.tipLeaks)],
    ['proxy URL leaked (pages)', (s) => String(s.proxyLeaks)],
    ['chrome text leaked (pages)', (s) => String(s.chromeLeaks)],
    ['text F1 mean', (s) => s.meanF1.toFixed(4)],
    ['text F1 min', (s) => s.minF1.toFixed(4)],
    ['image recall', (s) => `${pct(s.imageRecall)} (${s.imagesFound}/${s.imagesTotal})`],
  ];
  const header = ['metric', ...columns.map((c) => c.name)];
  const body = rows.map(([label, cell]) => [label, ...columns.map((c) => cell(c.summary))]);
  const widths = header.map((_, i) => Math.max(...[header, ...body].map((row) => displayWidth(row[i]!))));
  const line = (row: string[]) => `| ${row.map((cell, i) => cell + ' '.repeat(widths[i]! - displayWidth(cell))).join(' | ')} |`;
  return [line(header), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...body.map(line)].join('\n');
}

export function pct(value: number): string {
  return `${(value * 100).toFixed(1)}%`;
}

function ratio(a: number, b: number): number {
  return b === 0 ? 1 : a / b;
}

function sum(values: number[]): number {
  return values.reduce((a, b) => a + b, 0);
}

/** Terminal width: CJK characters take two columns. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const char of text) width += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u.test(char) ? 2 : 1;
  return width;
}

// The metric of the Scrapinghub/Zyte article-extraction benchmark (../shared/aeb/README.md):
// texts split into word tokens (Python's \w+ over Unicode: letters, digits, underscore), token
// 4-shingles counted as multisets, per page tp/fp/fn; precision and recall averaged over pages and
// F1 taken from the two means. This reproduces the README's reference figures for plain
// Readability (F1 0.947, precision 0.914, recall 0.982).

const TOKEN = /[\p{L}\p{N}_]+/gu;
const N = 4;

export interface PageCounts {
  tp: number;
  fp: number;
  fn: number;
}

export function shingles(text: string): Map<string, number> {
  const tokens = text.match(TOKEN) ?? [];
  const counts = new Map<string, number>();
  for (let i = 0; i + N <= tokens.length; i++) {
    const key = tokens.slice(i, i + N).join('\u0001');
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

export function shingleCounts(truth: string, predicted: string): PageCounts {
  const want = shingles(truth);
  const got = shingles(predicted);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const key of new Set([...want.keys(), ...got.keys()])) {
    const w = want.get(key) ?? 0;
    const g = got.get(key) ?? 0;
    tp += Math.min(w, g);
    fp += Math.max(0, g - w);
    fn += Math.max(0, w - g);
  }
  return { tp, fp, fn };
}

export function pagePrecision({ tp, fp }: PageCounts): number {
  return tp + fp > 0 ? tp / (tp + fp) : 0;
}

export function pageRecall({ tp, fn }: PageCounts): number {
  return tp + fn > 0 ? tp / (tp + fn) : 0;
}

export function pageF1(counts: PageCounts): number {
  const p = pagePrecision(counts);
  const r = pageRecall(counts);
  return p + r > 0 ? (2 * p * r) / (p + r) : 0;
}

export interface BenchmarkScore {
  precision: number;
  recall: number;
  /** Harmonic mean of the mean precision and the mean recall (the benchmark's reported F1). */
  f1: number;
  /** Mean of per-page F1, for reference. */
  meanPageF1: number;
}

export function benchmarkScore(pages: readonly PageCounts[]): BenchmarkScore {
  const n = pages.length || 1;
  const precision = pages.reduce((s, c) => s + pagePrecision(c), 0) / n;
  const recall = pages.reduce((s, c) => s + pageRecall(c), 0) / n;
  return {
    precision,
    recall,
    f1: precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0,
    meanPageF1: pages.reduce((s, c) => s + pageF1(c), 0) / n,
  };
}

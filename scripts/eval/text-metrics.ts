// Text similarity for the corpus evaluation: F1 over character bigrams with all whitespace
// removed (CJK has no word boundaries, and whitespace differences are layout, not content).
// Bigrams are counted as a multiset, so duplicated or missing text both cost.

export interface Prf {
  precision: number;
  recall: number;
  f1: number;
}

export function bigramCounts(text: string): Map<string, number> {
  const chars = Array.from(text.replace(/\s+/gu, ''));
  const counts = new Map<string, number>();
  for (let i = 0; i + 1 < chars.length; i++) {
    const gram = chars[i]! + chars[i + 1]!;
    counts.set(gram, (counts.get(gram) ?? 0) + 1);
  }
  return counts;
}

export function bigramF1(extracted: string, truth: string): Prf {
  const got = bigramCounts(extracted);
  const want = bigramCounts(truth);
  let overlap = 0;
  let gotTotal = 0;
  let wantTotal = 0;
  for (const n of got.values()) gotTotal += n;
  for (const [gram, n] of want) {
    wantTotal += n;
    overlap += Math.min(n, got.get(gram) ?? 0);
  }
  if (gotTotal === 0 && wantTotal === 0) return { precision: 1, recall: 1, f1: 1 };
  const precision = gotTotal ? overlap / gotTotal : 0;
  const recall = wantTotal ? overlap / wantTotal : 0;
  return { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
}

/** Non-overlapping occurrences of needle in haystack. */
export function countOccurrences(haystack: string, needle: string): number {
  if (!needle) return 0;
  let count = 0;
  for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + needle.length)) count++;
  return count;
}

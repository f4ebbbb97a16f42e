// detect(): is this page a post of one of the site rules (woshipm), and why. Cheap and safe to run
// on every page load (the badge detector bundles only this module and the site scans).

import type { DetectResult } from './article';
import { DETECTORS } from '../sites/detectors';

export function detect(doc: Document, url: string): DetectResult {
  return detectWithScan(doc, url).result;
}

/**
 * detect() plus the matching detector's full scan (which may hold element references), so the
 * site rule of the same extraction does not scan the page twice. Internal to the pipeline: the
 * scan is only valid until the page changes.
 */
export function detectWithScan(doc: Document, url: string): { result: DetectResult; scan?: unknown } {
  let best: DetectResult = { site: null, confidence: 0, signals: [] };
  for (const detector of DETECTORS) {
    let scan: { confidence: number; signals: string[] };
    try {
      scan = detector.scan(doc, url);
    } catch {
      continue; // a hostile or half-parsed page must never break the page's own scripts
    }
    if (scan.confidence >= detector.threshold) return { result: { site: detector.id, confidence: scan.confidence, signals: scan.signals }, scan };
    if (scan.confidence > best.confidence) best = { site: null, confidence: scan.confidence, signals: scan.signals };
  }
  return { result: best };
}

// detect(): is this page a post of one of the site rules (woshipm), and why. Cheap and safe to run
// on every page load (the badge detector bundles only this module and the site scans).

import type { DetectResult } from './article';
import { DETECTORS } from '../sites/detectors';

export function detect(doc: Document, url: string): DetectResult {
  let best: DetectResult = { site: null, confidence: 0, signals: [] };
  for (const detector of DETECTORS) {
    let scan: { confidence: number; signals: string[] };
    try {
      scan = detector.scan(doc, url);
    } catch {
      continue; // a hostile or half-parsed page must never break the page's own scripts
    }
    if (scan.confidence >= detector.threshold) return { site: detector.id, confidence: scan.confidence, signals: scan.signals };
    if (scan.confidence > best.confidence) best = { site: null, confidence: scan.confidence, signals: scan.signals };
  }
  return best;
}

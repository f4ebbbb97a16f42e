// Detection side of the site registry, kept apart from the rules themselves so the always-on badge
// detector bundles only these scans (no Readability, no DOMPurify, no clean-up code). The order and
// ids match RULES in ./index.ts (a meta-test checks it).

import type { SiteId } from '../core/article';
import { scanWoshipm, WOSHIPM_THRESHOLD } from './woshipm-signals';

export interface SiteDetector {
  id: SiteId;
  /** Confidence 0..1 and the signals seen. */
  scan(doc: Document, url: string): { confidence: number; signals: string[] };
  /** Confidence from which the page is taken for this site. */
  threshold: number;
}

export const DETECTORS: readonly SiteDetector[] = [{ id: 'woshipm', scan: scanWoshipm, threshold: WOSHIPM_THRESHOLD }];

// Scores one extracted page against its ground truth. Pure: no I/O, no DOM.
import type { DetectResult, ExtractResult } from '../../src/core/article.ts';
import { hasProxy, imageKey } from './image-keys.ts';
import { bigramF1, countOccurrences, type Prf } from './text-metrics.ts';
import { normalizeTitle, type Truth } from './truth.ts';

export interface PageScore {
  chrome: string;
  file: string;
  url: string;
  isWoshipm: boolean;
  detected: boolean;
  signals: string[];
  ok: boolean;
  error: string | null;
  ruleSite: string | null;
  titleRight: boolean;
  title: string | null;
  authorRight: boolean;
  byline: string | null;
  tipLeak: boolean;
  proxyLeak: string[];
  chromeLeaks: string[];
  text: Prf;
  imagesFound: number;
  imagesTotal: number;
  missingImages: string[];
  /** Human-readable reasons this page fails a threshold (empty when it passes everything). */
  failures: string[];
}

const TIP_TEXT = '给作者打赏';
/** Pages below this text F1 are listed with their precision and recall (the threshold itself is on the mean). */
const PAGE_F1_NOTE = 0.99;
const TIP_BUTTON = '赞赏';

export function scorePage(input: {
  chrome: string;
  file: string;
  url: string;
  isWoshipm: boolean;
  truth: Truth;
  chromeText: readonly string[];
  detection: DetectResult;
  result: ExtractResult;
}): PageScore {
  const { truth, detection, result } = input;
  const detected = detection.site === 'woshipm';
  const base = {
    chrome: input.chrome,
    file: input.file,
    url: input.url,
    isWoshipm: input.isWoshipm,
    detected,
    signals: detection.signals,
  };
  const failures: string[] = [];
  if (input.isWoshipm && !detected) failures.push(`not detected as woshipm (signals: ${detection.signals.join(', ') || 'none'})`);
  if (!input.isWoshipm && detected) failures.push(`false positive: detected as woshipm (signals: ${detection.signals.join(', ')})`);

  if (!result.ok) {
    failures.push(`extraction failed: ${result.error.code}: ${result.error.message}`);
    return {
      ...base, ok: false, error: `${result.error.code}: ${result.error.message}`, ruleSite: null, titleRight: false, title: null,
      authorRight: false, byline: null, tipLeak: false, proxyLeak: [], chromeLeaks: [], text: { precision: 0, recall: 0, f1: 0 },
      imagesFound: 0, imagesTotal: truth.images.length, missingImages: truth.images.map((i) => i.display), failures,
    };
  }

  const article = result.article;
  if (detected && article.site !== 'woshipm') failures.push(`detect() said woshipm but extract() used the ${article.site ?? 'generic'} rule`);

  const titleRight = normalizeTitle(article.title) === truth.title;
  if (!titleRight) failures.push(`title ${JSON.stringify(article.title)} ≠ ${JSON.stringify(truth.title)}`);

  const byline = article.byline === null ? null : article.byline.trim() || null;
  const authorRight = truth.authors.includes(byline);
  if (!authorRight) failures.push(`author ${JSON.stringify(byline)} not in ${JSON.stringify(truth.authors)} (${truth.authorRule})`);

  const text = collapse(article.textContent);
  const truthText = collapse(truth.text);
  const tipLeak =
    text.includes(TIP_TEXT) ||
    /support-author|button--pay/.test(article.contentHtml) ||
    countOccurrences(text, TIP_BUTTON) > countOccurrences(truthText, TIP_BUTTON);
  if (tipLeak) failures.push('tipping block leaked (给作者打赏 / 赞赏 / .support-author)');

  // images[].originalSrc is documented as the page's proxied form (a download fallback): not a leak.
  const proxyLeak = [
    ...(hasProxy(article.contentHtml) ? ['contentHtml'] : []),
    ...article.images.filter((image) => hasProxy(image.src)).map((image) => `images[].src ${image.src}`),
    ...(article.leadImage && hasProxy(article.leadImage) ? [`leadImage ${article.leadImage}`] : []),
  ];
  if (proxyLeak.length) failures.push(`proxy URL leaked in ${proxyLeak.join('; ')}`);

  const chromeLeaks = [...new Set(input.chromeText)]
    .map(collapse)
    .filter((snippet) => countOccurrences(text, snippet) > countOccurrences(truthText, snippet));
  if (chromeLeaks.length) failures.push(`chrome text leaked: ${chromeLeaks.map((s) => JSON.stringify(short(s))).join(', ')}`);

  const f1 = bigramF1(article.textContent, truth.text);
  if (f1.f1 < PAGE_F1_NOTE) {
    failures.push(`text F1 ${f1.f1.toFixed(3)} (precision ${f1.precision.toFixed(3)}: ${f1.precision < 0.99 ? 'extra text' : 'ok'}; recall ${f1.recall.toFixed(3)}: ${f1.recall < 0.99 ? 'text missing' : 'ok'})`);
  }
  const extractedKeys = new Set(article.images.map((image) => imageKey(image.src)));
  const missing = truth.images.filter((image) => !image.keys.some((key) => extractedKeys.has(key)));
  if (missing.length) failures.push(`${missing.length}/${truth.images.length} images missing: ${missing.slice(0, 3).map((i) => i.display).join(', ')}${missing.length > 3 ? ', …' : ''}`);

  return {
    ...base, ok: true, error: null, ruleSite: article.site, titleRight, title: article.title, authorRight, byline, tipLeak, proxyLeak,
    chromeLeaks, text: f1, imagesFound: truth.images.length - missing.length, imagesTotal: truth.images.length,
    missingImages: missing.map((i) => i.display), failures,
  };
}

function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function short(text: string): string {
  return text.length > 30 ? `${text.slice(0, 29)}…` : text;
}

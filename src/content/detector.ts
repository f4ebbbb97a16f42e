// The light detector: static content script on woshipm hosts, and on every http(s) page when the
// user turns on detection everywhere. It runs `detect` once, when the page is idle, and tells the
// background only when it finds a woshipm-style article (which sets the toolbar badge 读).
// No Readability, no DOMPurify, no listeners left behind: pages pay almost nothing for it.
// Straight from the detection module: the package index also re-exports extract (Readability,
// DOMPurify), which bundlers cannot always drop because of module side effects.
import { detect } from '../core/detect';
import { getBrowser } from '../shared/browser';
import { HIGH_CONFIDENCE } from '../shared/constants';

const GUARD = '__qingyueDetector';
const scope = globalThis as typeof globalThis & { [GUARD]?: true };

/**
 * Signals that describe the page as a whole (the host, og:site_name, the <title>, site-level meta)
 * hold on woshipm's home and list pages too. The badge promises an article, so at least one signal
 * must come from a post: its body markup, credit line, tipping block, images or category crumbs.
 */
const PAGE_LEVEL_SIGNAL = /^(host:|og:site_name$|title$|meta:)/;

function run(): void {
  const result = detect(document, location.href);
  if (!result.site || result.confidence < HIGH_CONFIDENCE) return;
  if (result.signals.every((s) => PAGE_LEVEL_SIGNAL.test(s))) return;
  getBrowser()
    .runtime.sendMessage({ type: 'content.detected', payload: result })
    .catch(() => {
      // The extension was reloaded under this page; nothing to report to.
    });
}

if (!scope[GUARD]) {
  scope[GUARD] = true;
  // document_idle has already waited for the load; requestIdleCallback keeps even `detect` out of
  // the way of the page's own work (bounded, so a busy page still gets its badge).
  if (typeof requestIdleCallback === 'function') requestIdleCallback(run, { timeout: 2000 });
  else setTimeout(run, 0);
}

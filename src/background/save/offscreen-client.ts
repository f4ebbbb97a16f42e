// Chrome only: the service worker has no DOM, so linked pages are parsed in an offscreen document
// (offscreen.html, reason DOM_PARSER). It is created on the first link save, reused while saves
// keep coming, and closed once idle (an open document costs a renderer process).
import type { ExtractOptions, ExtractResult } from '../../core/article';
import { getBrowser } from '../../shared/browser';
import { OFFSCREEN_PAGE } from '../../shared/constants';
import { OFFSCREEN_TARGET } from '../../shared/messages';
import type { OffscreenRequests } from '../../shared/messages';
import { isExtractResult } from '../../shared/validate';

/** Close the document this long after the last parse. */
export const OFFSCREEN_IDLE_MS = 30_000;

interface OffscreenApi {
  createDocument(parameters: { url: string; reasons: string[]; justification: string }): Promise<void>;
  closeDocument(): Promise<void>;
}
interface ContextsApi {
  getContexts?(filter: { contextTypes: string[]; documentUrls?: string[] }): Promise<unknown[]>;
}

function apis(): { offscreen: OffscreenApi; runtime: ContextsApi & ReturnType<typeof getBrowser>['runtime'] } {
  const browser = getBrowser() as unknown as { offscreen?: OffscreenApi; runtime: ContextsApi & ReturnType<typeof getBrowser>['runtime'] };
  if (!browser.offscreen) throw new Error('This browser has no offscreen documents.');
  return { offscreen: browser.offscreen, runtime: browser.runtime };
}

let creating: Promise<void> | null = null;
let inFlight = 0;
let idleTimer: ReturnType<typeof setTimeout> | undefined;

async function hasDocument(): Promise<boolean> {
  const { runtime } = apis();
  if (typeof runtime.getContexts !== 'function') return false;
  const contexts = await runtime.getContexts({ contextTypes: ['OFFSCREEN_DOCUMENT'], documentUrls: [runtime.getURL(OFFSCREEN_PAGE)] });
  return contexts.length > 0;
}

async function ensureDocument(): Promise<void> {
  if (await hasDocument()) return;
  creating ??= apis()
    .offscreen.createDocument({ url: OFFSCREEN_PAGE, reasons: ['DOM_PARSER'], justification: 'Parse linked articles the user saves for offline reading.' })
    .catch(async (error: unknown) => {
      // Another call created it between our check and this one: that is what we wanted.
      if (!(await hasDocument())) throw error;
    })
    .finally(() => {
      creating = null;
    });
  await creating;
}

function scheduleClose(): void {
  clearTimeout(idleTimer);
  idleTimer = setTimeout(() => {
    if (inFlight > 0) return;
    void hasDocument()
      .then((open) => (open && inFlight === 0 ? apis().offscreen.closeDocument() : undefined))
      .catch(() => undefined);
  }, OFFSCREEN_IDLE_MS);
}

type Request = OffscreenRequests['offscreen.extract']['req'];

export async function extractInOffscreen(html: string, url: string, options: Pick<ExtractOptions, 'keepLede' | 'keepCredits'>): Promise<ExtractResult> {
  inFlight++;
  clearTimeout(idleTimer);
  try {
    await ensureDocument();
    const payload: Request = { html, url, options };
    const reply: unknown = await apis().runtime.sendMessage({ target: OFFSCREEN_TARGET, type: 'offscreen.extract', payload });
    if (!isExtractResult(reply)) return { ok: false, error: { code: 'PARSE_ERROR', message: 'The page parser gave no usable answer.' } };
    return reply;
  } finally {
    inFlight--;
    if (inFlight === 0) scheduleClose();
  }
}

// One page through the whole Node path: read + decode → jsdom → the core pipeline → plain result.
// The jsdom window is always closed afterwards so a long --batch run keeps a flat memory profile.
import type { JSDOM } from 'jsdom';
import type { Article, ExtractOptions } from '../core/article.ts';
import { detect, extract } from '../core/index.ts';
import { domWindow, parseHtml } from './dom.ts';
import { failure, type PageFailure } from './errors.ts';
import { readPage } from './read-page.ts';

export interface TimingsMs {
  /** The pipeline's detection stage. */
  detect: number;
  /** The whole extract() call (detection included). */
  extract: number;
  /** Reading, decoding, parsing and extracting this page. */
  total: number;
}

export type PageOutcome = { ok: true; article: Article; timingsMs: TimingsMs } | PageFailure;

export async function extractFile(file: string, url: string): Promise<PageOutcome> {
  const started = performance.now();
  const page = await readPage(file);
  if (!page.ok) return page;

  let dom: JSDOM;
  try {
    dom = parseHtml(page.html, url);
  } catch (error) {
    return failure('PARSE_ERROR', `${file}: the HTML could not be parsed (${errorText(error)})`);
  }
  try {
    const doc = dom.window.document;
    const timings: NonNullable<ExtractOptions['timings']> = {};
    const extractStart = performance.now();
    const result = extract(doc, url, { window: domWindow(dom), timings });
    const extractMs = performance.now() - extractStart;
    if (!result.ok) return result;
    const detectMs = timings.detect ?? timeDetect(doc, url);
    return {
      ok: true,
      article: result.article,
      timingsMs: { detect: ms(detectMs), extract: ms(extractMs), total: ms(performance.now() - started) },
    };
  } catch (error) {
    // extract() promises not to throw; if it ever does, that page fails and the batch goes on.
    return failure('PARSE_ERROR', `${file}: extraction failed unexpectedly (${errorText(error)})`);
  } finally {
    dom.window.close();
  }
}

/** Only used if the pipeline did not report its detection time. */
function timeDetect(doc: Document, url: string): number {
  const start = performance.now();
  detect(doc, url);
  return performance.now() - start;
}

function ms(value: number): number {
  return Math.round(value * 100) / 100;
}

export function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

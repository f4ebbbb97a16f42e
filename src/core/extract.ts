// extract(): the whole pipeline (see /work/shared/design.md):
//   detect → pick rule → metadata (original page, read-only) → article root → copy into a fresh
//   document → common + rule clean-up → Readability → rule finish → DOMPurify → Article assembly.
// Never mutates the page, never throws: every failure is an ExtractResult error.

import { Readability, isProbablyReaderable } from '@mozilla/readability';
import type { Article, ArticleImage, DetectResult, ExtractOptions, ExtractResult, SiteId } from './article';
import { copyDocument, copyRootIntoFreshDocument } from './clone';
import { detect } from './detect';
import { normalizeSpace, tagOf } from './dom';
import { buildExcerpt } from './excerpt';
import { detectLang } from './lang';
import { readPageMetadata } from './metadata';
import { gatherEvidence, judgeContent } from './no-article';
import { indexPage, junkToOmit, pageBaseUrl } from './page-index';
import { prepareCommon } from './prepare';
import type { RuleMetadata, SiteRule } from './rule';
import { sanitizeElement } from './sanitize';
import { blockText, readingMinutes } from './text';
import { buildToc } from './toc';
import { tidyContent } from './tidy';
import { RULES, ruleById } from '../sites/index';

export const DEFAULT_MAX_ELEMENTS = 60_000;

/** Classes Readability must keep (it strips all others). */
const PRESERVED_CLASSES = ['qy-embed', 'qy-lede', 'qy-credits'];

type Stage = keyof NonNullable<ExtractOptions['timings']>;

const now = (): number => (typeof performance !== 'undefined' ? performance.now() : Date.now());

class ExtractFailure extends Error {
  constructor(
    readonly code: 'NO_ARTICLE' | 'PARSE_ERROR' | 'TOO_LARGE',
    message: string,
  ) {
    super(message);
  }
}

function pickRule(detected: DetectResult, forced: ExtractOptions['site']): SiteRule {
  if (forced) {
    const rule = ruleById(forced);
    if (!rule) throw new ExtractFailure('PARSE_ERROR', `unknown site rule "${forced}"`);
    return rule;
  }
  return RULES.find((r) => r.matches(detected)) ?? RULES[RULES.length - 1]!;
}

function imagesOf(root: Element, originalSrc: Map<string, string>): ArticleImage[] {
  const seen = new Set<string>();
  const images: ArticleImage[] = [];
  // The live collection read by index (never through length/item(), which scan it in jsdom).
  for (const img of Array.prototype.slice.call(root.getElementsByTagName('img')) as Element[]) {
    const src = img.getAttribute('src');
    if (src === null) continue;
    if (seen.has(src)) continue;
    seen.add(src);
    const image: ArticleImage = { src, alt: normalizeSpace(img.getAttribute('alt') ?? '') };
    const original = originalSrc.get(src);
    if (original) image.originalSrc = original;
    const width = Number(img.getAttribute('width'));
    const height = Number(img.getAttribute('height'));
    if (width > 0) image.width = width;
    if (height > 0) image.height = height;
    images.push(image);
  }
  return images;
}

function run(doc: Document, url: string, options: ExtractOptions): Article {
  const timings = options.timings;
  let mark = now();
  const lap = (stage: Stage) => {
    const t = now();
    if (timings) timings[stage] = (timings[stage] ?? 0) + (t - mark);
    mark = t;
  };

  if (!doc || !doc.documentElement) throw new ExtractFailure('PARSE_ERROR', 'the input is not an HTML document');
  const max = options.maxElements ?? DEFAULT_MAX_ELEMENTS;
  const index = indexPage(doc);
  const count = index.elementCount;
  if (count > max) throw new ExtractFailure('TOO_LARGE', `the page has ${count} elements, more than the limit of ${max}`);
  lap('prepare');

  let detected: DetectResult;
  if (options.site) {
    detected = options.site === 'generic' ? { site: null, confidence: 0, signals: ['forced'] } : { site: options.site, confidence: 1, signals: ['forced'] };
  } else {
    detected = detect(doc, url);
  }
  lap('detect');

  const rule = pickRule(detected, options.site);
  // A <base href> may point anywhere (javascript:, data:): only an http(s) base is used.
  const baseUrl = pageBaseUrl(doc, index, url);
  const page = readPageMetadata(doc, url, index);
  const ruleRun = rule.start({ doc, url, baseUrl, detected, page, index, options });
  const meta: RuleMetadata = { ...ruleRun.metadata() };
  const root = ruleRun.root();
  if (!root && !doc.body) throw new ExtractFailure('NO_ARTICLE', 'the page has no body');
  // The copy leaves out what the clean-up would remove first, and what the rule has decided to drop.
  const omit = new Set([...junkToOmit(doc, index, root), ...(ruleRun.omit?.() ?? [])]);
  const copy = root ? copyRootIntoFreshDocument(doc, root, baseUrl, omit) : copyDocument(doc, omit);
  const { doc: work, container } = copy;
  ruleRun.cloned?.(work, container, copy.copyOf);
  const { originalSrc, elements } = prepareCommon(container, baseUrl);
  ruleRun.prepare(work, container, elements);
  lap('prepare');

  const confident = ruleRun.confident();
  const exact = ruleRun.exactRoot?.() ?? false;
  // What Readability is given, measured before it runs (it consumes the copy).
  const given = confident && !exact ? measure(container) : null;
  const keep = confident && !exact ? (container.cloneNode(true) as Element) : null;
  const parsed = exact
    ? null
    : new Readability<Element>(work, {
        serializer: (el) => el as Element,
        classesToPreserve: PRESERVED_CLASSES,
        // Site rules hand over only the post: short Q&A posts must not be rejected for length.
        charThreshold: confident ? 20 : 500,
      }).parse();
  lap('readability');

  let content = exact ? wrapContainer(container) : (parsed?.content ?? null);
  // A site rule that located the post from strong evidence knows the whole container is the post.
  // Readability's sibling heuristics drop short CJK paragraphs (they look for ". ") and it returns
  // nothing for image-only posts: when it kept clearly less than it was given, the rule's own
  // (already cleaned) container is the article.
  if (keep && given && (!content || !covers(measure(content), given))) content = wrapContainer(keep);
  if (!content) throw new ExtractFailure('NO_ARTICLE', 'no article content found on the page');

  ruleRun.finish(content, meta, {
    byline: parsed?.byline ?? null,
    siteName: parsed?.siteName ?? null,
    publishedTime: parsed?.publishedTime ?? null,
    title: parsed?.title ?? null,
  });
  content = tidyContent(content, meta.title);
  lap('finish');

  // Embeds became link blocks before Readability ran: the sanitiser need not look for them again.
  const holder = sanitizeElement(content, { window: options.window, baseUrl, inPlace: true, embedsReplaced: true });
  lap('sanitize');

  const verdict = judgeContent(gatherEvidence(holder), ruleRun.confident(), () => safeReaderable(doc));
  if (!verdict.article) throw new ExtractFailure('NO_ARTICLE', `this page does not look like an article: ${verdict.reason}`);

  const toc = buildToc(holder);
  const contentHtml = holder.innerHTML;
  const textContent = blockText(holder);
  const lang = detectLang(page.lang, textContent);
  const images = imagesOf(holder, originalSrc);
  const article: Article = {
    url,
    canonicalUrl: meta.canonicalUrl,
    site: rule.id === 'generic' ? null : (rule.id as SiteId),
    title: meta.title || normalizeSpace(parsed?.title ?? '') || url,
    byline: meta.byline,
    siteName: meta.siteName,
    publishedTime: meta.publishedTime,
    lang,
    excerpt: buildExcerpt(holder, lang),
    leadImage: meta.leadImage,
    contentHtml,
    textContent,
    images,
    toc,
    readingMinutes: readingMinutes(textContent, lang),
  };
  return article;
}

/** The prepared container as the content root: itself when it is a <div>, else a <div> holding its children. */
function wrapContainer(container: Element): Element {
  if (tagOf(container) === 'div') return container;
  const div = container.ownerDocument.createElement('div');
  while (container.firstChild) div.appendChild(container.firstChild);
  return div;
}

interface Measure {
  text: number;
  images: number;
}

function measure(el: Element): Measure {
  return { text: (el.textContent ?? '').replace(/\s+/g, '').length, images: el.getElementsByTagName('img').length };
}

/** True when Readability's output keeps (nearly) all the text and pictures it was given. */
function covers(out: Measure, given: Measure): boolean {
  return out.text >= given.text * 0.97 && out.images >= given.images;
}

function safeReaderable(doc: Document): boolean {
  try {
    // The page's own nodes are only read here (no style access: visibility by attributes only).
    return isProbablyReaderable(doc, {
      visibilityChecker: (node) => {
        const el = node as Element;
        return !el.hasAttribute?.('hidden') && !/display\s*:\s*none/i.test(el.getAttribute?.('style') ?? '');
      },
    });
  } catch {
    return false;
  }
}

/** Extracts the article of `doc` (which is never modified). Never throws. */
export function extract(doc: Document, url: string, options: ExtractOptions = {}): ExtractResult {
  const start = now();
  try {
    const article = run(doc, url, options);
    return { ok: true, article };
  } catch (err) {
    if (err instanceof ExtractFailure) return { ok: false, error: { code: err.code, message: err.message } };
    const message = err instanceof Error ? err.message : String(err);
    return { ok: false, error: { code: 'PARSE_ERROR', message: `extraction failed: ${message}` } };
  } finally {
    if (options.timings) options.timings.total = now() - start;
  }
}

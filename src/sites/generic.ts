// The generic rule: every page no site rule claims. Readability does the extraction on a copy of the
// whole page; this rule adds the common clean-up (lazy images, proxies, embeds), better metadata
// (JSON-LD, og:*, meta author, <time>, title without the site's suffix) and removes boilerplate that
// Readability keeps inside article bodies (share bars, newsletter boxes, "related" lists, bylines
// repeated from the header).

import type { DetectResult } from '../core/article';
import { isPlaceholderImageUrl } from '../core/images';
import { removeBoilerplate, removePageChrome } from '../core/boilerplate';
import { findBodyContainer } from '../core/article-root';
import type { ReadabilityFacts, RuleInput, RuleMetadata, RuleRun, SiteRule } from '../core/rule';
import { chooseTitle } from '../core/title';
import { normalizeSpace } from '../core/dom';
import type { PageIndex } from '../core/page-index';
import { parseDate } from '../core/dates';
import { cleanResourceUrl } from '../core/urls';

/** A byline as pages write it → the name(s) alone ("By Jane Doe | Reuters" → "Jane Doe"). */
export function cleanByline(raw: string | null | undefined): string | null {
  if (!raw) return null;
  let b = normalizeSpace(raw)
    .replace(/^(?:by|written by|posted by|author|作者|文)\s*[:：|]?\s+/i, '')
    .replace(/^(?:作者|文)\s*[:：|]\s*/, '')
    .trim();
  if (/^https?:\/\//i.test(b)) {
    // Some sites put the author's profile URL in meta author: keep its last path segment as a name.
    const slug = b.replace(/\/+$/, '').split('/').pop() ?? '';
    b = /^[a-z][a-z0-9-]+$/i.test(slug) ? slug.replace(/-/g, ' ') : '';
  }
  if (!b || b.length > 100 || /[<>{}]/.test(b)) return null;
  return b;
}

/**
 * A byline that names the publication or one of the post's own categories is a feed or section
 * name (RSS mirrors print the feed as the "author"), not a person.
 */
function isFeedName(byline: string, page: RuleInput['page']): boolean {
  const b = byline.toLowerCase();
  return [page.siteName, ...page.crumbs, ...page.sections].some((n) => !!n && n.toLowerCase() === b);
}

/**
 * The page's own statement of where the article is: the one <article> (or schema.org articleBody)
 * element that holds the post body. Handing Readability only that element keeps comments and
 * "recommended" lists out on sites whose class names say nothing (CSS-in-JS hashes). Pages with
 * several <article>s (lists, or a post plus teaser cards) give no such statement: null, and the
 * whole page goes to Readability.
 */
function semanticRoot(index: PageIndex, body: Element | null): Element | null {
  if (!body) return null;
  const labelled = index.articleBodies;
  if (labelled.length === 1 && (labelled[0]!.contains(body) || body.contains(labelled[0]!))) return labelled[0]!.contains(body) ? labelled[0]! : null;
  const articles = index.articles;
  const holding = articles.filter((a) => a.contains(body));
  if (holding.length === 0 || articles.length - holding.length > 0) return null;
  // The innermost <article> around the body.
  return holding[holding.length - 1]!;
}

function start(input: RuleInput): RuleRun {
  const { page } = input;
  const person = (raw: string | null | undefined) => {
    const b = cleanByline(raw);
    return b && !isFeedName(b, page) ? b : null;
  };
  const lead = page.leadImage && !isPlaceholderImageUrl(page.leadImage) ? cleanResourceUrl(page.leadImage, input.baseUrl) : null;
  const body = findBodyContainer(input.doc, input.index.images)?.element ?? null;
  const root = semanticRoot(input.index, body);
  let workBody: Element | null = null;
  const meta: RuleMetadata = {
    title: chooseTitle({ docTitle: page.docTitle, elements: page.headings, ogTitle: page.ogTitle, jsonLdHeadline: page.jsonLdHeadline, siteName: page.siteName }),
    byline: person(page.author),
    siteName: page.siteName,
    publishedTime: page.publishedTime,
    leadImage: lead,
    canonicalUrl: page.canonicalUrl,
  };
  return {
    metadata: () => meta,
    root: () => root,
    confident: () => false,
    cloned(_work, _container, copyOf) {
      workBody = body ? copyOf(body) : null;
    },
    prepare(work, container, elements) {
      // Even an <article> carries chrome of its own (licence box, prev/next links). The elements
      // under <body> are the container's, plus the container itself when it is the copied root.
      const underBody = elements && (container === work.body ? elements : [container, ...elements]);
      removePageChrome(work, workBody, underBody ?? undefined);
      removeBoilerplate(container, elements ?? undefined);
    },
    finish(content: Element, m: RuleMetadata, facts: ReadabilityFacts) {
      m.byline ??= person(facts.byline);
      m.siteName ??= facts.siteName ? normalizeSpace(facts.siteName) : null;
      m.publishedTime ??= parseDate(facts.publishedTime);
      if (!m.title && facts.title) m.title = normalizeSpace(facts.title);
      m.leadImage ??= content.querySelector('img')?.getAttribute('src') ?? null;
    },
  };
}

export const genericRule: SiteRule = {
  id: 'generic',
  matches: (_detected: DetectResult) => true,
  start,
};

// Tested on: tests/fixtures/generic (English and Chinese news/blog articles, ZAKER-like and
// Dockone-like mirrored posts, non-article pages) and the 181 pages of the AEB benchmark
// (news sites, blogs, company blogs; `npm run eval:aeb`).

// The 人人都是产品经理 (woshipm.com) rule: woshipm.com itself and its mirrors on any host.
//
// On woshipm.com the body is `.article--content`. On a mirror the body is the smallest container
// holding the post's paragraphs and pictures (core/article-root.ts), widened to the credit line and
// tipping block when they sit beside it; only that container is handed to Readability.
//
// Clean-up: the tipping block and share/like/follow/QR widgets go; proxied and lazy images resolve
// to their origin (core/images.ts); WeChat leftovers (empty mp_profile sections, `<p> </p>` spacers,
// split <strong> runs) are tidied; bare text is wrapped in paragraphs (天天问 questions).
// The editor's intro becomes `<blockquote class="qy-lede">` (its 编辑导语：/编辑导读： label is kept
// verbatim: it tells the reader whose words these are) and the credit lines a trailing
// `<footer class="qy-credits">`; options.keepLede / keepCredits === false drop them.

import type { DetectResult } from '../core/article';
import { all, byTags, closest, collectElements, isBlank, normalizeSpace, tagOf } from '../core/dom';
import { locateArticleRoot } from '../core/article-root';
import { isPlaceholderImageUrl } from '../core/images';
import { classWords, isChromeContainer } from '../core/regions';
import type { ReadabilityFacts, RuleInput, RuleMetadata, RuleRun, SiteRule } from '../core/rule';
import { chooseTitle } from '../core/title';
import { titleText } from '../core/metadata';
import { cleanResourceUrl, hostIs, hostOf } from '../core/urls';
import { authorFromCredits, findLede, findTrailingCredits, innermostBody, isSpacer } from './woshipm-credits';
import { findWoshipmAnchors } from './woshipm-anchors';
import { SITE_NAME, TIP_TEXT, scanWoshipm } from './woshipm-signals';

/** class words of share / like / follow / QR-code widgets. */
const WIDGET_WORDS = new Set(['share', 'sharing', 'social', 'like', 'likes', 'zan', 'follow', 'qrcode', 'qr', 'bdshare', 'jiathis']);

function isTipBlock(el: Element): boolean {
  if (/\bsupport-author\b/.test(el.getAttribute('class') ?? '')) return true;
  if (el.querySelector('button[data-post-id]')) return normalizeSpace(el.textContent ?? '').length < 80;
  const text = normalizeSpace(el.textContent ?? '');
  return text.startsWith(TIP_TEXT) && text.length < 80;
}

function isWidget(el: Element): boolean {
  const words = classWords(el);
  return words.some((w) => WIDGET_WORDS.has(w)) && normalizeSpace(el.textContent ?? '').length < 200;
}

/** `<strong>a</strong><strong>b</strong>` → `<strong>ab</strong>` (editors split runs; readers see one). */
function mergeAdjacentStrong(root: Element): void {
  for (const strong of all(root, 'strong, b')) {
    const next = strong.nextSibling;
    if (!next || next.nodeType !== 1 || tagOf(next) !== tagOf(strong) || !strong.isConnected) continue;
    const nextEl = next as Element;
    if (nextEl.attributes.length || strong.attributes.length) continue;
    while (nextEl.firstChild) strong.appendChild(nextEl.firstChild);
    nextEl.remove();
  }
}

/** Wraps runs of bare text and inline elements directly inside `body` into paragraphs. */
function wrapBareText(body: Element): void {
  const doc = body.ownerDocument;
  const inline = (n: Node) =>
    n.nodeType === 3 || (n.nodeType === 1 && /^(?:a|abbr|b|br|code|em|i|img|mark|q|s|small|span|strong|sub|sup|u|font|time|del|ins)$/.test(tagOf(n)));
  let run: Node[] = [];
  const flush = () => {
    if (run.some((n) => (n.nodeType === 3 ? !isBlank(n.nodeValue) : tagOf(n) !== 'br'))) {
      const p = doc.createElement('p');
      run[0]!.parentNode!.insertBefore(p, run[0]!);
      for (const n of run) p.appendChild(n);
      // Leading/trailing <br>s of the run are layout, not content.
      while (p.firstChild && tagOf(p.firstChild) === 'br') p.firstChild.remove();
      while (p.lastChild && tagOf(p.lastChild) === 'br') p.lastChild.remove();
    }
    run = [];
  };
  for (let n = body.firstChild; n; ) {
    const next = n.nextSibling;
    if (inline(n)) run.push(n);
    else flush();
    n = next;
  }
  flush();
}

/** Drops whitespace (and <br>s) at the start and end of a paragraph. */
function trimParagraph(p: Element): void {
  for (const [edge, step] of [['firstChild', 'nextSibling'], ['lastChild', 'previousSibling']] as const) {
    let n = p[edge];
    while (n && ((n.nodeType === 3 && isBlank(n.nodeValue)) || tagOf(n) === 'br')) {
      const next = n[step];
      n.remove();
      n = next;
    }
    if (n && n.nodeType === 3) n.nodeValue = edge === 'firstChild' ? n.nodeValue!.replace(/^[\s\u00a0\u3000]+/, '') : n.nodeValue!.replace(/[\s\u00a0\u3000]+$/, '');
  }
}

/** The woshipm-style canonical URL of a post id (the same post saved from two mirrors dedupes). */
export function woshipmPostUrl(postId: string): string {
  return `https://www.woshipm.com/?p=${postId}`;
}

function canonicalFor(input: RuleInput, tip: Element | null): string | null {
  const postId = tip?.querySelector('[data-post-id]')?.getAttribute('data-post-id') ?? tip?.getAttribute('data-post-id');
  const canonical = input.page.canonicalUrl;
  if (canonical && hostIs(hostOf(canonical), 'woshipm.com')) return canonical;
  if (postId && /^\d+$/.test(postId)) return woshipmPostUrl(postId);
  // A mirror's canonical link is kept when it names a post, not the site's home page.
  if (canonical && /^https?:\/\/[^/]+\/.+/.test(canonical) && !/^https?:\/\/[^/]+\/(?:index\.html?)?$/.test(canonical)) return canonical;
  return null;
}

function start(input: RuleInput): RuleRun {
  const { doc, url, page, options } = input;
  const anchors = findWoshipmAnchors(doc);
  // Whether the post's own category crumbs name the site: detection knows (unless the rule was forced).
  const hasCrumbs = () => (input.detected.site === 'woshipm' && !input.detected.signals.includes('forced') ? input.detected.signals : scanWoshipm(doc, url).signals).includes('crumb');
  const onWoshipm = hostIs(hostOf(url), 'woshipm.com');
  const root = anchors.content ?? locateArticleRoot(doc, [anchors.credit, anchors.tip].filter((a): a is Element => !!a), input.index.images);

  // Credits as the page has them (read before any clean-up: the tipping block is skipped, not used).
  const originalBody = root ? innermostBody(root) : null;
  const originalCredits = originalBody ? findTrailingCredits(originalBody, (el) => isTipBlock(el) || isWidget(el)) : [];
  const creditLines = originalCredits.flatMap((el) =>
    el.children.length && tagOf(el) !== 'p' ? Array.from(el.children, (c) => c.textContent ?? '') : [el.textContent ?? ''],
  );
  if (anchors.credit && !originalCredits.some((c) => c.contains(anchors.credit!))) creditLines.push(anchors.credit.textContent ?? '');

  const titleElements = [
    ...all(doc, 'h2.article--title, h1.article--title').map((h) => titleText(h.textContent ?? '')),
    ...page.headings,
  ].filter(Boolean);
  const pageAuthor = page.author && page.author !== SITE_NAME && onWoshipm ? page.author : null;
  const ogImage = page.leadImage && !isPlaceholderImageUrl(page.leadImage) ? cleanResourceUrl(page.leadImage, input.baseUrl) : null;
  const headerImage = anchors.images[0] ? cleanResourceUrl(anchors.images[0].getAttribute('src'), input.baseUrl) : null;

  const meta: RuleMetadata = {
    title: chooseTitle({ docTitle: page.docTitle, elements: titleElements, ogTitle: page.ogTitle, jsonLdHeadline: page.jsonLdHeadline, siteName: page.siteName }),
    byline: authorFromCredits(creditLines) ?? pageAuthor,
    siteName: SITE_NAME,
    publishedTime: page.publishedTime,
    leadImage: ogImage ?? headerImage,
    canonicalUrl: canonicalFor(input, anchors.tip),
  };

  let lede: Element | null = null;
  let credits: Element[] = [];

  return {
    metadata: () => meta,
    root: () => root,
    // Post-level evidence (not just the host or a title naming the site, as on woshipm.com's own
    // home and list pages): only then is a short body (a 天天问 question) an article for sure.
    confident: () =>
      root !== null && (anchors.content !== null || anchors.credit !== null || anchors.tip !== null || anchors.images.length > 0 || hasCrumbs()),
    // woshipm.com's body container, or a container the credit line / tipping block anchored.
    exactRoot: () => root !== null && (anchors.content !== null || anchors.credit !== null || anchors.tip !== null),

    prepare(_work, container, elements) {
      // One walk: tipping block, widgets, theme chrome inside the root, spacers (cheap checks first).
      const total = (container.textContent ?? '').length;
      for (const el of elements ?? collectElements(container)) {
        if (!container.contains(el)) continue;
        const tag = tagOf(el);
        const cls = el.getAttribute('class') ?? '';
        if (tag === 'button' && el.hasAttribute('data-post-id')) {
          (closest(el, (e) => /(?:^|\s)support-author(?:\s|$)/.test(e.getAttribute('class') ?? ''), container) ?? el.parentElement ?? el).remove();
        } else if ((tag === 'div' || tag === 'section' || tag === 'aside' || tag === 'ul') && cls && (isTipBlock(el) || isWidget(el))) {
          el.remove();
        } else if (cls && isChromeContainer(el, 'any') && (el.textContent ?? '').length < total * 0.3) {
          // A theme's licence box, reward widget or prev/next links inside the post container.
          el.remove();
        } else if ((tag === 'p' || tag === 'section') && isSpacer(el)) {
          el.remove();
        }
      }
      const body = innermostBody(container);
      mergeAdjacentStrong(body);
      wrapBareText(body);
      for (let p = body.firstElementChild; p; p = p.nextElementSibling) if (tagOf(p) === 'p') trimParagraph(p);
      // WeChat-pasted images repeat the post title as alt/title: noise for a reader.
      for (const img of byTags(body, 'img')) {
        for (const attr of ['alt', 'title']) {
          const text = normalizeSpace(img.getAttribute(attr) ?? '');
          if (text && (text === meta.title || (text.length >= 6 && meta.title.includes(text)))) img.setAttribute(attr, '');
        }
      }
      lede = findLede(body);
      lede?.remove();
      credits = findTrailingCredits(body);
      for (const c of credits) c.remove();
    },

    finish(content: Element, m: RuleMetadata, _facts: ReadabilityFacts) {
      const out = content.ownerDocument;
      if (lede && options.keepLede !== false) {
        const quote = out.createElement('blockquote');
        quote.className = 'qy-lede';
        if (tagOf(lede) === 'blockquote') while (lede.firstChild) quote.appendChild(lede.firstChild);
        else quote.appendChild(lede);
        content.insertBefore(quote, content.firstChild);
      }
      if (credits.length && options.keepCredits !== false) {
        const footer = out.createElement('footer');
        footer.className = 'qy-credits';
        for (const c of credits) {
          const parts = tagOf(c) === 'p' ? [c] : Array.from(c.children).filter((x) => !isBlank(x.textContent));
          if (!parts.length && !isBlank(c.textContent)) parts.push(c);
          for (const part of parts) {
            const p = out.createElement('p');
            while (part.firstChild) p.appendChild(part.firstChild);
            footer.appendChild(p);
          }
        }
        content.appendChild(footer);
      }
      if (!m.leadImage) m.leadImage = content.querySelector('img')?.getAttribute('src') ?? null;
    },
  };
}

export const woshipmRule: SiteRule = {
  id: 'woshipm',
  matches: (detected: DetectResult) => detected.site === 'woshipm',
  start,
};

// Tested on (tests/fixtures/woshipm and the corpus evaluation's page chromes):
//  - woshipm.com article pages (`.article--content`, `h2.article--title`, og:*, JSON-LD);
//  - Hexo (Volantis-like) and WordPress-like mirrors at arbitrary hosts, e.g.
//    https://rss-mirror.example/2021/10/10/<title>/ with CORS-proxied images
//    (https://cors.zfour.workers.dev/?http://image.woshipm.com/wp-files/…), direct
//    image.woshipm.com / image.yunyingpai.com / static.woshipm.com images;
//  - post kinds: original (原创发布), republished (授权发布 + 原文链接 + article--copyright box),
//    partner media (合作媒体), course promotions without credits, image-only reports (slide decks),
//    天天问 questions (bare text, inline images, no in-body signal at all), lede with and without label.

// Where on the page an element sits: inside the post, or in the page's chrome (navigation, sidebar
// widgets, comments, related-post lists, footers). Detection and root location weigh what they find
// by this, because a mirror blog repeats its whole category list and its recent posts on every page,
// including pages of other sources. The patterns are the conventions shared by blog themes and CMSs
// in general (semantic elements, ARIA roles, widely used class words), not one theme's class names.

import { tagOf } from './dom';

// `footer` is not here: a bare <footer> counts as a weak chrome word below, so `post-footer` stays the post's.
const CHROME_TAGS = new Set(['nav', 'aside', 'menu', 'dialog']);
const CHROME_ROLES = new Set(['navigation', 'complementary', 'contentinfo', 'banner', 'menu', 'menubar', 'search', 'dialog']);

/**
 * class/id words of page chrome, matched against whole words of the class list and id (split on
 * `-`, `_` and camelCase), so `sidebar`, `widget_recent_entries` and `relatedPosts` all hit.
 * STRONG words make a container chrome whatever else its class says (`post-comments` is chrome).
 */
const STRONG_CHROME_WORDS = new Set([
  'sidebar', 'sidebars', 'widget', 'widgets', 'nav', 'navbar', 'navigation', 'menu', 'menus', 'comment', 'comments',
  'vcomment', 'vcomments', 'valine', 'waline', 'twikoo', 'disqus', 'gitalk', 'utterances', 'giscus', 'related',
  'recommend', 'recommended', 'recommendation', 'recent', 'popular', 'archive', 'archives', 'tagcloud', 'cloud',
  'pagination', 'pager', 'share', 'sharing', 'sharer', 'social', 'subscribe', 'newsletter', 'cookie', 'ads', 'advert',
  'advertisement', 'login', 'signup', 'modal', 'popup', 'search', 'masthead', 'reward', 'donate', 'sponsor',
]);
/**
 * WEAK words are chrome only when no post word stands beside them: `site-header`, `footer` and
 * `license` are chrome, but `post-header` / `article-footer` are the post's own header and footer,
 * where its crumbs, author and date sit.
 */
const WEAK_CHROME_WORDS = new Set([
  'side', 'aside', 'footer', 'header', 'banner', 'toolbar', 'copyright', 'license', 'categories', 'category',
  'tags', 'toc', 'prev', 'next', 'promo', 'site', 'top', 'bottom',
]);
const POST_WORDS = new Set(['post', 'article', 'entry', 'content', 'main', 'story', 'single', 'page']);

export function classWords(el: Element): string[] {
  const raw = `${el.getAttribute('class') ?? ''} ${el.id ?? ''}`;
  if (!raw.trim()) return [];
  return raw
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

/**
 * How strict a chrome test is:
 *  - 'page': the page's own furniture only (navigation, sidebar widgets, comments, related lists,
 *    page header/footer). A post's crumbs, tags, licence box or prev/next links are NOT page chrome:
 *    detection reads the post's own category crumbs there.
 *  - 'any': also everything around the post body that is not the body (licence/copyright boxes, tag
 *    lists, category crumbs, prev/next, tocs): used to keep such text out of the extracted article.
 */
export type ChromeLevel = 'page' | 'any';

const PAGE_LEVEL_WEAK_WORDS = new Set(['side', 'aside', 'footer', 'header', 'banner', 'masthead', 'site']);

/** True when this element itself is a chrome container (not looking at ancestors). */
export function isChromeContainer(el: Element, level: ChromeLevel = 'any'): boolean {
  const tag = tagOf(el);
  if (CHROME_TAGS.has(tag)) return true;
  const role = el.getAttribute('role');
  if (role && CHROME_ROLES.has(role.toLowerCase())) return true;
  const words = classWords(el);
  let weak = tag === 'footer';
  if (!words.length) return weak;
  let post = false;
  for (const w of words) {
    if (STRONG_CHROME_WORDS.has(w)) return true;
    if (WEAK_CHROME_WORDS.has(w)) {
      if (level === 'any' || PAGE_LEVEL_WEAK_WORDS.has(w)) weak = true;
    } else if (POST_WORDS.has(w)) post = true;
  }
  return weak && !post;
}

/** The nearest chrome container around `el` (or null when the element is in the page's main flow). */
export function chromeAncestor(el: Element, level: ChromeLevel = 'any', stop?: Element | null): Element | null {
  for (let cur: Element | null = el; cur && cur !== stop; cur = cur.parentElement) {
    const tag = tagOf(cur);
    if (tag === 'body' || tag === 'html') return null;
    if (isChromeContainer(cur, level)) return cur;
  }
  return null;
}

export function isInChrome(el: Element, level: ChromeLevel = 'any'): boolean {
  return chromeAncestor(el, level) !== null;
}

/**
 * Memoised chrome test for scans that ask about many elements of one document (each ancestor is
 * classified once).
 */
export function chromeTester(level: ChromeLevel = 'any'): (el: Element) => boolean {
  const memo = new Map<Element, boolean>();
  const test = (el: Element | null): boolean => {
    if (!el) return false;
    const tag = tagOf(el);
    if (tag === 'body' || tag === 'html') return false;
    const known = memo.get(el);
    if (known !== undefined) return known;
    const result = isChromeContainer(el, level) || test(el.parentElement);
    memo.set(el, result);
    return result;
  };
  return test;
}

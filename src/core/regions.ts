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
  'consent', 'gdpr', 'cookies',
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
const POST_WORDS = new Set(['post', 'article', 'entry', 'content', 'main', 'story', 'single', 'page', 'body', 'text']);

/**
 * Class tokens that describe a state or a feature switch of a wrapper (`modal-enabled`,
 * `has-comments`, `with-sidebar`, `comments-open`), not what the element is.
 */
const STATE_TOKEN = /(?:^|[-_])(?:has|with|without|no|is|enable|enabled|disabled|open|opened|closed|active|visible|hidden|loaded|ready|template|type|format|id|postid|layout)(?:[-_]|$)/i;

/** The class tokens (and id) of an element that say what it is, state modifiers left out. */
export function classTokens(el: Element): string[] {
  return `${el.getAttribute('class') ?? ''} ${el.id ?? ''}`.split(/\s+/).filter((t) => t && !STATE_TOKEN.test(t));
}

const tokenWordsCache = new Map<string, string[]>();

/** Words of a class token: split on `-`, `_`, digits and camelCase, lower-cased (memoised: pages repeat their class names). */
export function tokenWords(token: string): string[] {
  let words = tokenWordsCache.get(token);
  if (!words) {
    words = token
      .replace(/([a-z])([A-Z])/g, '$1 $2')
      .toLowerCase()
      .split(/[^a-z]+/)
      .filter(Boolean);
    if (tokenWordsCache.size > 5000) tokenWordsCache.clear();
    tokenWordsCache.set(token, words);
  }
  return words;
}

export function classWords(el: Element): string[] {
  return classTokens(el).flatMap(tokenWords);
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

// 'side' and 'site' are too ambiguous at this level: `left-side` and `site-body` columns hold articles.
const PAGE_LEVEL_WEAK_WORDS = new Set(['aside', 'footer', 'header', 'banner']);

/**
 * True when this element itself is a chrome container (not looking at ancestors). Class tokens are
 * judged one by one: a token naming the post (`l-article-body-segment`, `entry-content`) makes the
 * element the post's, whatever other tokens say (`l-sidebar-fixed` beside it is a layout hint);
 * within one token a strong chrome word wins (`post-comments` is the comments).
 */
export function isChromeContainer(el: Element, level: ChromeLevel = 'any'): boolean {
  const tag = tagOf(el);
  if (CHROME_TAGS.has(tag)) return true;
  const role = el.getAttribute('role');
  if (role && CHROME_ROLES.has(role.toLowerCase())) return true;
  let strong = false;
  let weak = tag === 'footer';
  for (const token of classTokens(el)) {
    let tokenStrong = false;
    let tokenWeak = false;
    let tokenPost = false;
    for (const w of tokenWords(token)) {
      if (STRONG_CHROME_WORDS.has(w)) tokenStrong = true;
      else if (WEAK_CHROME_WORDS.has(w)) {
        if (level === 'any' || PAGE_LEVEL_WEAK_WORDS.has(w)) tokenWeak = true;
      } else if (POST_WORDS.has(w)) tokenPost = true;
    }
    if (tokenStrong) strong = true;
    else if (tokenPost) return false;
    else if (tokenWeak) weak = true;
  }
  return strong || weak;
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
 * classified once). `holdsThePage`, when given, vetoes the verdict for wrappers that hold most of
 * the page (class names such as `left-side` or `box modal` on the main column).
 */
export function chromeTester(level: ChromeLevel = 'any', holdsThePage?: (el: Element) => boolean): (el: Element) => boolean {
  const memo = new Map<Element, boolean>();
  const test = (el: Element | null): boolean => {
    if (!el) return false;
    const tag = tagOf(el);
    if (tag === 'body' || tag === 'html') return false;
    const known = memo.get(el);
    if (known !== undefined) return known;
    // A "chrome" wrapper that holds most of the page's text is a mislabelled layout column.
    const result = (isChromeContainer(el, level) && !holdsThePage?.(el)) || test(el.parentElement);
    memo.set(el, result);
    return result;
  };
  return test;
}

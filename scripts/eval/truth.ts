// Ground truth for one corpus post, computed from the post itself and never from the extractor.
//
// - title: the front-matter title (compared after trimming and collapsing whitespace runs, since
//   HTML shows a run of spaces as one).
// - text: the visible text of the post body minus the tipping block (`.support-author`); the
//   editor's intro (lede) and the credit lines stay, because the product keeps them by default.
//   <script>/<style>/<noscript>/<template> text is not visible and does not count.
// - images: every <img> of the body except inside the tipping block, each as the set of URLs that
//   name it (its src and its lazy-loading attributes, data-gif-url for ZAKER's animated GIFs),
//   proxy unwrapped and compared modulo scheme (see image-keys.ts). An image is found when the
//   article lists any of its URLs.
// - author (byline), as a set of accepted answers, exact after trimming:
//   woshipm posts: the account X of `本文由 @X 原创/授权发布…` (also `…合作媒体 @X 授权发布`); every
//   name after a `作者：` label is accepted as well, because that line credits the same article's
//   writer (woshipm shows the account, the original publication shows the writer, both are
//   honest bylines). With no credit line at all, the only right answer is null: the page's
//   other "authors" are the mirror's feed name (人人都是产品经理) and the tipping block.
//   Other sources: the explicitly credited person (Dockone credits only its translator,
//   `（翻译：X）`, so X or null are both accepted); with no credit, null. Never the feed name.
import { JSDOM } from 'jsdom';
import type { CorpusPost } from './corpus.ts';
import { imageKey } from './image-keys.ts';

export interface Truth {
  title: string;
  text: string;
  /** One entry per distinct image: the keys (see imageKey) any of which identifies it. */
  images: { keys: string[]; display: string }[];
  /** Accepted bylines; null means "no byline" is right. */
  authors: (string | null)[];
  /** How the accepted authors were derived, for failure reports. */
  authorRule: string;
}

const INVISIBLE = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);
const LAZY_ATTRIBUTES = ['src', 'data-src', 'data-original', 'data-actualsrc', 'data-lazy-src', 'data-gif-url'];

export function groundTruth(post: CorpusPost): Truth {
  const dom = new JSDOM(`<!doctype html><body>${post.bodyHtml}</body>`);
  try {
    const body = dom.window.document.body;
    for (const tip of Array.from(body.querySelectorAll('.support-author'))) tip.remove();
    const text = visibleText(body);
    return {
      title: normalizeTitle(post.title),
      text,
      images: bodyImages(body),
      ...expectedAuthors(post, text),
    };
  } finally {
    dom.window.close();
  }
}

export function normalizeTitle(title: string): string {
  return title.replace(/\s+/g, ' ').trim();
}

function visibleText(root: Element): string {
  const parts: string[] = [];
  const walk = (node: Node) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) parts.push(child.nodeValue ?? '');
      else if (child.nodeType === 1 && !INVISIBLE.has((child as Element).tagName)) {
        walk(child);
        if ((child as Element).tagName === 'BR' || (child as Element).tagName === 'P') parts.push('\n');
      }
    }
  };
  walk(root);
  return parts.join('');
}

function bodyImages(body: Element): Truth['images'] {
  const seen = new Set<string>();
  const images: Truth['images'] = [];
  for (const img of Array.from(body.querySelectorAll('img'))) {
    const urls = LAZY_ATTRIBUTES.map((name) => img.getAttribute(name)?.trim() ?? '').filter((url) => url && !url.startsWith('data:'));
    if (!urls.length) continue;
    const keys = [...new Set(urls.map(imageKey))];
    if (keys.some((key) => seen.has(key))) continue; // the same image shown twice counts once
    keys.forEach((key) => seen.add(key));
    images.push({ keys, display: urls.find((url) => url !== img.getAttribute('src')) ?? urls[0]! });
  }
  return images;
}

const WOSHIPM_ACCOUNT = /本文由\s*(?:人人都是产品经理合作媒体\s*)?@\s*(\S+?)\s*(?:原创|授权)发布/;
const WRITER = /作者\s*[：:]\s*([^，,；;。、\s（(|/]+)/g;
const TRANSLATOR = /[（(]\s*翻译\s*[：:]\s*([^）)\s]+)\s*[）)]/;

function expectedAuthors(post: CorpusPost, text: string): Pick<Truth, 'authors' | 'authorRule'> {
  if (post.isWoshipm) {
    const account = WOSHIPM_ACCOUNT.exec(text)?.[1] ?? null;
    const writers = [...text.matchAll(WRITER)].map((m) => m[1]!);
    const accepted = [...new Set([account, ...writers].filter((name): name is string => !!name))];
    if (accepted.length) {
      return { authors: accepted, authorRule: account ? '本文由 @X credit (or a 作者： name)' : '作者： line' };
    }
    return { authors: [null], authorRule: 'no credit line: must be null (not the feed name, not the tipping block)' };
  }
  const translator = TRANSLATOR.exec(text)?.[1];
  if (translator) return { authors: [translator, null], authorRule: 'only a translator is credited: the translator or null' };
  return { authors: [null], authorRule: `no credit: must be null (not the feed name ${post.feedAuthor})` };
}

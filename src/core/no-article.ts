// Is what Readability kept an article? Home pages, category lists, login walls, app shells, 404s
// and link hubs all give Readability *something*; Qingyue answers NO_ARTICLE for them rather than
// showing a heap of menu links. The decision weighs several kinds of evidence together: how much
// prose there is (CJK characters count ~3× a Latin character), how many real paragraphs, how much of
// it is links, whether it looks like a list of teasers (headings that are links), and Readability's
// own isProbablyReaderable verdict on the page when the content is borderline.

import { linksToPage, tagOf } from './dom';
import { countCjk } from './text';

export interface ContentEvidence {
  /** Text length in Latin-equivalent characters (a CJK character counts 3). */
  weightedLength: number;
  /** Paragraph-like blocks with ≥ 80 Latin-equivalent characters. */
  paragraphs: number;
  /** Share of the text inside links. */
  linkDensity: number;
  images: number;
  /** h2–h4 headings whose text is (almost) all one link: teaser titles of a list page. */
  linkedHeadings: number;
  headings: number;
  /** Pictures that link to another page: the thumbnails of post cards. */
  teaserImages: number;
  /** The most different pages one read-more link text ("阅读全文", "Read more") leads to. */
  repeatedLinkTargets: number;
  /** Paragraphs cut off with an ellipsis (`[…]`, `…`): the excerpts of post cards. */
  truncatedParagraphs: number;
}

function weighted(text: string): number {
  const cjk = countCjk(text);
  return text.replace(/\s+/g, '').length - cjk + cjk * 3;
}

/** Link texts that open the full post from a card on a list page. */
const READ_MORE = /^(?:阅读全文|阅读更多|查看全文|全文|继续阅读|查看更多|read more|read the rest|continue reading|more|keep reading|full story|read full (?:story|article)|»|→)\s*(?:»|›|→|>>?)?$/i;

const PARAGRAPH_TAGS = new Set(['p', 'pre', 'blockquote', 'li', 'td', 'dd']);
/** A <div> holding none of these is a paragraph of its own. */
const BLOCKS = new Set(['p', 'div', 'li', 'td', 'pre', 'blockquote']);

/** One walk over the content: text, link text, paragraphs, pictures and headings. */
export function gatherEvidence(content: ParentNode): ContentEvidence {
  let total = 0;
  let linkText = 0;
  let paragraphs = 0;
  let images = 0;
  let headings = 0;
  let linkedHeadings = 0;
  let teaserImages = 0;
  let truncatedParagraphs = 0;
  const linkTargets = new Map<string, Set<string>>();
  let currentLink: Element | null = null;
  // Returns [weighted text, weighted link text, whether it holds a paragraph-level block] of the subtree.
  const walk = (node: Node, inLink: boolean): [number, number, boolean] => {
    let text = 0;
    let linked = 0;
    let blocks = false;
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        const w = weighted(child.nodeValue ?? '');
        text += w;
        if (inLink) linked += w;
        continue;
      }
      if (child.nodeType !== 1) continue;
      const tag = tagOf(child);
      if (tag === 'img') {
        images++;
        if (linksToPage(currentLink?.getAttribute('href'))) teaserImages++;
      }
      const outerLink = currentLink;
      if (tag === 'a') {
        currentLink = child as Element;
        const text = (child.textContent ?? '').replace(/\s+/g, ' ').trim();
        const href = currentLink.getAttribute('href');
        if (href && READ_MORE.test(text)) {
          const targets = linkTargets.get(text) ?? new Set<string>();
          targets.add(href);
          linkTargets.set(text, targets);
        }
      }
      const [t, l, innerBlocks] = walk(child, inLink || tag === 'a');
      currentLink = outerLink;
      text += t;
      linked += l;
      blocks ||= innerBlocks || BLOCKS.has(tag);
      if (/^h[2-4]$/.test(tag) && t > 0) {
        headings++;
        if (l >= t * 0.8) linkedHeadings++;
      }
      const leafDiv = tag === 'div' && !innerBlocks;
      if ((PARAGRAPH_TAGS.has(tag) || leafDiv) && t >= 80 && l / t < 0.5) {
        paragraphs++;
        if (/(?:\[(?:…|\.\.\.|&hellip;)\]|…|\.\.\.)\s*$/.test(child.textContent ?? '')) truncatedParagraphs++;
      }
    }
    return [text, linked, blocks];
  };
  [total, linkText] = walk(content as Node, false);
  let repeatedLinkTargets = 0;
  for (const targets of linkTargets.values()) repeatedLinkTargets = Math.max(repeatedLinkTargets, targets.size);
  return { weightedLength: total, paragraphs, linkDensity: total ? linkText / total : 0, images, linkedHeadings, headings, teaserImages, repeatedLinkTargets, truncatedParagraphs };
}

export interface NoArticleVerdict {
  article: boolean;
  /** Why not, for the error message. */
  reason?: string;
}

/**
 * The verdict. `confident` is set by site rules that found the article from strong evidence (their
 * markup or credit line): then any visible content counts. `readerable` is evaluated lazily (it
 * scans the page) and only for borderline content.
 */
export function judgeContent(e: ContentEvidence, confident: boolean, readerable: () => boolean): NoArticleVerdict {
  if (confident) {
    return e.weightedLength >= 20 || e.images > 0 ? { article: true } : { article: false, reason: 'the article body is empty' };
  }
  if (e.weightedLength < 140 && e.images < 3) return { article: false, reason: `only ${e.weightedLength} characters of text` };
  if (e.linkDensity > 0.65) return { article: false, reason: `${Math.round(e.linkDensity * 100)}% of the text is links (a link hub or menu)` };
  if (e.linkedHeadings >= 3 && e.linkedHeadings >= e.headings * 0.6 && e.linkDensity > 0.25)
    return { article: false, reason: `${e.linkedHeadings} headings are links to other pages (a list of posts)` };
  // One read-more link per card: on a list they are about as many as the excerpts.
  if (e.repeatedLinkTargets >= 3 && e.repeatedLinkTargets >= e.paragraphs * 0.4) return { article: false, reason: `${e.repeatedLinkTargets} read-more links lead to different pages (a list of posts)` };
  if (e.truncatedParagraphs >= 3 && e.truncatedParagraphs >= e.paragraphs * 0.5)
    return { article: false, reason: `${e.truncatedParagraphs} paragraphs are cut-off excerpts (a list of posts)` };
  // (Pictures linking to other pages alone prove nothing: shopping guides and galleries do that.)
  if (e.teaserImages >= 3 && e.teaserImages >= e.images * 0.6 && e.paragraphs <= 1)
    return { article: false, reason: `${e.teaserImages} pictures link to other pages and there is no prose (a list of posts)` };
  if (e.paragraphs === 0 && e.weightedLength < 1000 && e.images < 3) return { article: false, reason: 'no paragraph of prose' };
  const borderline = e.weightedLength < 500 && e.paragraphs < 2;
  if (borderline && !readerable())
    return { article: false, reason: `too little prose for an article (${e.weightedLength} characters, ${e.paragraphs} paragraphs, ${Math.round(e.linkDensity * 100)}% links)` };
  return { article: true };
}

// Is what Readability kept an article? Home pages, category lists, login walls, app shells, 404s
// and link hubs all give Readability *something*; Qingyue answers NO_ARTICLE for them rather than
// showing a heap of menu links. The decision weighs several kinds of evidence together: how much
// prose there is (CJK characters count ~3× a Latin character), how many real paragraphs, how much of
// it is links, whether it looks like a list of teasers (headings that are links), and Readability's
// own isProbablyReaderable verdict on the page when the content is borderline.

import { tagOf } from './dom';
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
}

function weighted(text: string): number {
  const cjk = countCjk(text);
  return text.replace(/\s+/g, '').length - cjk + cjk * 3;
}

const PARAGRAPH_TAGS = new Set(['p', 'pre', 'blockquote', 'li', 'td', 'dd']);

/** One walk over the content: text, link text, paragraphs, pictures and headings. */
export function gatherEvidence(content: ParentNode): ContentEvidence {
  let total = 0;
  let linkText = 0;
  let paragraphs = 0;
  let images = 0;
  let headings = 0;
  let linkedHeadings = 0;
  // Returns [weighted text, weighted link text] of the subtree.
  const walk = (node: Node, inLink: boolean): [number, number] => {
    let text = 0;
    let linked = 0;
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        const w = weighted(child.nodeValue ?? '');
        text += w;
        if (inLink) linked += w;
        continue;
      }
      if (child.nodeType !== 1) continue;
      const tag = tagOf(child);
      if (tag === 'img') images++;
      const [t, l] = walk(child, inLink || tag === 'a');
      text += t;
      linked += l;
      if (/^h[2-4]$/.test(tag) && t > 0) {
        headings++;
        if (l >= t * 0.8) linkedHeadings++;
      }
      const leafDiv = tag === 'div' && !(child as Element).querySelector('p, div, li, td, pre, blockquote');
      if ((PARAGRAPH_TAGS.has(tag) || leafDiv) && t >= 80 && l / t < 0.5) paragraphs++;
    }
    return [text, linked];
  };
  [total, linkText] = walk(content as Node, false);
  return { weightedLength: total, paragraphs, linkDensity: total ? linkText / total : 0, images, linkedHeadings, headings };
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
  if (e.paragraphs === 0 && e.weightedLength < 1000 && e.images < 3) return { article: false, reason: 'no paragraph of prose' };
  const borderline = e.weightedLength < 500 && e.paragraphs < 2;
  if (borderline && !readerable())
    return { article: false, reason: `too little prose for an article (${e.weightedLength} characters, ${e.paragraphs} paragraphs, ${Math.round(e.linkDensity * 100)}% links)` };
  return { article: true };
}

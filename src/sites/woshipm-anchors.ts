// The elements of a woshipm post page the woshipm rule builds on: woshipm.com's own body container,
// the credit line, the tipping block and the post's pictures. Found in the ORIGINAL document, never
// in page chrome. Only the rule needs them, once the page is known to be a woshipm post, so this is
// one full walk (detection, which runs on every page, does not pay for it).

import { collectElements, isTeaserImage, tagOf } from '../core/dom';
import { chromeTester } from '../core/regions';
import { creditSignal, imageWoshipmHost, isTipButton } from './woshipm-signals';

export interface WoshipmAnchors {
  /** woshipm.com's own body container (`.article--content`). */
  content: Element | null;
  /** The credit paragraph (本文由 @… 发布于人人都是产品经理), the last one of the page. */
  credit: Element | null;
  /** The tipping block. */
  tip: Element | null;
  /** woshipm-hosted pictures of the post (not teasers), in document order. */
  images: Element[];
}

const hasClassToken = (cls: string, token: string) => ` ${cls} `.replace(/\s+/g, ' ').includes(` ${token} `);

/** The `.support-author` block around `el` (or `el` itself). */
function supportAuthorAround(el: Element): Element | null {
  for (let cur: Element | null = el; cur; cur = cur.parentElement) if (hasClassToken(cur.getAttribute('class') ?? '', 'support-author')) return cur;
  return null;
}

export function findWoshipmAnchors(doc: Document): WoshipmAnchors {
  const anchors: WoshipmAnchors = { content: null, credit: null, tip: null, images: [] };
  const root = doc.documentElement;
  if (!root) return anchors;
  const inChrome = chromeTester('page');
  const images: Element[] = [];
  const paragraphs: Element[] = [];
  let tip: Element | null = null;
  for (const el of collectElements(root)) {
    // localName is already lower case in HTML documents; this loop runs over every element.
    const tag = el.localName;
    switch (tag) {
      case 'img':
        images.push(el);
        continue;
      case 'p':
        paragraphs.push(el);
        continue;
      case 'button':
        if (!tip && isTipButton(el)) tip = el;
        continue;
      case 'article':
      case 'div':
      case 'section':
      case 'main':
      case 'h2':
        break;
      default:
        continue;
    }
    // woshipm's own class names sit on containers and the title heading only.
    const cls = el.getAttribute('class');
    if (!cls || !cls.includes('-')) continue;
    if (!anchors.content && hasClassToken(cls, 'article--content')) anchors.content = el;
    else if (hasClassToken(cls, 'support-author')) tip = el;
  }

  if (tip && !inChrome(tip)) anchors.tip = supportAuthorAround(tip) ?? (tagOf(tip) === 'button' ? tip.parentElement : null) ?? tip;
  for (const img of images) if (imageWoshipmHost(img) && !inChrome(img) && !isTeaserImage(img)) anchors.images.push(img);
  for (let i = paragraphs.length - 1; i >= 0 && !anchors.credit; i--) {
    const p = paragraphs[i]!;
    if (creditSignal(p.textContent ?? '') && !inChrome(p)) anchors.credit = p;
  }
  return anchors;
}

// The article's real title, without the site's suffix (` | 资讯聚合`, ` - 某某的博客`) or prefix.
// The post's own title element and og:title are compared with document.title: the candidate that
// document.title starts (or ends) with, followed by a separator, is the title. Only when no
// candidate agrees is a separator split off document.title itself.

import { normalizeSpace } from './dom';

/** Separators sites put between the post title and their own name. */
const SEPARATOR = /^\s*(?:[|｜\-–—_·•:：»/\\~]|::|--)\s*/;
const SPLIT_SEPARATORS = [' | ', '｜', ' - ', ' – ', ' — ', ' _ ', ' · ', ' • ', ' :: ', ' » ', ' / ', '_'];

export interface TitleInputs {
  docTitle: string;
  /** The post's own title elements, best first (site rule's title element, then h1s outside the chrome). */
  elements: string[];
  ogTitle?: string | null;
  jsonLdHeadline?: string | null;
  siteName?: string | null;
}

function eq(a: string, b: string): boolean {
  return a.localeCompare(b, undefined, { sensitivity: 'accent' }) === 0;
}

/** Removes a trailing (or leading) site name from `title` when it is clearly one. */
export function stripSiteSuffix(title: string, siteName?: string | null): string {
  const t = normalizeSpace(title);
  if (siteName) {
    const s = normalizeSpace(siteName);
    for (const sep of SPLIT_SEPARATORS) {
      if (t.endsWith(sep + s) && t.length > s.length + sep.length) return t.slice(0, -(sep.length + s.length)).trim();
      if (t.startsWith(s + sep) && t.length > s.length + sep.length) return t.slice(s.length + sep.length).trim();
    }
  }
  for (const sep of SPLIT_SEPARATORS) {
    const i = t.lastIndexOf(sep);
    if (i <= 0) continue;
    const head = t.slice(0, i).trim();
    const tail = t.slice(i + sep.length).trim();
    // A site name is short next to the title; a title split in halves is not a title plus site.
    if (tail && head && tail.length <= 30 && tail.length * 2 <= head.length + 4 && !/[？?！!。]$/.test(tail)) return head;
  }
  return t;
}

export function chooseTitle(inputs: TitleInputs): string {
  const doc = normalizeSpace(inputs.docTitle);
  const candidates = [...inputs.elements, inputs.ogTitle, inputs.jsonLdHeadline]
    .map((c) => (c ? c.trim() : ''))
    .filter((c) => c.length > 1);
  const norm = (c: string) => normalizeSpace(c);

  if (doc) {
    // 1. document.title is a candidate plus a suffix (or exactly a candidate).
    for (const c of candidates) {
      const n = norm(c);
      if (eq(doc, n)) return c;
      if (doc.startsWith(n) && SEPARATOR.test(doc.slice(n.length))) return c;
    }
    // 2. document.title is a site prefix plus a candidate.
    for (const c of candidates) {
      const n = norm(c);
      if (doc.endsWith(n) && n.length >= doc.length - n.length) {
        const head = doc.slice(0, doc.length - n.length);
        if (/[|｜\-–—_·•:：»/]\s*$/.test(head)) return c;
      }
    }
  }
  // 3. Two independent sources agree (the post's title element and og:title).
  for (const c of inputs.elements) {
    if (inputs.ogTitle && eq(norm(c), norm(inputs.ogTitle))) return c;
    if (inputs.jsonLdHeadline && eq(norm(c), norm(inputs.jsonLdHeadline))) return c;
  }
  // 4. og:title / headline without the site's name; else the one title element of the post; else
  //    document.title without its suffix (a page with several h1s gives no reliable element).
  const meta = inputs.ogTitle ?? inputs.jsonLdHeadline;
  if (meta) return stripSiteSuffix(meta, inputs.siteName);
  if (inputs.elements.length === 1) return inputs.elements[0]!.trim();
  if (doc) return stripSiteSuffix(doc, inputs.siteName);
  return inputs.elements[0]?.trim() ?? '';
}

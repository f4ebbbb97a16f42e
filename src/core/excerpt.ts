// A one- or two-sentence summary: the editor's intro when there is one, else the first paragraph
// that reads as prose (not a caption, credit or heading), trimmed to ~120 CJK characters / ~40 words.

import { byTags, normalizeSpace, tagOf } from './dom';
import { countCjk, isMostlyCjk } from './text';

const MAX_CJK = 120;
const MAX_WORDS = 40;

/** Trims `text` to the excerpt budget at a sentence or word boundary, with an ellipsis when cut. */
export function trimExcerpt(text: string, lang: string): string {
  const t = normalizeSpace(text);
  const cjk = /^(?:zh|ja|ko)\b/i.test(lang) || isMostlyCjk(t);
  if (cjk) {
    if (t.length <= MAX_CJK) return t;
    const cut = t.slice(0, MAX_CJK);
    const stop = Math.max(cut.lastIndexOf('。'), cut.lastIndexOf('！'), cut.lastIndexOf('？'));
    return stop >= MAX_CJK * 0.5 ? cut.slice(0, stop + 1) : `${cut}…`;
  }
  const words = t.split(' ');
  if (words.length <= MAX_WORDS) return t;
  const cut = words.slice(0, MAX_WORDS).join(' ');
  const stop = Math.max(cut.lastIndexOf('. '), cut.lastIndexOf('! '), cut.lastIndexOf('? '));
  return stop >= cut.length * 0.5 ? cut.slice(0, stop + 1) : `${cut.replace(/[,;:]$/, '')}…`;
}

function insideCaptionOrCredits(el: Element, root: Element): boolean {
  for (let cur = el.parentElement; cur && cur !== root; cur = cur.parentElement) {
    const tag = tagOf(cur);
    if (tag === 'figcaption' || (tag === 'footer' && /\bqy-credits\b/.test(cur.getAttribute('class') ?? ''))) return true;
  }
  return false;
}

export function buildExcerpt(content: Element, lang: string): string {
  const first = content.firstElementChild;
  const lede = first && tagOf(first) === 'blockquote' && /\bqy-lede\b/.test(first.getAttribute('class') ?? '') ? first : null;
  if (lede) {
    const text = normalizeSpace(lede.textContent ?? '').replace(/^(?:编辑导语|编辑导读|导语|导读)\s*[:：]\s*/, '');
    if (text) return trimExcerpt(text, lang);
  }
  for (const p of byTags(content as Element, 'p')) {
    if (/\bqy-embed\b/.test(p.getAttribute('class') ?? '') || insideCaptionOrCredits(p, content as Element)) continue;
    const text = normalizeSpace(p.textContent ?? '');
    const enough = countCjk(text) >= 20 || text.split(' ').length >= 12;
    if (enough) return trimExcerpt(text, lang);
  }
  return trimExcerpt(normalizeSpace(content.textContent ?? ''), lang);
}

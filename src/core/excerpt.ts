// A one- or two-sentence summary: the editor's intro when there is one, else the first paragraph
// that reads as prose (not a caption, credit or heading), trimmed to ~120 CJK characters / ~40 words.

import { all, normalizeSpace } from './dom';
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

export function buildExcerpt(content: ParentNode, lang: string): string {
  const lede = content.querySelector('blockquote.qy-lede');
  if (lede) {
    const text = normalizeSpace(lede.textContent ?? '').replace(/^(?:编辑导语|编辑导读|导语|导读)\s*[:：]\s*/, '');
    if (text) return trimExcerpt(text, lang);
  }
  for (const p of all(content, 'p')) {
    if (p.closest('footer.qy-credits, figcaption, .qy-embed')) continue;
    const text = normalizeSpace(p.textContent ?? '');
    const enough = countCjk(text) >= 20 || text.split(' ').length >= 12;
    if (enough) return trimExcerpt(text, lang);
  }
  return trimExcerpt(normalizeSpace((content as Node).textContent ?? ''), lang);
}

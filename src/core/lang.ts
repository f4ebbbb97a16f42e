// The article's language: the page's declared language when there is one, corrected when the text
// plainly disagrees (a zh page declared `en` by its theme), else guessed from the text.

import { isMostlyCjk } from './text';

function canonicalTag(tag: string): string {
  const [lang = '', ...rest] = tag.trim().replace(/_/g, '-').split('-');
  const region = rest.map((r) => (r.length === 2 ? r.toUpperCase() : r)).join('-');
  return region ? `${lang.toLowerCase()}-${region}` : lang.toLowerCase();
}

export function detectLang(declared: string | null | undefined, text: string): string {
  const cjk = isMostlyCjk(text);
  const tag = declared && /^[a-z]{2,3}(?:[-_][a-z0-9]{2,8})*$/i.test(declared.trim()) ? canonicalTag(declared) : '';
  if (tag) {
    const primary = tag.split('-')[0]!;
    const cjkDeclared = primary === 'zh' || primary === 'ja' || primary === 'ko';
    if (cjk === cjkDeclared) return tag === 'zh' ? 'zh-CN' : tag;
  }
  if (cjk) return /[\u3040-\u30ff]/.test(text.slice(0, 2000)) ? 'ja' : /[\uac00-\ud7af]/.test(text.slice(0, 2000)) ? 'ko' : 'zh-CN';
  return tag || 'en';
}

// Plain text of an article body: block elements become paragraphs separated by blank lines, <br>
// becomes a line break, whitespace runs collapse. Nothing is dropped (captions, list items, table
// cells and code all count) and nothing is repeated.

import { BLOCK_TAGS, ELEMENT_NODE, NON_CONTENT_TAGS, TEXT_NODE, tagOf } from './dom';

/** CJK ideographs, kana, hangul and full-width punctuation. */
export const CJK_CHAR = /[\u2e80-\u2fdf\u3000-\u303f\u3040-\u30ff\u3100-\u312f\u3130-\u318f\u31a0-\u31ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef]/;
const CJK_CHARS_G = new RegExp(CJK_CHAR.source, 'g');

export function countCjk(text: string): number {
  // Every CJK_CHAR is one UTF-16 unit: the length removed is the count (no array of matches).
  return text.length - text.replace(CJK_CHARS_G, '').length;
}

/** Words of non-CJK text (Latin, Cyrillic, digits …), CJK characters excluded. */
export function countWords(text: string): number {
  return text.replace(CJK_CHARS_G, ' ').match(/[\p{L}\p{N}][\p{L}\p{N}'’._-]*/gu)?.length ?? 0;
}

/** Block-aware text of `root`: paragraphs separated by a blank line, whitespace normalised. */
export function blockText(root: Node): string {
  const parts: string[] = [];
  let line = '';
  const flushLine = (breakKind: 'line' | 'block') => {
    const clean = line.replace(/[ \t\r\n\f\u00a0\u3000]+/g, ' ').trim();
    line = '';
    if (clean) parts.push(clean);
    if (breakKind === 'block' && parts.length && parts[parts.length - 1] !== '\n\n') parts.push('\n\n');
    else if (breakKind === 'line' && clean) parts.push('\n');
  };
  const walk = (node: Node, pre: boolean) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === TEXT_NODE) {
        const data = (child as Text).data;
        line += pre ? data.replace(/\n/g, '\u2028') : data;
        continue;
      }
      if (child.nodeType !== ELEMENT_NODE) continue;
      const tag = tagOf(child);
      if (NON_CONTENT_TAGS.has(tag)) continue;
      if (tag === 'br') {
        line += '\u2028';
        continue;
      }
      if (tag === 'td' || tag === 'th') {
        walk(child, pre);
        line += ' ';
        continue;
      }
      if (BLOCK_TAGS.has(tag)) {
        flushLine('block');
        walk(child, pre || tag === 'pre');
        flushLine('block');
      } else {
        walk(child, pre);
      }
    }
  };
  walk(root, false);
  flushLine('block');
  return parts
    .join('')
    .split('\n\n')
    .map((para) =>
      para
        .split('\u2028')
        .map((l) => l.replace(/[ \t\r\n\f\u00a0\u3000]+/g, ' ').trim())
        .filter(Boolean)
        .join('\n'),
    )
    .filter(Boolean)
    .join('\n\n');
}

/** Reading time in minutes: CJK characters at ~400/min plus other words at ~230/min, rounded up, ≥ 1. */
export function readingMinutes(text: string, _lang?: string): number {
  const minutes = countCjk(text) / 400 + countWords(text) / 230;
  return Math.max(1, Math.ceil(minutes));
}

/** True when most letters of `text` are CJK. */
export function isMostlyCjk(text: string): boolean {
  const sample = text.length > 4000 ? text.slice(0, 4000) : text;
  const cjk = countCjk(sample);
  const words = countWords(sample);
  return cjk > 0 && cjk >= words * 1.5;
}

// A search snippet split into plain and highlighted runs, rendered as text nodes and <mark>
// elements (never as HTML: snippets are stored article text).

import type { SearchSnippet } from '../../storage/library';

export interface SnippetPart {
  text: string;
  match: boolean;
}

export function snippetParts(snippet: SearchSnippet): SnippetPart[] {
  const text = restoreCjkPunctuation(snippet.text);
  const start = Math.max(0, Math.min(text.length, snippet.match[0]));
  const end = Math.max(start, Math.min(text.length, snippet.match[1]));
  const parts: SnippetPart[] = [];
  const before = (snippet.truncatedStart ? '…' : '') + text.slice(0, start);
  if (before) parts.push({ text: before, match: false });
  if (end > start) parts.push({ text: text.slice(start, end), match: true });
  const after = text.slice(end) + (snippet.truncatedEnd ? '…' : '');
  if (after) parts.push({ text: after, match: false });
  return parts;
}

/**
 * The title split around every occurrence of the search terms (case- and width-insensitive, the
 * way the library matches), so a title hit is highlighted too. `fold` must keep string length
 * (the library's foldCase does: NFKC is applied per character only where it keeps one unit).
 */
export function highlightTerms(text: string, terms: readonly string[], fold: (s: string) => string): SnippetPart[] {
  const folded = fold(text);
  if (!terms.length || folded.length !== text.length) return [{ text, match: false }];
  const marks = new Array<boolean>(text.length).fill(false);
  for (const term of terms) {
    if (!term) continue;
    for (let at = folded.indexOf(term); at >= 0; at = folded.indexOf(term, at + term.length)) marks.fill(true, at, at + term.length);
  }
  const parts: SnippetPart[] = [];
  for (let i = 0; i < text.length; ) {
    let j = i;
    while (j < text.length && marks[j] === marks[i]) j++;
    parts.push({ text: text.slice(i, j), match: marks[i]! });
    i = j;
  }
  return parts;
}

/** Full-width punctuation the library's search text folds to ASCII (NFKC), by its ASCII form. */
const FULL_WIDTH: Record<string, string> = { ',': '，', ':': '：', ';': '；', '?': '？', '!': '！', '(': '（', ')': '）' };
const CJK = /[\u3000-\u303f\u3400-\u9fff\uf900-\ufaff\uff00-\uffef]/;

/**
 * The library keeps its search text folded (full-width forms as ASCII, so "，" and "," match
 * alike), and snippets are cut from it. In Chinese prose an ASCII comma or colon next to a Han
 * character was a full-width one: show it that way again. One code unit for one, so the match
 * offsets stay valid.
 */
export function restoreCjkPunctuation(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    const wide = FULL_WIDTH[char];
    // The previous character as shown (it may have been restored itself: "（次日）?").
    out += wide && (CJK.test(out[out.length - 1] ?? '') || CJK.test(text[i + 1] ?? '')) ? wide : char;
  }
  return out;
}

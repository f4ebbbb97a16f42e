// Text folding for search that works for Chinese: full-width and compatibility forms folded to
// their plain forms (ＡＢＣ１２３，→ ABC123,), case folded, whitespace collapsed. Every fold here keeps
// the string's length code unit for code unit, so an offset found in the folded text is the same
// offset in the displayed text and a snippet can be cut from it without re-mapping.

const compatCache = new Map<string, string>();

/** NFKC of one code point when it stays the same length (e.g. ＡＢ→AB, ①→1), else the code point itself (…, ㈱). */
function compatChar(char: string): string {
  let folded = compatCache.get(char);
  if (folded === undefined) {
    const nfkc = char.normalize('NFKC');
    folded = nfkc.length === char.length ? nfkc : char;
    compatCache.set(char, folded);
  }
  return folded;
}

// ASCII and the CJK Unified Ideographs block are already in NFKC form: skip them (most of a Chinese text).
const NEEDS_COMPAT = /[^\x00-\x7F\u4E00-\u9FFF]/gu;

/** Collapse whitespace runs (including U+3000 and no-break spaces) to one space and apply compatibility folding. Case is kept. */
export function compactText(text: string): string {
  return text.replace(/[\s\u3000\u00A0]+/g, ' ').trim().replace(NEEDS_COMPAT, compatChar);
}

/** Lower-case without changing length (a few characters, like İ, lower-case to two code units: those stay as they are). */
export function foldCase(text: string): string {
  const lower = text.toLowerCase();
  if (lower.length === text.length) return lower;
  let out = '';
  for (const char of text) {
    const l = char.toLowerCase();
    out += l.length === char.length ? l : char;
  }
  return out;
}

/** Full fold for comparing: compatibility forms, whitespace and case. */
export function foldForSearch(text: string): string {
  return foldCase(compactText(text));
}

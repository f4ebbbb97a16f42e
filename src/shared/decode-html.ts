// Shared by the CLI (saved pages on disk) and the background (linked pages it downloads).
// Turns a saved page's bytes into text the way a browser would pick the encoding (WHATWG
// "encoding sniffing", simplified): a byte-order mark wins, then a <meta charset> / http-equiv
// Content-Type declaration near the top, else UTF-8. Chinese sites still serve GBK, GB2312 and
// GB18030 pages; TextDecoder decodes every WHATWG label (Node ships full ICU).

/** How far into the file to look for a <meta> declaration (the HTML spec uses 1024; be lenient). */
const PRESCAN_BYTES = 4096;
/** A NUL byte this early means the file is not text in any ASCII-compatible encoding. */
const BINARY_SNIFF_BYTES = 8000;

export interface Sniffed {
  /** Canonical WHATWG encoding name, e.g. "utf-8", "gbk". */
  encoding: string;
  /** Length of the byte-order mark to skip, 0 when none. */
  bomLength: number;
  /** Where the encoding came from, for diagnostics. */
  source: 'bom' | 'meta' | 'default';
}

export function sniffEncoding(bytes: Uint8Array): Sniffed {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', bomLength: 3, source: 'bom' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', bomLength: 2, source: 'bom' };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', bomLength: 2, source: 'bom' };
  const declared = declaredCharset(bytes.subarray(0, PRESCAN_BYTES));
  if (declared) {
    const encoding = canonicalEncoding(declared);
    if (encoding) {
      // A page cannot declare UTF-16 in ASCII-compatible bytes; browsers read it as UTF-8 (and x-user-defined as windows-1252).
      if (encoding === 'utf-16le' || encoding === 'utf-16be') return { encoding: 'utf-8', bomLength: 0, source: 'meta' };
      if (encoding === 'x-user-defined') return { encoding: 'windows-1252', bomLength: 0, source: 'meta' };
      return { encoding, bomLength: 0, source: 'meta' };
    }
  }
  return { encoding: 'utf-8', bomLength: 0, source: 'default' };
}

/** True when the bytes look like a binary file (image, archive, PDF…) rather than an HTML document. */
export function looksBinary(bytes: Uint8Array): boolean {
  // UTF-16 text is full of NUL bytes but announces itself with a BOM.
  if ((bytes[0] === 0xfe && bytes[1] === 0xff) || (bytes[0] === 0xff && bytes[1] === 0xfe)) return false;
  const end = Math.min(bytes.length, BINARY_SNIFF_BYTES);
  for (let i = 0; i < end; i++) if (bytes[i] === 0) return true;
  return false;
}

export function decodeHtml(bytes: Uint8Array): { text: string; encoding: string } {
  const { encoding, bomLength } = sniffEncoding(bytes);
  // Non-fatal: a stray invalid byte becomes U+FFFD, as in a browser, instead of losing the page.
  const text = new TextDecoder(encoding, { ignoreBOM: true }).decode(bytes.subarray(bomLength));
  return { text, encoding };
}

function canonicalEncoding(label: string): string | null {
  try {
    return new TextDecoder(label.trim()).encoding;
  } catch {
    return null; // an unknown label is ignored, as browsers do
  }
}

/** The charset named by the first <meta> that declares one, outside comments. */
function declaredCharset(head: Uint8Array): string | null {
  // latin1 maps every byte to one code unit, so ASCII markup reads the same whatever the real encoding is.
  const text = new TextDecoder('latin1').decode(head).replace(/<!--[\s\S]*?(?:-->|$)/g, '');
  for (const [tag] of text.matchAll(/<meta\b[^>]*>/gi)) {
    const charset = attribute(tag, 'charset');
    if (charset) return charset;
    const httpEquiv = attribute(tag, 'http-equiv');
    const content = attribute(tag, 'content');
    if (httpEquiv?.toLowerCase() === 'content-type' && content) {
      const match = /charset\s*=\s*["']?([^"';\s]+)/i.exec(content);
      if (match) return match[1]!;
    }
  }
  return null;
}

function attribute(tag: string, name: string): string | null {
  const match = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s"'>/]+))`, 'i').exec(tag);
  return match ? (match[1] ?? match[2] ?? match[3] ?? '') : null;
}

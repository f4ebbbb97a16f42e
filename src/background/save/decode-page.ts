// Decoding a downloaded page the way a browser picks its encoding: a byte-order mark, then the
// charset of the Content-Type header, then a <meta> declaration near the top (the CLI's sniffer,
// which has no Node dependencies), else UTF-8 — and, for an undeclared page that is not valid
// UTF-8, GB18030: Chinese sites still serve undeclared GBK pages, and a zh-CN browser reads them
// that way too.
import { sniffEncoding } from '../../shared/decode-html';

export interface DecodedPage {
  text: string;
  /** WHATWG encoding name, e.g. "utf-8", "gbk". */
  encoding: string;
  source: 'bom' | 'header' | 'meta' | 'default' | 'guess';
}

/** Canonical WHATWG name of a charset label, or null when browsers do not know it. */
function canonical(label: string): string | null {
  try {
    return new TextDecoder(label.trim()).encoding;
  } catch {
    return null;
  }
}

/** The charset parameter of a Content-Type header, if any. */
export function headerCharset(contentType: string | null): string | null {
  const match = /;\s*charset\s*=\s*"?([^";\s]+)/i.exec(contentType ?? '');
  return match ? match[1]! : null;
}

export function decodePage(bytes: Uint8Array, contentType: string | null): DecodedPage {
  const sniffed = sniffEncoding(bytes);
  if (sniffed.source === 'bom') return decodeWith(bytes, sniffed.encoding, sniffed.bomLength, 'bom');
  const declared = headerCharset(contentType);
  const fromHeader = declared ? canonical(declared) : null;
  // A header naming UTF-16 on ASCII-compatible bytes is a server mistake browsers ignore.
  if (fromHeader && fromHeader !== 'utf-16le' && fromHeader !== 'utf-16be' && fromHeader !== 'replacement') {
    return decodeWith(bytes, fromHeader, 0, 'header');
  }
  if (sniffed.source === 'meta') return decodeWith(bytes, sniffed.encoding, 0, 'meta');
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8', source: 'default' };
  } catch {
    return decodeWith(bytes, 'gb18030', 0, 'guess');
  }
}

function decodeWith(bytes: Uint8Array, encoding: string, skip: number, source: DecodedPage['source']): DecodedPage {
  // Not fatal: a stray invalid byte becomes U+FFFD, as in a browser, instead of losing the page.
  return { text: new TextDecoder(encoding, { ignoreBOM: true }).decode(bytes.subarray(skip)), encoding, source };
}

// What an image really is, from its first bytes. Servers often answer image requests with
// application/octet-stream (or nothing), and hotlink protection answers with a 200 HTML page
// labelled image/jpeg: the bytes decide.

const startsWith = (bytes: Uint8Array, signature: readonly number[], offset = 0) =>
  bytes.length >= offset + signature.length && signature.every((byte, i) => bytes[offset + i] === byte);

const ascii = (bytes: Uint8Array, from: number, to: number) => String.fromCharCode(...bytes.subarray(from, to));

/** MIME type of a known raster or vector image format, or null. */
export function sniffImageType(bytes: Uint8Array): string | null {
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  if (bytes.length >= 6 && /^GIF8[79]a$/.test(ascii(bytes, 0, 6))) return 'image/gif';
  if (bytes.length >= 12 && ascii(bytes, 0, 4) === 'RIFF' && ascii(bytes, 8, 12) === 'WEBP') return 'image/webp';
  if (bytes.length >= 12 && ascii(bytes, 4, 8) === 'ftyp') {
    const brand = ascii(bytes, 8, 12);
    if (brand === 'avif' || brand === 'avis') return 'image/avif';
    if (/^(heic|heix|hevc|hevx|mif1|msf1)$/.test(brand)) return 'image/heic';
  }
  if (startsWith(bytes, [0xff, 0x0a]) || startsWith(bytes, [0, 0, 0, 0x0c, 0x4a, 0x58, 0x4c, 0x20])) return 'image/jxl';
  if (startsWith(bytes, [0x42, 0x4d]) && bytes.length >= 14) return 'image/bmp';
  if (startsWith(bytes, [0, 0, 1, 0]) || startsWith(bytes, [0, 0, 2, 0])) return 'image/x-icon';
  if (startsWith(bytes, [0x49, 0x49, 0x2a, 0x00]) || startsWith(bytes, [0x4d, 0x4d, 0x00, 0x2a])) return 'image/tiff';
  if (looksLikeSvg(bytes)) return 'image/svg+xml';
  return null;
}

function leadingText(bytes: Uint8Array, length = 512): string {
  const head = bytes.subarray(0, length);
  // A UTF-8 byte order mark, then whitespace, may precede markup.
  const start = startsWith(head, [0xef, 0xbb, 0xbf]) ? 3 : 0;
  return new TextDecoder('utf-8', { fatal: false }).decode(head.subarray(start)).trimStart().toLowerCase();
}

function looksLikeSvg(bytes: Uint8Array): boolean {
  const text = leadingText(bytes);
  return text.startsWith('<svg') || (text.startsWith('<?xml') && text.includes('<svg')) || (text.startsWith('<!--') && text.includes('<svg'));
}

/** Markup or text where an image was expected (an error or hotlink-protection page). */
export function looksLikeText(bytes: Uint8Array): boolean {
  const text = leadingText(bytes, 256);
  return /^(<!doctype|<html|<head|<body|<\?xml|<!--|\{|\[)/.test(text) || /^<[a-z]/.test(text);
}

/** The type part of a Content-Type header, lower-cased ('' when absent). */
export function mediaType(contentType: string | null): string {
  return (contentType ?? '').split(';')[0]!.trim().toLowerCase();
}

/** Content types that say nothing about the bytes: decide by sniffing. */
export function isVagueType(type: string): boolean {
  return type === '' || type === 'application/octet-stream' || type === 'binary/octet-stream' || type === 'application/binary' || type === 'application/x-download' || type === 'application/force-download';
}

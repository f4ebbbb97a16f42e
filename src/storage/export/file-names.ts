// Names for downloaded files and for images inside zips.

const EXTENSIONS: Record<string, string> = {
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'image/gif': 'gif',
  'image/webp': 'webp',
  'image/avif': 'avif',
  'image/svg+xml': 'svg',
  'image/bmp': 'bmp',
  'image/x-icon': 'ico',
  'image/vnd.microsoft.icon': 'ico',
  'image/tiff': 'tif',
  'image/heic': 'heic',
  'image/jxl': 'jxl',
};

export function extensionFor(type: string | null | undefined): string {
  return (type && EXTENSIONS[type.toLowerCase()]) || 'bin';
}

/**
 * A file name from an article title, safe on Windows, macOS and Linux: no reserved characters,
 * no control characters, no trailing dots or spaces, at most 80 characters (CJK kept as is).
 */
export function fileNameFor(title: string, extension: string): string {
  const cleaned = title
    .normalize('NFC')
    .replace(/[\\/:*?"<>|\u0000-\u001f\u007f]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[. ]+$/, '');
  const clipped = Array.from(cleaned).slice(0, 80).join('').trim();
  const base = /^(con|prn|aux|nul|com\d|lpt\d)$/i.test(clipped) || !clipped ? 'article' : clipped;
  return `${base}.${extension}`;
}

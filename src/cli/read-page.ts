// Reads one saved page from disk into text, refusing what is not worth parsing: missing files,
// directories, huge files (checked from the size on disk BEFORE reading, so a 50 MB file costs
// nothing), binary files and empty files. Each refusal is a PageFailure the batch can print.
import { readFile, stat } from 'node:fs/promises';
import { decodeHtml, looksBinary } from '../shared/decode-html.ts';
import { failure, type PageFailure } from './errors.ts';

/** Largest file we parse. Real article pages are well under 5 MB; jsdom needs ~10× the file size in memory. */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;

export interface PageText {
  ok: true;
  html: string;
  encoding: string;
}

export async function readPage(file: string, maxBytes = MAX_FILE_BYTES): Promise<PageText | PageFailure> {
  let size: number;
  try {
    const info = await stat(file);
    if (info.isDirectory()) return failure('READ_ERROR', `${file} is a directory, not an HTML file`);
    if (!info.isFile()) return failure('READ_ERROR', `${file} is not a regular file`);
    size = info.size;
  } catch (error) {
    return failure('READ_ERROR', readErrorMessage(file, error));
  }
  if (size > maxBytes) return failure('TOO_LARGE', `${file} is ${mib(size)}; the limit is ${mib(maxBytes)}`);
  if (size === 0) return failure('NO_ARTICLE', `${file} is empty (0 bytes): there is no article in it`);

  let bytes: Uint8Array;
  try {
    bytes = await readFile(file);
  } catch (error) {
    return failure('READ_ERROR', readErrorMessage(file, error));
  }
  // The file may have grown between stat and read.
  if (bytes.length > maxBytes) return failure('TOO_LARGE', `${file} is ${mib(bytes.length)}; the limit is ${mib(maxBytes)}`);
  if (looksBinary(bytes)) return failure('PARSE_ERROR', `${file} is not an HTML document (it contains binary data)`);

  const { text, encoding } = decodeHtml(bytes);
  if (!text.trim()) return failure('NO_ARTICLE', `${file} contains only whitespace: there is no article in it`);
  return { ok: true, html: text, encoding };
}

function readErrorMessage(file: string, error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT':
      return `${file}: no such file`;
    case 'EACCES':
    case 'EPERM':
      return `${file}: permission denied`;
    case 'EISDIR':
      return `${file} is a directory, not an HTML file`;
    default:
      return `${file}: cannot be read (${error instanceof Error ? error.message : String(error)})`;
  }
}

function mib(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
}

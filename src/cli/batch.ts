// `qingyue extract --batch`: JSON lines in, JSON lines out, one output line per input line, in
// order. Pages are processed one at a time as lines arrive (readline), so memory stays bounded
// by one page whatever the batch size, and each result is written as soon as it exists. A bad
// line or a bad file is an error line; the batch always goes on. If the reader goes away
// (EPIPE, e.g. `| head -3`), the batch stops quietly.
import { once } from 'node:events';
import path from 'node:path';
import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import { pathToFileURL } from 'node:url';
import { isAbsoluteUrl } from './args.ts';
import { failure, type PageFailure } from './errors.ts';
import { extractFile, type PageOutcome } from './extract-page.ts';

type InputLine = { file: string; url: string } | { file: string | null; failure: PageFailure };

export async function runBatch(input: Readable, output: Writable, cwd = process.cwd()): Promise<void> {
  let closed = false;
  let writeError: Error | null = null;
  const onError = (error: NodeJS.ErrnoException) => {
    closed = true;
    if (error.code !== 'EPIPE' && error.code !== 'ERR_STREAM_DESTROYED') writeError = error;
  };
  output.on('error', onError);
  const lines = createInterface({ input, crlfDelay: Infinity });
  try {
    let lineNumber = 0;
    for await (const line of lines) {
      lineNumber++;
      if (!line.trim()) continue;
      const parsed = parseInputLine(line, lineNumber, cwd);
      const record =
        'failure' in parsed ? errorRecord(parsed.file, parsed.failure) : outputRecord(parsed.file, await extractFile(resolveFile(parsed.file, cwd), parsed.url));
      if (closed) break;
      if (!output.write(`${JSON.stringify(record)}\n`)) await Promise.race([once(output, 'drain'), once(output, 'close')]);
      if (closed || output.destroyed) break;
    }
  } finally {
    lines.close();
    output.off('error', onError);
  }
  if (writeError) throw writeError;
}

function outputRecord(file: string, outcome: PageOutcome) {
  if (!outcome.ok) return errorRecord(file, outcome);
  return { file, ok: true, site: outcome.article.site, article: outcome.article, timingsMs: outcome.timingsMs };
}

function errorRecord(file: string | null, outcome: PageFailure) {
  return { file, ok: false, error: { code: outcome.error.code, message: outcome.error.message } };
}

const EXAMPLE = '{"file": "page.html", "url": "https://example.com/post"}';

export function parseInputLine(line: string, lineNumber: number, cwd: string): InputLine {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { file: null, failure: failure('BAD_INPUT', `input line ${lineNumber} is not valid JSON (${reason}); expected ${EXAMPLE}`) };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { file: null, failure: failure('BAD_INPUT', `input line ${lineNumber} is not a JSON object; expected ${EXAMPLE}`) };
  }
  const { file, url } = value as Record<string, unknown>;
  if (typeof file !== 'string' || !file) {
    return { file: null, failure: failure('BAD_INPUT', `input line ${lineNumber} has no "file" string; expected ${EXAMPLE}`) };
  }
  if (url !== undefined && url !== null && (typeof url !== 'string' || !isAbsoluteUrl(url))) {
    return { file, failure: failure('BAD_INPUT', `input line ${lineNumber}: "url" must be an absolute URL string, got ${JSON.stringify(url)}`) };
  }
  return { file, url: typeof url === 'string' ? url : defaultUrl(file, cwd) };
}

function resolveFile(file: string, cwd: string): string {
  return path.resolve(cwd, file);
}

/** The URL a page gets when none is given: its file:// address. */
export function defaultUrl(file: string, cwd = process.cwd()): string {
  return pathToFileURL(resolveFile(file, cwd)).href;
}

// Errors the command line reports for one page. The pipeline's own codes (NO_ARTICLE, PARSE_ERROR,
// TOO_LARGE) pass through unchanged; the CLI adds the two that only exist before a document does.
import type { ExtractError, ExtractErrorCode } from '../core/article.ts';

export type CliErrorCode =
  | ExtractErrorCode
  /** The file could not be read (missing, a directory, no permission). */
  | 'READ_ERROR'
  /** A --batch input line is not a JSON object with a string "file" (and optional string "url"). */
  | 'BAD_INPUT';

export interface CliError {
  code: CliErrorCode;
  message: string;
}

export type PageFailure = { ok: false; error: CliError | ExtractError };

export function failure(code: CliErrorCode, message: string): PageFailure {
  return { ok: false, error: { code, message } };
}

/** Bad command-line usage: printed with a hint to --help, exit code 1. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** Exit codes, documented in `qingyue --help`. */
export const EXIT = {
  /** The command ran (for --batch: even when some pages failed; each failure is its own output line). */
  OK: 0,
  /** Bad usage, or an unexpected internal error. */
  USAGE: 1,
  /** `extract FILE` ran but produced no article (the error code says why). */
  NO_RESULT: 2,
} as const;

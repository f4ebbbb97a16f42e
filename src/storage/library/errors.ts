// Typed failures of the library. Each carries an English sentence; the UI localises by `code`.

export type LibraryErrorCode =
  /** The browser refused to store more (disk full or origin quota). Nothing was written. */
  | 'QUOTA_EXCEEDED'
  /** The entry does not exist (deleted meanwhile). */
  | 'NOT_FOUND'
  /** Restoring would create a second entry for an article that is already saved. */
  | 'DUPLICATE'
  /** IndexedDB cannot be opened here (disabled, private mode in old browsers, broken profile). */
  | 'UNAVAILABLE'
  /** The database on disk is newer than this version of Qingyue (after a downgrade). */
  | 'VERSION_TOO_NEW'
  /** A backup file is not a zip at all. */
  | 'BACKUP_NOT_ZIP'
  /** A zip, but not a Qingyue library backup. */
  | 'BACKUP_FOREIGN'
  /** A Qingyue backup made by a newer, incompatible version. */
  | 'BACKUP_TOO_NEW'
  /** Damaged: truncated, checksum mismatch, missing or malformed entries. */
  | 'BACKUP_CORRUPT'
  /** The caller cancelled. */
  | 'ABORTED'
  /** Anything else IndexedDB reported. */
  | 'STORAGE_ERROR';

export class LibraryError extends Error {
  override readonly name = 'LibraryError';
  readonly code: LibraryErrorCode;
  /** For QUOTA_EXCEEDED: about how many bytes the failed write needed. */
  readonly needBytes?: number;

  constructor(code: LibraryErrorCode, message: string, options: { needBytes?: number; cause?: unknown } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
    if (options.needBytes !== undefined) this.needBytes = options.needBytes;
  }

  /** Plain data for runtime messaging (Error objects do not survive structured clone with their fields everywhere). */
  toJSON(): { code: LibraryErrorCode; message: string; needBytes?: number } {
    return this.needBytes === undefined
      ? { code: this.code, message: this.message }
      : { code: this.code, message: this.message, needBytes: this.needBytes };
  }
}

export function isLibraryError(error: unknown): error is LibraryError {
  return error instanceof LibraryError;
}

/** DOMException.QUOTA_EXCEEDED_ERR, still set by some engines on the legacy `code` field. */
const LEGACY_QUOTA_CODE = 22;

/**
 * Whether an error (or a transaction's error) means "out of space". Chrome and current Firefox
 * report a QuotaExceededError DOMException; older Firefox surfaces NS_ERROR_DOM_QUOTA_REACHED (or
 * NS_ERROR_FILE_NO_DEVICE_SPACE when the disk itself is full) in the name or the message.
 */
export function isQuotaError(error: unknown): boolean {
  if (!error || typeof error !== 'object') return false;
  const { name, message, code } = error as { name?: unknown; message?: unknown; code?: unknown };
  if (name === 'QuotaExceededError' || code === LEGACY_QUOTA_CODE) return true;
  const text = `${typeof name === 'string' ? name : ''} ${typeof message === 'string' ? message : ''}`;
  return /NS_ERROR_DOM_QUOTA_REACHED|NS_ERROR_FILE_NO_DEVICE_SPACE|QuotaExceeded/i.test(text);
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  const units = ['KB', 'MB', 'GB', 'TB'];
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${value < 10 ? value.toFixed(1) : Math.round(value)} ${units[unit]}`;
}

export function quotaError(needBytes: number | undefined, cause?: unknown): LibraryError {
  const need = needBytes ? ` It needs about ${formatBytes(needBytes)}.` : '';
  return new LibraryError(
    'QUOTA_EXCEEDED',
    `The browser has no room left for the library.${need} Nothing was written; delete some large articles and try again.`,
    { needBytes, cause },
  );
}

/**
 * Map whatever a failed transaction threw to a LibraryError. `transactionError` is tx.error: when
 * a request fails, the request rejects with AbortError while the transaction holds the real reason.
 */
export function toLibraryError(error: unknown, transactionError?: unknown, needBytes?: number): LibraryError {
  if (error instanceof LibraryError) return error;
  if (isQuotaError(error) || isQuotaError(transactionError)) return quotaError(needBytes, transactionError ?? error);
  const source = (transactionError ?? error) as { name?: string; message?: string } | undefined;
  if (source?.name === 'VersionError') {
    return new LibraryError('VERSION_TOO_NEW', 'The saved library was written by a newer version of Qingyue. Update the extension to open it.', { cause: source });
  }
  const detail = source?.message || source?.name || String(error);
  return new LibraryError('STORAGE_ERROR', `The library could not be written or read: ${detail}`, { cause: error });
}

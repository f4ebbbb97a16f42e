// What the library page says when something fails, in the UI language. The library's errors carry
// a code (src/storage/library/errors.ts) and an English sentence; the sentence is kept as the
// detail for bug reports, the code picks what the user reads.

import { isLibraryError } from '../../storage/library/errors';
import { t } from '../i18n';

export interface ErrorText {
  text: string;
  /** The library's own (English) explanation, when it adds something (shown small). */
  detail: string | null;
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Why a backup file was refused or could not be written. Nothing was imported in every case. */
export function importErrorText(error: unknown): ErrorText {
  const code = isLibraryError(error) ? error.code : null;
  switch (code) {
    case 'BACKUP_NOT_ZIP':
      return { text: t('libraryImportNotZip'), detail: null };
    case 'BACKUP_FOREIGN':
      return { text: t('libraryImportForeign'), detail: null };
    case 'BACKUP_TOO_NEW':
      return { text: t('libraryImportTooNew'), detail: null };
    case 'BACKUP_CORRUPT':
      return { text: t('libraryImportCorrupt'), detail: errorMessage(error) };
    default:
      return { text: t('libraryImportFailed'), detail: libraryErrorText(error).text };
  }
}

/** Any other library failure (deleting, restoring, exporting, reading). */
export function libraryErrorText(error: unknown): ErrorText {
  const code = isLibraryError(error) ? error.code : null;
  switch (code) {
    case 'QUOTA_EXCEEDED':
      return { text: t('libraryErrorQuota'), detail: null };
    case 'NOT_FOUND':
      return { text: t('libraryErrorNotFound'), detail: null };
    case 'DUPLICATE':
      return { text: t('libraryErrorDuplicate'), detail: null };
    case 'UNAVAILABLE':
      return { text: t('libraryErrorUnavailable'), detail: errorMessage(error) };
    case 'VERSION_TOO_NEW':
      return { text: t('libraryErrorVersionTooNew'), detail: null };
    default:
      return { text: t('libraryErrorGeneric'), detail: errorMessage(error) };
  }
}

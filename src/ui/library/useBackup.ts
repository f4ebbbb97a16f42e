// Backing up the whole library to one file and restoring from one. Import checks the whole file
// before one all-or-nothing write (src/storage/backup), and every article's HTML passes through
// the pipeline's sanitiser on the way in: a backup is a file from outside and may have been edited.

import { useCallback, useState } from 'preact/hooks';
import type { ImportBackupResult } from '../../storage/backup';
import type { Library } from '../../storage/library';
import { backupFileName, downloadBlob } from './download';

export type BackupBusy = { kind: 'export'; articles: number; total: number } | { kind: 'import'; fileName: string };

export interface BackupOutcome {
  kind: 'exported' | 'imported';
  fileName: string;
  /** exported: articles, bytes; imported: the library's result. */
  articles?: number;
  bytes?: number;
  result?: ImportBackupResult;
}

export interface BackupHandle {
  busy: BackupBusy | null;
  /** Resolves with what happened; rejects with the library's typed error (nothing written on import). */
  exportAll(total: number): Promise<BackupOutcome>;
  importFile(file: File): Promise<BackupOutcome>;
}

export function useBackup(library: Library, changed: () => void): BackupHandle {
  const [busy, setBusy] = useState<BackupBusy | null>(null);

  const exportAll = useCallback(
    async (total: number) => {
      setBusy({ kind: 'export', articles: 0, total });
      let articles = 0;
      try {
        const { exportBackup } = await import('../../storage/backup');
        const blob = await exportBackup(library, {
          onProgress: (progress) => {
            articles = progress.articles;
            setBusy({ kind: 'export', articles, total: Math.max(total, articles) });
          },
        });
        const fileName = backupFileName();
        downloadBlob(blob, fileName);
        return { kind: 'exported' as const, fileName, articles, bytes: blob.size };
      } finally {
        setBusy(null);
      }
    },
    [library],
  );

  const importFile = useCallback(
    async (file: File) => {
      setBusy({ kind: 'import', fileName: file.name });
      try {
        // The zip reader and the sanitiser load with the first backup action, not with the page.
        const [{ importBackup }, { sanitizeHtml }] = await Promise.all([import('../../storage/backup'), import('../../core/sanitize')]);
        const result = await importBackup(library, file, { sanitizeHtml: (html) => sanitizeHtml(html, { window }) });
        if (result.imported) changed();
        return { kind: 'imported' as const, fileName: file.name, result };
      } finally {
        setBusy(null);
      }
    },
    [library, changed],
  );

  return { busy, exportAll, importFile };
}

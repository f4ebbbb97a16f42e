// The page's slim sticky bar (like the reader's): brand and page name; backup import/export;
// the settings page.

import type { Ref } from 'preact';
import { Icon, ICON_SETTINGS } from '../components/Icon';
import { IconButton } from '../components/IconButton';
import { ICON_DOWNLOAD, ICON_UPLOAD } from '../components/page-icons';
import { t } from '../i18n';

interface LibraryTopBarProps {
  busy: boolean;
  canExport: boolean;
  fileInput: Ref<HTMLInputElement>;
  onExport(): void;
  onImportFile(file: File): void;
  onOpenOptions(): void;
}

export function LibraryTopBar({ busy, canExport, fileInput, onExport, onImportFile, onOpenOptions }: LibraryTopBarProps) {
  return (
    <header class="qy-lib-bar" id="qy-toolbar">
      <div class="qy-lib-bar-start">
        <div class="qy-brand">
          <img src="icons/icon.svg" width="20" height="20" alt="" />
          <span>{t('brandName')}</span>
        </div>
        <span class="qy-lib-bar-page">{t('libraryTitle')}</span>
      </div>
      <div class="qy-lib-bar-end">
        <button
          type="button"
          id="qy-lib-import"
          class="qy-button qy-button--ghost"
          title={t('libraryImportBackupLong')}
          disabled={busy}
          onClick={() => (fileInput as { current: HTMLInputElement | null }).current?.click()}
        >
          <Icon path={ICON_UPLOAD} size={18} />
          <span>{t('libraryImportBackup')}</span>
        </button>
        <input
          ref={fileInput}
          type="file"
          id="qy-lib-import-file"
          accept=".zip,application/zip"
          hidden
          onChange={(event) => {
            const input = event.currentTarget as HTMLInputElement;
            const file = input.files?.[0];
            input.value = ''; // the same file can be chosen again
            if (file) onImportFile(file);
          }}
        />
        <button type="button" id="qy-lib-export" class="qy-button qy-button--ghost" title={t('libraryExportBackupLong')} disabled={busy || !canExport} onClick={onExport}>
          <Icon path={ICON_DOWNLOAD} size={18} />
          <span>{t('libraryExportBackup')}</span>
        </button>
        <IconButton id="qy-open-options" icon={ICON_SETTINGS} label={t('toolbarOptions')} onClick={onOpenOptions} />
      </div>
    </header>
  );
}

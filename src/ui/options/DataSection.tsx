// 设置文件: export the settings as a JSON file, import one (a bad file changes nothing and says
// why), reset to the defaults after an inline confirmation.

import { useRef, useState } from 'preact/hooks';
import type { Options } from '../../storage/options-schema';
import { Icon } from '../components/Icon';
import { ICON_DOWNLOAD, ICON_UNDO, ICON_UPLOAD } from '../components/page-icons';
import type { Connector } from '../connect/types';
import { t } from '../i18n';
import { Section } from './Section';

export type Notify = (message: string, tone?: 'ok' | 'error') => void;

/** qingyue-settings-2026-11-25.json */
export function exportFileName(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `qingyue-settings-${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}.json`;
}

const IMPORT_ERRORS: Record<string, string> = {
  NOT_JSON: 'optionsImportNotJson',
  FOREIGN_FILE: 'optionsImportForeign',
  NEWER_VERSION: 'optionsImportNewer',
  CORRUPT_FILE: 'optionsImportCorrupt',
};

/** Why a file was refused, in the UI language (the options module's errors carry a code). */
export function importErrorText(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  const key = typeof code === 'string' ? IMPORT_ERRORS[code] : undefined;
  if (key) return t(key);
  return error instanceof Error ? error.message : String(error);
}

function download(text: string, name: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  // Give the download a moment to start before the URL goes away.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

interface DataSectionProps {
  connector: Connector;
  onReplaced: (options: Options) => void;
  notify: Notify;
}

export function DataSection({ connector, onReplaced, notify }: DataSectionProps) {
  const fileInput = useRef<HTMLInputElement>(null);
  const [confirming, setConfirming] = useState(false);

  const exportSettings = async () => {
    try {
      download(await connector.exportOptions(), exportFileName());
      notify(t('optionsExported'));
    } catch (error) {
      notify(t('optionsExportFailed', error instanceof Error ? error.message : String(error)), 'error');
    }
  };

  const importSettings = async (file: File | undefined) => {
    if (!file) return;
    try {
      const imported = await connector.importOptions(await file.text());
      onReplaced(imported);
      notify(t('optionsImported', file.name));
    } catch (error) {
      notify(t('optionsImportFailed', [file.name, importErrorText(error)]), 'error');
    } finally {
      if (fileInput.current) fileInput.current.value = ''; // the same file can be chosen again
    }
  };

  const reset = async () => {
    setConfirming(false);
    try {
      onReplaced(await connector.resetOptions());
      notify(t('optionsResetDone'));
    } catch (error) {
      notify(t('optionsResetFailed', error instanceof Error ? error.message : String(error)), 'error');
    }
  };

  return (
    <Section id="qy-section-data" title={t('optionsDataTitle')} description={t('optionsDataDescription')}>
      <div class="qy-actions-row">
        <button type="button" id="qy-export" class="qy-button" onClick={() => void exportSettings()}>
          <Icon path={ICON_DOWNLOAD} size={18} />
          <span>{t('optionsExport')}</span>
        </button>
        <button type="button" id="qy-import" class="qy-button" onClick={() => fileInput.current?.click()}>
          <Icon path={ICON_UPLOAD} size={18} />
          <span>{t('optionsImport')}</span>
        </button>
        <input
          ref={fileInput}
          type="file"
          id="qy-import-file"
          accept="application/json,.json"
          class="qy-visually-hidden"
          tabIndex={-1}
          aria-hidden="true"
          onChange={(event) => void importSettings((event.currentTarget as HTMLInputElement).files?.[0])}
        />
        <span class="qy-actions-spacer" />
        {!confirming ? (
          <button type="button" id="qy-reset" class="qy-button" onClick={() => setConfirming(true)}>
            <Icon path={ICON_UNDO} size={18} />
            <span>{t('optionsReset')}</span>
          </button>
        ) : (
          <div class="qy-confirm" role="group" aria-labelledby="qy-reset-question">
            <span id="qy-reset-question">{t('optionsResetConfirm')}</span>
            <button type="button" id="qy-reset-confirm" class="qy-button qy-button--danger" onClick={() => void reset()}>
              {t('optionsResetConfirmButton')}
            </button>
            <button type="button" id="qy-reset-cancel" class="qy-button" onClick={() => setConfirming(false)}>
              {t('actionCancel')}
            </button>
          </div>
        )}
      </div>
    </Section>
  );
}

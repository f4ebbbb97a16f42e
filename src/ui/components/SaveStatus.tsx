// The details under the save button: progress while saving; what was saved and how to update it;
// which images are missing, why, and how to get them (retry, or allow their site first); why a
// save failed and what to do (for a full disk: the largest articles, to delete some). Loaded on
// demand by SaveButton.

import type { SaveView } from '../hooks/useSaveJob';
import { t, uiLocale } from '../i18n';
import { formatSize } from '../library/format';
import { failureText, imageName, imageReason, isRetryable, sitesOf } from '../lib/save-text';
import { Popover } from './Popover';
import '../styles/save-status.css';

interface SaveStatusProps {
  view: SaveView;
  onRetry: () => void;
  onSaveAgain: () => void;
  onOpenLibrary: () => void;
  onClose: () => void;
}

export function SaveStatus({ view, onRetry, onSaveAgain, onOpenLibrary, onClose }: SaveStatusProps) {
  return (
    <Popover id="qy-save-panel" label={t('saveDetailsTitle')} toggleId="qy-save" onClose={onClose} class="qy-save-panel">
      <h2 class="qy-panel-title">{t('saveDetailsTitle')}</h2>
      <Body view={view} onRetry={onRetry} onSaveAgain={onSaveAgain} onOpenLibrary={onOpenLibrary} />
    </Popover>
  );
}

function Body({ view, onRetry, onSaveAgain, onOpenLibrary }: Omit<SaveStatusProps, 'onClose'>) {
  const locale = uiLocale();
  const library = (
    <button type="button" id="qy-save-open-library" class="qy-button" onClick={onOpenLibrary}>
      {t('saveOpenLibrary')}
    </button>
  );
  switch (view.kind) {
    case 'saving': {
      const text =
        view.phase === 'images' && view.total > 0
          ? t('saveSavingText', [view.done, view.total])
          : view.phase === 'writing'
            ? t('saveSavingWriting')
            : t('saveSavingReading');
      return (
        <>
          <p class="qy-save-text" aria-live="polite">
            {text}
            {view.bytes > 0 && <span class="qy-save-bytes"> · {formatSize(view.bytes, locale)}</span>}
          </p>
          <p class="qy-save-note">{t('saveBackgroundNote')}</p>
        </>
      );
    }
    case 'saved':
      return (
        <>
          <p class="qy-save-text">{t('saveSavedText')}</p>
          {view.updated && <p class="qy-save-note">{t('saveUpdatedText')}</p>}
          <div class="qy-save-actions">
            {library}
            <button type="button" id="qy-save-again" class="qy-button qy-button--ghost" onClick={onSaveAgain}>
              {t('saveUpdate')}
            </button>
          </div>
        </>
      );
    case 'partial':
      return (
        <>
          <p class="qy-save-text">{t('savePartialText', view.missing.length)}</p>
          <ul class="qy-save-missing">
            {view.missing.map((image) => (
              <li key={image.url} title={`${image.url}\n${image.message}`}>
                <span class="qy-save-name">{imageName(image.url)}</span>
                <span class="qy-save-reason">{imageReason(image)}</span>
              </li>
            ))}
          </ul>
          {view.needsAccess.length > 0 && <p class="qy-save-note">{t('saveNeedsAccess', sitesOf(view.needsAccess))}</p>}
          <div class="qy-save-actions">
            <button type="button" id="qy-save-retry" class="qy-button qy-button--primary" onClick={onRetry}>
              {view.needsAccess.length > 0 ? t('saveAllowAndRetry') : t('saveRetryImages')}
            </button>
            {library}
          </div>
        </>
      );
    case 'failed': {
      const largest = view.failure.code === 'QUOTA_EXCEEDED' ? (view.failure as { largest?: { id: string; title: string; sizes: { total: number } }[] }).largest ?? [] : [];
      return (
        <>
          <p class="qy-save-text qy-save-text--failed" role="alert">
            {failureText(view.failure)}
          </p>
          {largest.length > 0 && (
            <>
              <p class="qy-save-note">{t('saveQuotaLargest')}</p>
              <ul class="qy-save-largest">
                {largest.map((entry) => (
                  <li key={entry.id}>
                    <span class="qy-save-largest-title">{entry.title}</span>
                    <span class="qy-save-reason">{formatSize(entry.sizes.total, locale)}</span>
                  </li>
                ))}
              </ul>
            </>
          )}
          <div class="qy-save-actions">
            {isRetryable(view.failure) && (
              <button type="button" id="qy-save-retry" class="qy-button qy-button--primary" onClick={onSaveAgain}>
                {t('actionRetry')}
              </button>
            )}
            {view.failure.code === 'QUOTA_EXCEEDED' && library}
          </div>
        </>
      );
    }
    default:
      return null;
  }
}

// How much room the library takes: its own bytes, and the extension's share of the browser's
// storage (navigator.storage.estimate). Near the limit it says so and offers the largest-first
// view, where deleting helps most.

import { t } from '../i18n';
import type { LibraryEstimate } from '../../storage/library';
import { formatSize } from './format';

/** From this share of the quota on, the meter warns. */
export const NEARLY_FULL = 0.8;

interface StorageMeterProps {
  estimate: LibraryEstimate | null;
  locale: string;
  onShowLargest(): void;
  showingLargest: boolean;
}

export function StorageMeter({ estimate, locale, onShowLargest, showingLargest }: StorageMeterProps) {
  if (!estimate) return <div class="qy-lib-meter" aria-hidden="true" />;
  const { usage, quota, libraryBytes } = estimate;
  const share = usage !== null && quota ? Math.min(1, usage / quota) : null;
  const nearlyFull = share !== null && share >= NEARLY_FULL;
  return (
    <div id="qy-lib-meter" class={`qy-lib-meter${nearlyFull ? ' is-nearly-full' : ''}`}>
      <p class="qy-lib-meter-text">
        <span>{t('libraryStorageLibrary', formatSize(libraryBytes, locale))}</span>
        {share !== null && <span class="qy-lib-meter-quota">{t('libraryStorageBrowser', [formatSize(usage!, locale), formatSize(quota!, locale)])}</span>}
      </p>
      {share !== null && (
        <div
          class="qy-lib-meter-bar"
          role="meter"
          aria-label={t('libraryStorageMeterLabel')}
          aria-valuemin={0}
          aria-valuemax={100}
          aria-valuenow={Math.round(share * 100)}
          aria-valuetext={t('libraryStorageBrowser', [formatSize(usage!, locale), formatSize(quota!, locale)])}
        >
          {/* At least a sliver, so a small library still shows where the bar starts. */}
          <span class="qy-lib-meter-fill" style={{ width: `${Math.max(1.5, share * 100)}%` }} />
        </div>
      )}
      {nearlyFull && (
        <p class="qy-lib-meter-warning">
          {t('libraryStorageNearlyFull')}
          {!showingLargest && (
            <button type="button" id="qy-lib-show-largest" class="qy-lib-inline-button" onClick={onShowLargest}>
              {t('libraryShowLargest')}
            </button>
          )}
        </p>
      )}
    </div>
  );
}

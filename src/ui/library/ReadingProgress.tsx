// How far the reader got: a short bar and the percent, "finished" at the end; nothing for an
// article not opened yet (an empty bar on most rows would only be noise).

import { t } from '../i18n';
import { progressPercent } from './format';

export function ReadingProgress({ progress }: { progress: number }) {
  const percent = progressPercent(progress);
  if (percent === 0) return null;
  const label = percent === 100 ? t('libraryProgressFinished') : t('libraryProgressPercent', percent);
  return (
    <span class={`qy-lib-progress${percent === 100 ? ' is-finished' : ''}`} title={t('libraryProgressTitle', percent)}>
      <span class="qy-lib-progress-bar" aria-hidden="true">
        <span class="qy-lib-progress-fill" style={{ width: `${percent}%` }} />
      </span>
      <span>{label}</span>
    </span>
  );
}

// Above a partially saved article: how many pictures the save could not download, and (where the
// extension can) a button that downloads them again in the background.

import { Icon } from '../components/Icon';
import { ICON_ALERT } from '../components/state-icons';
import { t } from '../i18n';
import type { RetryState } from '../library/RetryImages';
import '../styles/saved-article.css';

interface MissingImagesNoteProps {
  missing: number;
  onRetry(): void;
  state: RetryState | undefined;
}

export function MissingImagesNote({ missing, onRetry, state }: MissingImagesNoteProps) {
  const running = state?.kind === 'running';
  return (
    <p id="qy-missing-note" class="qy-missing-note" role="note">
      <Icon path={ICON_ALERT} size={16} />
      <span>{t('readerImagesMissing', missing)}</span>
      <button type="button" id="qy-retry-images" class="qy-missing-note-button" aria-disabled={running} onClick={() => !running && onRetry()}>
        {state?.kind === 'running' ? (state.total ? t('libraryRetryingCount', [state.done, state.total]) : t('libraryRetrying')) : t('actionRetry')}
      </button>
      {state?.kind === 'failed' && <span class="qy-missing-note-error">{state.message}</span>}
    </p>
  );
}

// Above a partially saved article: how many pictures the save could not download, and (where the
// extension can) a button that downloads them again in the background.

import { Icon } from '../components/Icon';
import { ICON_ALERT } from '../components/state-icons';
import { t } from '../i18n';
import '../styles/saved-article.css';

interface MissingImagesNoteProps {
  missing: number;
  onRetry?: () => void;
  retrying: boolean;
  error: string | null;
}

export function MissingImagesNote({ missing, onRetry, retrying, error }: MissingImagesNoteProps) {
  return (
    <p id="qy-missing-note" class="qy-missing-note" role="note">
      <Icon path={ICON_ALERT} size={16} />
      <span>{t('readerImagesMissing', missing)}</span>
      {onRetry && (
        <button type="button" id="qy-retry-images" class="qy-missing-note-button" disabled={retrying} onClick={onRetry}>
          {retrying ? t('libraryRetrying') : t('actionRetry')}
        </button>
      )}
      {error && <span class="qy-missing-note-error">{error}</span>}
    </p>
  );
}

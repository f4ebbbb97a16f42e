// "3 images missing · Retry" on a partially saved article. The download runs in the background
// (it has the host permissions and survives this tab); the row updates when it is done.

import { Icon } from '../components/Icon';
import { ICON_ALERT } from '../components/state-icons';
import { t } from '../i18n';

export type RetryState = { kind: 'running'; done: number; total: number } | { kind: 'failed'; message: string };

interface RetryImagesProps {
  id: string;
  missing: number;
  onRetry: ((id: string) => void) | undefined;
  state: RetryState | undefined;
}

export function RetryImages({ id, missing, onRetry, state }: RetryImagesProps) {
  const running = state?.kind === 'running';
  return (
    <span class="qy-lib-partial">
      <Icon path={ICON_ALERT} size={14} />
      <span>{t('libraryImagesMissing', missing)}</span>
      {onRetry && (
        <button type="button" id={`qy-retry-${id}`} class="qy-lib-inline-button" aria-disabled={running} onClick={() => !running && onRetry(id)}>
          {state?.kind === 'running' ? (state.total ? t('libraryRetryingCount', [state.done, state.total]) : t('libraryRetrying')) : t('actionRetry')}
        </button>
      )}
      {state?.kind === 'failed' && <span class="qy-lib-partial-error">{state.message}</span>}
    </span>
  );
}

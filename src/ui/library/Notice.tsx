// The result of the last backup action (or a failure): stays until dismissed or replaced, so a
// refusal ("this file is not a Qingyue backup, nothing was imported") can be read at leisure.

import { Icon } from '../components/Icon';
import { ICON_CLOSE } from '../components/page-icons';
import { t } from '../i18n';

export interface NoticeState {
  tone: 'ok' | 'error' | 'busy';
  text: string;
  /** Smaller second line (the library's English detail of an error). */
  detail?: string | null;
}

export function Notice({ notice, onDismiss }: { notice: NoticeState | null; onDismiss(): void }) {
  return (
    <div class="qy-lib-notice-region" role="status" aria-live="polite">
      {notice && (
        <div id="qy-lib-notice" class={`qy-lib-notice is-${notice.tone}`} data-tone={notice.tone} aria-busy={notice.tone === 'busy' || undefined}>
          <div class="qy-lib-notice-body">
            <p class="qy-lib-notice-text">{notice.text}</p>
            {notice.detail && <p class="qy-lib-notice-detail">{notice.detail}</p>}
          </div>
          {notice.tone !== 'busy' && (
            <button type="button" id="qy-lib-notice-close" class="qy-icon-button" aria-label={t('libraryDismiss')} title={t('libraryDismiss')} onClick={onDismiss}>
              <Icon path={ICON_CLOSE} size={16} />
            </button>
          )}
        </div>
      )}
    </div>
  );
}

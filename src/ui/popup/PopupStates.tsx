// Every popup state that is not an article, each with an icon, a title, a one-line explanation
// and an action where one exists. Texts come from the locale files; see popupStateKeys in tests.

import type { RestrictedReason } from '../../shared/messages';
import { Icon } from '../components/Icon';
import { ICON_ALERT, ICON_CLOCK, ICON_LOCK, ICON_PAGES, ICON_REFRESH, ICON_SEARCH } from '../components/state-icons';
import { StateView } from '../components/StateView';
import { t } from '../i18n';
import type { PopupState } from '../hooks/useTabArticle';

type NonArticle = Exclude<PopupState, { kind: 'article' } | { kind: 'pending' }>;

const RESTRICTED: Record<RestrictedReason, { title: string; text: string; details?: string }> = {
  'browser-page': { title: 'popupRestrictedBrowserTitle', text: 'popupRestrictedBrowserText' },
  'web-store': { title: 'popupRestrictedStoreTitle', text: 'popupRestrictedStoreText' },
  pdf: { title: 'popupRestrictedPdfTitle', text: 'popupRestrictedPdfText' },
  'file-access': { title: 'popupRestrictedFileTitle', text: 'popupRestrictedFileText', details: 'popupRestrictedFileSteps' },
  'no-permission': { title: 'popupRestrictedPermissionTitle', text: 'popupRestrictedPermissionText' },
};

function RetryButton({ onRetry, label = t('actionRetry') }: { onRetry: () => void; label?: string }) {
  return (
    <button type="button" id="qy-retry" class="qy-button" onClick={onRetry}>
      <Icon path={ICON_REFRESH} size={18} />
      <span>{label}</span>
    </button>
  );
}

export function PopupStateView({ state, onRetry }: { state: NonArticle; onRetry: () => void }) {
  switch (state.kind) {
    case 'loading':
      return <StateView icon={ICON_CLOCK} busy title={t('popupLoadingTitle')} text={t('popupLoadingText')} actions={<RetryButton onRetry={onRetry} label={t('actionRetryNow')} />} />;
    case 'loading-timeout':
      return <StateView icon={ICON_CLOCK} title={t('popupLoadingSlowTitle')} text={t('popupLoadingSlowText')} actions={<RetryButton onRetry={onRetry} />} />;
    case 'restricted': {
      const keys = RESTRICTED[state.reason] ?? RESTRICTED['browser-page'];
      return (
        <StateView
          icon={ICON_LOCK}
          title={t(keys.title)}
          text={t(keys.text)}
          details={keys.details ? <p>{t(keys.details)}</p> : undefined}
          actions={state.reason === 'no-permission' ? <RetryButton onRetry={onRetry} /> : undefined}
        />
      );
    }
    case 'no-article':
    case 'error': {
      const code = state.error.code;
      if (code === 'NO_ARTICLE') {
        return <StateView icon={ICON_SEARCH} title={t('popupNoArticleTitle')} text={t('popupNoArticleText')} details={<p>{t('popupNoArticleHint')}</p>} actions={<RetryButton onRetry={onRetry} label={t('actionCheckAgain')} />} />;
      }
      if (code === 'TOO_LARGE') {
        return <StateView icon={ICON_PAGES} title={t('popupTooLargeTitle')} text={t('popupTooLargeText')} />;
      }
      return (
        <StateView
          icon={ICON_ALERT}
          title={t('popupErrorTitle')}
          text={t('popupErrorText')}
          details={
            <p class="qy-error-detail">
              <code>{code}</code> {state.error.message}
            </p>
          }
          actions={<RetryButton onRetry={onRetry} />}
        />
      );
    }
  }
}

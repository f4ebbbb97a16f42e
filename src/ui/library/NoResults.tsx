// A search that matched nothing: say what was searched and offer to clear it.

import { Icon } from '../components/Icon';
import { t } from '../i18n';
import { ICON_MAGNIFIER } from './icons';

export function NoResults({ query, onClear }: { query: string; onClear(): void }) {
  return (
    <section id="qy-lib-no-results" class="qy-lib-empty qy-lib-empty--search" aria-labelledby="qy-lib-no-results-title">
      <div class="qy-lib-empty-icon">
        <Icon path={ICON_MAGNIFIER} size={28} />
      </div>
      <h2 id="qy-lib-no-results-title" class="qy-lib-empty-title">
        {t('libraryNoResultsTitle', query)}
      </h2>
      <p class="qy-lib-empty-text">{t('libraryNoResultsText')}</p>
      <div class="qy-lib-empty-actions">
        <button type="button" id="qy-lib-clear-search" class="qy-button" onClick={onClear}>
          {t('librarySearchClear')}
        </button>
      </div>
    </section>
  );
}

// Pages of 50 rows (a page never renders more, however large the library): previous, "51–100 of
// 1,000", next. Shown only when there is more than one page.

import { Icon } from '../components/Icon';
import { t } from '../i18n';
import { ICON_CHEVRON_LEFT, ICON_CHEVRON_RIGHT } from './icons';
import { pageCount, pageRange } from './paging';

interface PaginationProps {
  page: number;
  total: number;
  locale: string;
  onPage(page: number): void;
}

export function Pagination({ page, total, locale, onPage }: PaginationProps) {
  const pages = pageCount(total);
  if (pages <= 1) return null;
  const number = new Intl.NumberFormat(locale);
  const [first, last] = pageRange(page, total);
  return (
    <nav class="qy-lib-pager" aria-label={t('libraryPagesLabel')}>
      <button type="button" id="qy-lib-prev" class="qy-button" disabled={page <= 1} onClick={() => onPage(page - 1)}>
        <Icon path={ICON_CHEVRON_LEFT} size={16} />
        <span>{t('libraryPagePrevious')}</span>
      </button>
      <span class="qy-lib-pager-status" aria-current="page">
        {t('libraryPageStatus', [number.format(first), number.format(last), number.format(total)])}
      </span>
      <button type="button" id="qy-lib-next" class="qy-button" disabled={page >= pages} onClick={() => onPage(page + 1)}>
        <span>{t('libraryPageNext')}</span>
        <Icon path={ICON_CHEVRON_RIGHT} size={16} />
      </button>
    </nav>
  );
}

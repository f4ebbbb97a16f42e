// The popup's collapsible table of contents (a native <details>: keyboard and screen readers
// handle it without script). Shown only for articles with at least two headings.

import type { TocEntry } from '../../core/article';
import { t } from '../i18n';
import { TocList } from './TocList';

export function TocDetails({ toc, open }: { toc: TocEntry[]; open: boolean }) {
  if (toc.length < 2) return null;
  return (
    <details class="qy-toc qy-toc--inline" id="qy-toc" open={open}>
      <summary>
        <span>{t('tocTitle')}</span>
        <span class="qy-toc-count">{t('tocCount', toc.length)}</span>
      </summary>
      <nav aria-label={t('tocTitle')}>
        <TocList toc={toc} />
      </nav>
    </details>
  );
}

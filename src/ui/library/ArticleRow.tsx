// One saved article in the list: its title as a link to the offline reader, the search snippet,
// then site · saved date · size · reading progress · missing images (with retry), and the row's
// actions (export, delete). Everything shown is stored text rendered as text.

import { MenuButton } from '../components/MenuButton';
import { IconButton } from '../components/IconButton';
import { t } from '../i18n';
import { displayHost } from '../lib/format';
import type { ArticleExportFormat } from './export-article';
import { formatSavedDate, formatSize } from './format';
import { highlightTerms, snippetParts } from './highlight';
import { Highlighted } from './Highlighted';
import { ICON_FILE_EXPORT, ICON_TRASH } from './icons';
import { isSearchHit } from './list-query';
import type { ListItem } from './list-query';
import { ReadingProgress } from './ReadingProgress';
import { RetryImages } from './RetryImages';
import type { RetryState } from './RetryImages';

export const readerHref = (id: string) => `reader.html?id=${encodeURIComponent(id)}`;

interface ArticleRowProps {
  item: ListItem;
  /** Folded search terms, to highlight them in the title. */
  terms: readonly string[];
  fold: (text: string) => string;
  locale: string;
  now: number;
  onDelete(id: string): void;
  onExport(id: string, format: ArticleExportFormat): void;
  /** Absent while the extension cannot retry downloads from this page. */
  onRetry?: (id: string) => void;
  retry: RetryState | undefined;
}

export function ArticleRow({ item, terms, fold, locale, now, onDelete, onExport, onRetry, retry }: ArticleRowProps) {
  const saved = formatSavedDate(item.savedAt, locale, now);
  const site = item.siteName?.trim() || displayHost(item.sourceUrl) || '';
  const snippet = isSearchHit(item) && item.matchedIn === 'text' && item.snippet ? item.snippet : null;
  const titleId = `qy-lib-title-${item.id}`;
  return (
    <li class="qy-lib-row" data-id={item.id}>
      <div class="qy-lib-row-main">
        <h2 class="qy-lib-title" id={titleId} lang={item.lang || undefined}>
          <a href={readerHref(item.id)} class="qy-lib-link" data-row-link>
            <Highlighted parts={highlightTerms(item.title, terms, fold)} />
          </a>
        </h2>
        {snippet && (
          <p class="qy-lib-snippet" lang={item.lang || undefined}>
            <Highlighted parts={snippetParts(snippet)} />
          </p>
        )}
        <p class="qy-lib-meta">
          {site && <span class="qy-lib-site">{site}</span>}
          <time dateTime={saved.iso} title={t('librarySavedAt', saved.full)}>
            {saved.text}
          </time>
          <span class="qy-lib-size" title={t('librarySizeTitle', [formatSize(item.sizes.html, locale), formatSize(item.sizes.images, locale)])}>
            {formatSize(item.sizes.total, locale)}
          </span>
          <ReadingProgress progress={item.readingProgress} />
          {item.status === 'partial' && item.missingImages > 0 && <RetryImages id={item.id} missing={item.missingImages} onRetry={onRetry} state={retry} />}
        </p>
      </div>
      <div class="qy-lib-row-actions">
        <MenuButton
          id={`qy-export-${item.id}`}
          label={t('libraryExportArticle', item.title)}
          icon={ICON_FILE_EXPORT}
          items={[
            { id: `qy-export-html-${item.id}`, label: t('libraryExportHtml'), hint: t('libraryExportHtmlHint'), onSelect: () => onExport(item.id, 'html') },
            { id: `qy-export-md-${item.id}`, label: t('libraryExportMarkdown'), hint: t('libraryExportMarkdownHint'), onSelect: () => onExport(item.id, 'markdown') },
          ]}
        />
        <IconButton id={`qy-delete-${item.id}`} icon={ICON_TRASH} label={t('libraryDeleteArticle', item.title)} onClick={() => onDelete(item.id)} />
      </div>
    </li>
  );
}

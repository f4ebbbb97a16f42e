// The reader's toolbar for a saved article: export it (self-contained HTML, Markdown zip) or
// delete it from the library (the page then offers Undo).

import { IconButton } from '../components/IconButton';
import { MenuButton } from '../components/MenuButton';
import { t } from '../i18n';
import type { ArticleExportFormat } from '../library/export-article';
import { ICON_FILE_EXPORT, ICON_TRASH } from '../library/icons';

interface SavedActionsProps {
  onExport(format: ArticleExportFormat): void;
  onDelete(): void;
  busy: boolean;
}

export function SavedActions({ onExport, onDelete, busy }: SavedActionsProps) {
  return (
    <>
      <MenuButton
        id="qy-export"
        label={t('readerExport')}
        icon={ICON_FILE_EXPORT}
        disabled={busy}
        items={[
          { id: 'qy-export-html', label: t('libraryExportHtml'), hint: t('libraryExportHtmlHint'), onSelect: () => onExport('html') },
          { id: 'qy-export-md', label: t('libraryExportMarkdown'), hint: t('libraryExportMarkdownHint'), onSelect: () => onExport('markdown') },
        ]}
      />
      <IconButton id="qy-delete" icon={ICON_TRASH} label={t('readerDelete')} disabled={busy} onClick={onDelete} />
    </>
  );
}

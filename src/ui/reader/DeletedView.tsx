// A saved article deleted from its reader tab: the page says so and offers to undo (the snapshot
// lives as long as the tab) or to go to the library.

import { Icon } from '../components/Icon';
import { ICON_UNDO } from '../components/page-icons';
import { StateView } from '../components/StateView';
import { t } from '../i18n';
import { ICON_BOOKS, ICON_TRASH } from '../library/icons';

interface DeletedViewProps {
  title: string;
  onUndo(): void;
  busy: boolean;
}

export function DeletedView({ title, onUndo, busy }: DeletedViewProps) {
  return (
    <StateView
      icon={ICON_TRASH}
      title={t('readerDeletedTitle')}
      text={t('readerDeletedText', title)}
      actions={
        <>
          <button type="button" id="qy-undo-delete" class="qy-button" disabled={busy} onClick={onUndo}>
            <Icon path={ICON_UNDO} size={18} />
            <span>{t('libraryUndo')}</span>
          </button>
          <a id="qy-open-library" class="qy-button" href="library.html">
            <Icon path={ICON_BOOKS} size={18} />
            <span>{t('openLibrary')}</span>
          </a>
        </>
      }
    />
  );
}

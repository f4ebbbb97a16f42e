// The library before the first save: what it is for and the three ways to save (the toolbar
// button, the context menu, the keyboard shortcut as the user has set it), or restore a backup.

import { Icon } from '../components/Icon';
import { ICON_UPLOAD } from '../components/page-icons';
import { t } from '../i18n';
import { ICON_BOOKS } from './icons';

interface EmptyLibraryProps {
  /** The save command's current shortcut ('' when none is set or the command does not exist). */
  saveShortcut: string;
  onImport(): void;
}

export function EmptyLibrary({ saveShortcut, onImport }: EmptyLibraryProps) {
  return (
    <section id="qy-lib-empty" class="qy-lib-empty" aria-labelledby="qy-lib-empty-title">
      <div class="qy-lib-empty-icon">
        <Icon path={ICON_BOOKS} size={30} />
      </div>
      <h2 id="qy-lib-empty-title" class="qy-lib-empty-title">
        {t('libraryEmptyTitle')}
      </h2>
      <p class="qy-lib-empty-text">{t('libraryEmptyText')}</p>
      <ol class="qy-lib-empty-steps">
        <li>{t('libraryEmptyToolbar')}</li>
        <li>{t('libraryEmptyMenu', [t('menuSavePage'), t('menuSaveLink')])}</li>
        {saveShortcut && (
          <li>
            {t('libraryEmptyShortcut')}{' '}
            <span class="qy-lib-keys">
              {saveShortcut.split('+').map((key, i) => (
                <span key={i}>
                  {i > 0 && '+'}
                  <kbd>{key}</kbd>
                </span>
              ))}
            </span>
          </li>
        )}
      </ol>
      <div class="qy-lib-empty-actions">
        <button type="button" id="qy-lib-empty-import" class="qy-button" onClick={onImport}>
          <Icon path={ICON_UPLOAD} size={18} />
          <span>{t('libraryImportBackup')}</span>
        </button>
      </div>
    </section>
  );
}

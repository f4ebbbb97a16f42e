// The popup's slim toolbar. Actions on the right, in the order readers reach for them; the save
// button of the offline library (issue #4) goes before "open in a tab".

import type { ComponentChildren } from 'preact';
import { ICON_BOOKS, ICON_EXTERNAL, ICON_SETTINGS, ICON_TYPE, Icon } from '../components/Icon';
import { IconButton } from '../components/IconButton';
import { t } from '../i18n';

interface PopupToolbarProps {
  hasArticle: boolean;
  appearanceOpen: boolean;
  onToggleAppearance: () => void;
  /** The pointer or focus reached the appearance button: a good moment to load its panel. */
  onPrepareAppearance?: () => void;
  onOpenInTab: () => void;
  onOpenOptions: () => void;
  /** Extra actions placed before "open in a tab" (issue #4: save offline). */
  extraActions?: ComponentChildren;
}

export function PopupToolbar({ hasArticle, appearanceOpen, onToggleAppearance, onPrepareAppearance, onOpenInTab, onOpenOptions, extraActions }: PopupToolbarProps) {
  return (
    <header class="qy-toolbar">
      <div class="qy-brand">
        <img src="icons/icon.svg" width="20" height="20" alt="" />
        <span>{t('brandName')}</span>
      </div>
      <div class="qy-toolbar-actions">
        {hasArticle && (
          <IconButton
            id="qy-appearance"
            icon={ICON_TYPE}
            label={t('toolbarAppearance')}
            expanded={appearanceOpen}
            controls="qy-appearance-panel"
            onClick={onToggleAppearance}
            onPrepare={onPrepareAppearance}
          />
        )}
        {hasArticle && extraActions}
        {hasArticle && (
          <IconButton id="qy-open-tab" icon={ICON_EXTERNAL} label={t('toolbarOpenInTabLong')} onClick={onOpenInTab}>
            {t('toolbarOpenInTab')}
          </IconButton>
        )}
        <a id="qy-open-library" class="qy-icon-button" href="library.html" target="_blank" rel="noopener" title={t('openLibrary')} aria-label={t('openLibrary')}>
          <Icon path={ICON_BOOKS} />
        </a>
        <IconButton id="qy-open-options" icon={ICON_SETTINGS} label={t('toolbarOptions')} onClick={onOpenOptions} />
      </div>
    </header>
  );
}

// The reader tab's slim sticky toolbar with the reading progress bar along its bottom edge.
// Room is left before the appearance button for issue #4's "save offline".

import type { ComponentChildren } from 'preact';
import type { Article } from '../../core/article';
import { ICON_EXTERNAL, ICON_TYPE, Icon } from '../components/Icon';
import { ICON_KEYBOARD, ICON_TOC } from '../components/page-icons';
import { IconButton } from '../components/IconButton';
import { t } from '../i18n';

interface ReaderToolbarProps {
  article: Article | null;
  progress: number;
  showTitle: boolean;
  tocOpen: boolean;
  settingsOpen: boolean;
  helpOpen: boolean;
  onToggleToc: () => void;
  onToggleSettings: () => void;
  onToggleHelp: () => void;
  extraActions?: ComponentChildren;
}

export function ReaderToolbar(props: ReaderToolbarProps) {
  const { article } = props;
  const hasToc = Boolean(article && article.toc.length >= 2);
  const original = article && /^https?:\/\//i.test(article.url) ? article.url : null;
  return (
    <header class="qy-readerbar" id="qy-toolbar">
      <div class="qy-readerbar-start">
        {hasToc && (
          <IconButton id="qy-toc-toggle" icon={ICON_TOC} label={t('readerToggleToc')} expanded={props.tocOpen} controls="qy-toc-panel" onClick={props.onToggleToc} />
        )}
        <div class="qy-brand">
          <img src="icons/icon.svg" width="20" height="20" alt="" />
          <span>{t('brandName')}</span>
        </div>
        {article && (
          <p class={`qy-readerbar-title${props.showTitle ? ' is-visible' : ''}`} aria-hidden={!props.showTitle}>
            {article.title}
          </p>
        )}
      </div>
      <div class="qy-readerbar-end">
        {article && props.extraActions}
        {article && (
          <IconButton id="qy-appearance" icon={ICON_TYPE} label={t('toolbarAppearance')} expanded={props.settingsOpen} controls="qy-settings-panel" onClick={props.onToggleSettings} />
        )}
        <IconButton id="qy-help" icon={ICON_KEYBOARD} label={t('readerShortcutsButton')} expanded={props.helpOpen} controls="qy-help-panel" onClick={props.onToggleHelp} />
        {original && (
          <a id="qy-original" class="qy-button qy-button--ghost" href={original} target="_blank" rel="noopener noreferrer" title={t('readerOriginalLong')}>
            <Icon path={ICON_EXTERNAL} size={18} />
            <span>{t('readerOriginal')}</span>
          </a>
        )}
      </div>
      <div class="qy-progress" aria-hidden="true" style={{ '--qy-progress': String(props.progress) }} />
    </header>
  );
}

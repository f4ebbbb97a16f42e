// "Save offline" in the popup and reader toolbars (issue #4). One button that tells the state:
//   idle     离线保存 / Save offline            → saves (asking for image hosts in the click)
//   saving   保存中 3/12 with a progress bar     → shows the details
//   saved    ✓ 已保存 / Saved                     → details: open library · save again (update)
//   partial  ! 缺 2 张图 / 2 missing             → details: the missing images, retry (allow hosts)
//   failed   ! 未保存 / Not saved                 → details: why, what to do, retry
// A save this page started that ends partial or failed opens its details by itself. The details
// panel (SaveStatus) is loaded on demand: the popup's first paint carries only this button.
//
// Stable hooks for browser tests: #qy-save[data-state] (unknown | idle | saving | saved | partial |
// failed), #qy-save-panel, #qy-save-retry, #qy-save-again, #qy-save-open-library.

import { useCallback, useEffect, useState } from 'preact/hooks';
import type { Article } from '../../core/article';
import type { Connector } from '../connect/types';
import { useLazy } from '../hooks/useLazy';
import { useSaveJob } from '../hooks/useSaveJob';
import type { SaveView } from '../hooks/useSaveJob';
import { t } from '../i18n';
import { Icon } from './Icon';
import '../styles/save.css';

const ICON_SAVE = 'M12 4v10M7.5 9.5 12 14l4.5-4.5M5 15v3.5A1.5 1.5 0 0 0 6.5 20h11a1.5 1.5 0 0 0 1.5-1.5V15';
const ICON_SAVED = 'M5 12.5 10 17.5 19.5 7';
const ICON_ATTENTION = 'M12 21a9 9 0 1 0 0-18 9 9 0 0 0 0 18zM12 7.5v5.5M12 16.5h.01';

const loadStatus = () => import('./SaveStatus');

interface SaveButtonProps {
  connector: Connector;
  article: Article;
  /** The tab the article was read from (its toolbar badge shows the progress too). */
  tabId?: number;
  /** In the popup, opening the library closes the popup. */
  inPopup?: boolean;
}

function label(view: SaveView): string {
  switch (view.kind) {
    case 'saving':
      return view.phase === 'images' && view.total > 0 ? t('saveSavingImages', [view.done, view.total]) : t('saveSavingLabel');
    case 'saved':
      return t('saveSavedLabel');
    case 'partial':
      return t('savePartialLabel', view.missing.length);
    case 'failed':
      return t('saveFailedLabel');
    default:
      return t('saveButton');
  }
}

function icon(view: SaveView): string {
  if (view.kind === 'saved') return ICON_SAVED;
  if (view.kind === 'partial' || view.kind === 'failed') return ICON_ATTENTION;
  return ICON_SAVE;
}

export function SaveButton({ connector, article, tabId, inPopup = false }: SaveButtonProps) {
  const controls = useSaveJob(connector, article, tabId);
  const { view, finishedHere } = controls;
  const [open, setOpen] = useState(false);
  const [status, prepareStatus] = useLazy(loadStatus, open);
  const close = useCallback(() => setOpen(false), []);

  useEffect(() => {
    const result = finishedHere?.result;
    if (result && result.status !== 'saved') setOpen(true);
  }, [finishedHere]);

  const acts = view.kind === 'idle' || view.kind === 'unknown';
  const onClick = () => {
    if (acts) controls.save();
    else setOpen((was) => !was);
  };
  const openLibrary = () => {
    void connector.openLibrary().then(() => inPopup && connector.closeWindow());
  };
  const progress = view.kind === 'saving' && view.total > 0 ? view.done / view.total : null;

  return (
    <div class="qy-save">
      <button
        type="button"
        id="qy-save"
        class={`qy-button qy-button--ghost qy-save-button qy-save-button--${view.kind}`}
        data-state={view.kind}
        title={view.kind === 'idle' || view.kind === 'unknown' ? t('saveButtonTitle') : view.kind === 'saved' ? t('saveSavedTitle') : label(view)}
        aria-expanded={acts ? undefined : open}
        aria-controls={acts ? undefined : 'qy-save-panel'}
        aria-busy={view.kind === 'saving' || undefined}
        onClick={onClick}
        onPointerEnter={acts ? undefined : prepareStatus}
        onFocus={acts ? undefined : prepareStatus}
      >
        <Icon path={icon(view)} size={18} />
        <span>{label(view)}</span>
        {view.kind === 'saving' && (
          <span
            class="qy-save-meter"
            role="progressbar"
            aria-label={t('saveProgressLabel')}
            aria-valuemin={0}
            aria-valuemax={view.total || undefined}
            aria-valuenow={view.total ? view.done : undefined}
          >
            <span class={progress === null ? 'is-indeterminate' : ''} style={progress === null ? undefined : { width: `${Math.round(progress * 100)}%` }} />
          </span>
        )}
      </button>
      {open && status && !acts && (
        <status.SaveStatus view={view} onRetry={controls.retry} onSaveAgain={controls.save} onOpenLibrary={openLibrary} onClose={close} />
      )}
    </div>
  );
}

// "Deleted “title” · Undo" at the bottom of the page. Undo is a button (reachable with Tab) and a
// shortcut (Ctrl+Z / ⌘Z, handled by the page); the clock stops while the pointer or the focus is
// on the toast (undo.ts).

import { Icon } from '../components/Icon';
import { ICON_CLOSE, ICON_UNDO } from '../components/page-icons';
import { t } from '../i18n';
import type { UndoOffer } from './undo';

interface UndoToastProps {
  offer: UndoOffer | null;
  onUndo(): void;
  onDismiss(): void;
  onHold(): void;
  onRelease(): void;
}

export const isMac = () => /Mac|iPhone|iPad/.test(globalThis.navigator?.platform ?? '');

export function UndoToast({ offer, onUndo, onDismiss, onHold, onRelease }: UndoToastProps) {
  // The live region stays in the page so the announcement is read when the text arrives.
  return (
    <div class="qy-lib-toast-region" role="status" aria-live="polite">
      {offer && (
        <div
          class="qy-lib-toast"
          id="qy-lib-undo-toast"
          onPointerEnter={onHold}
          onPointerLeave={onRelease}
          onFocusIn={onHold}
          onFocusOut={(event) => {
            if (!(event.currentTarget as HTMLElement).contains(event.relatedTarget as Node | null)) onRelease();
          }}
          onKeyDown={(event) => {
            if (event.key === 'Escape') {
              event.preventDefault();
              onDismiss();
            }
          }}
        >
          <span class="qy-lib-toast-text">{t('libraryDeleted', offer.title)}</span>
          <button type="button" id="qy-lib-undo" class="qy-lib-toast-button" aria-keyshortcuts={isMac() ? 'Meta+Z' : 'Control+Z'} onClick={onUndo}>
            <Icon path={ICON_UNDO} size={16} />
            <span>{t('libraryUndo')}</span>
            <kbd>{isMac() ? '⌘Z' : 'Ctrl+Z'}</kbd>
          </button>
          <button type="button" class="qy-lib-toast-close" aria-label={t('libraryDismiss')} title={t('libraryDismiss')} onClick={onDismiss}>
            <Icon path={ICON_CLOSE} size={16} />
          </button>
        </div>
      )}
    </div>
  );
}

// Search over titles and full texts. Typing filters after a short pause (useDebounced); Enter
// searches at once; Escape clears, then leaves the box; ↓ moves to the first result. The texts are
// loaded when the box gets focus, so the first keystroke does not wait for them.

import type { Ref } from 'preact';
import { Icon } from '../components/Icon';
import { ICON_CLOSE } from '../components/page-icons';
import { t } from '../i18n';
import { ICON_MAGNIFIER } from './icons';
import { MAX_QUERY } from './paging';

interface SearchBoxProps {
  value: string;
  onInput(value: string): void;
  /** Search now (Enter), without waiting for the pause. */
  onSubmit(): void;
  onFocus(): void;
  onDown(): void;
  /** "12 results" for screen readers, announced politely. */
  resultsId?: string;
  inputRef: Ref<HTMLInputElement>;
}

export function SearchBox({ value, onInput, onSubmit, onFocus, onDown, resultsId, inputRef }: SearchBoxProps) {
  return (
    <div class="qy-lib-search" role="search">
      <Icon path={ICON_MAGNIFIER} size={18} />
      <input
        ref={inputRef}
        id="qy-lib-search"
        type="search"
        class="qy-lib-search-input"
        value={value}
        maxLength={MAX_QUERY}
        placeholder={t('librarySearchPlaceholder')}
        aria-label={t('librarySearchLabel')}
        aria-describedby={resultsId}
        aria-keyshortcuts="/"
        autocomplete="off"
        spellcheck={false}
        onFocus={onFocus}
        onInput={(event) => onInput((event.currentTarget as HTMLInputElement).value)}
        onKeyDown={(event) => {
          if (event.key === 'Enter') {
            event.preventDefault();
            onSubmit();
          } else if (event.key === 'Escape') {
            event.preventDefault();
            if (value) onInput('');
            else (event.currentTarget as HTMLInputElement).blur();
          } else if (event.key === 'ArrowDown') {
            event.preventDefault();
            onDown();
          }
        }}
      />
      {value ? (
        <button type="button" id="qy-lib-search-clear" class="qy-icon-button qy-lib-search-clear" aria-label={t('librarySearchClear')} title={t('librarySearchClear')} onClick={() => onInput('')}>
          <Icon path={ICON_CLOSE} size={16} />
        </button>
      ) : (
        <kbd class="qy-lib-search-key" aria-hidden="true">
          /
        </kbd>
      )}
    </div>
  );
}

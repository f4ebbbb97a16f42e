// The page's own shortcuts: `/` focuses the search box; Ctrl+Z (⌘Z on a Mac) undoes the last
// delete while the toast offers it. Neither fires while the user types in a field.

import { useEffect } from 'preact/hooks';

export function isTyping(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  if (!el || typeof el.closest !== 'function') return false;
  return Boolean(el.closest('input, textarea, select, [contenteditable=""], [contenteditable="true"]'));
}

interface LibraryKeys {
  focusSearch(): void;
  /** Returns false when there is nothing to undo (the browser's own Ctrl+Z then applies). */
  undo(): boolean;
}

export function useLibraryKeys({ focusSearch, undo }: LibraryKeys): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || isTyping(event.target)) return;
      if (event.key === '/' && !event.ctrlKey && !event.metaKey && !event.altKey) {
        event.preventDefault();
        focusSearch();
      } else if ((event.key === 'z' || event.key === 'Z') && (event.ctrlKey || event.metaKey) && !event.shiftKey && !event.altKey) {
        if (undo()) event.preventDefault();
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [focusSearch, undo]);
}

// Keyboard shortcuts of the reader tab (listed in its help panel):
//   t  contents   s  appearance   + / -  text size   ?  this help   Esc  close panels
// Ignored while typing or when a modifier is held, so browser shortcuts keep working.

import { useEffect } from 'preact/hooks';

export type ReaderCommand = 'toggle-toc' | 'toggle-settings' | 'toggle-help' | 'bigger' | 'smaller' | 'close';

export function commandForKey(event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey'>): ReaderCommand | null {
  if (event.key === 'Escape') return 'close';
  if (event.ctrlKey || event.metaKey || event.altKey) return null;
  switch (event.key) {
    case 't':
    case 'T':
      return 'toggle-toc';
    case 's':
    case 'S':
      return 'toggle-settings';
    case '?':
      return 'toggle-help';
    case '+':
    case '=':
      return 'bigger';
    case '-':
    case '_':
      return 'smaller';
    default:
      return null;
  }
}

function isTyping(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  if (!el || typeof el.closest !== 'function') return false;
  return Boolean(el.closest('input, textarea, select, [contenteditable=""], [contenteditable="true"]'));
}

export function useReaderKeys(run: (command: ReaderCommand) => boolean): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.isComposing || isTyping(event.target)) return;
      const command = commandForKey(event);
      if (command && run(command)) event.preventDefault();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [run]);
}

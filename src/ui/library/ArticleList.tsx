// The page of rows. Keyboard: ↑/↓ move between titles (Home/End: first/last), Enter opens (it is
// a link), Delete removes the focused article (Undo follows). Tab still walks every control.

import type { ComponentChildren } from 'preact';
import { useRef } from 'preact/hooks';

interface ArticleListProps {
  label: string;
  busy: boolean;
  onDeleteKey(id: string): void;
  /** ↑ on the first title: back to the search box. */
  onLeaveTop(): void;
  children: ComponentChildren;
}

export function rowLinks(root: ParentNode | null | undefined): HTMLAnchorElement[] {
  return Array.from(root?.querySelectorAll<HTMLAnchorElement>('a[data-row-link]') ?? []);
}

export function ArticleList({ label, busy, onDeleteKey, onLeaveTop, children }: ArticleListProps) {
  const list = useRef<HTMLUListElement>(null);

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const links = rowLinks(list.current);
    const active = document.activeElement;
    const row = (active as HTMLElement | null)?.closest<HTMLElement>('.qy-lib-row');
    const at = links.findIndex((link) => link.closest('.qy-lib-row') === row);
    if (at < 0) return;
    // Inside a row's menu, the menu owns the arrow keys.
    if ((active as HTMLElement).closest('[role="menu"]')) return;
    let next: number | null = null;
    switch (event.key) {
      case 'ArrowDown':
        next = Math.min(links.length - 1, at + 1);
        break;
      case 'ArrowUp':
        if (at === 0) {
          event.preventDefault();
          onLeaveTop();
          return;
        }
        next = at - 1;
        break;
      case 'Home':
        next = 0;
        break;
      case 'End':
        next = links.length - 1;
        break;
      case 'Delete':
        event.preventDefault();
        onDeleteKey(row!.dataset.id!);
        return;
      default:
        return;
    }
    event.preventDefault();
    links[next]?.focus();
    links[next]?.scrollIntoView({ block: 'nearest' });
  };

  return (
    <ul ref={list} id="qy-lib-list" class="qy-lib-list" aria-label={label} aria-busy={busy || undefined} onKeyDown={onKeyDown}>
      {children}
    </ul>
  );
}

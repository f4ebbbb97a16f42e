// Links to the article's headings. Navigation scrolls the heading into view inside whatever
// scrolls (the popup's pane or the reader's page) and moves focus there, without touching the URL:
// the reader's back button should leave the reader, not walk through headings.

import { useEffect, useRef } from 'preact/hooks';
import type { TocEntry } from '../../core/article';

export function scrollToHeading(id: string, doc: Document = document): boolean {
  const target = doc.getElementById(id);
  if (!target || !doc.getElementById('qy-content')?.contains(target)) return false;
  const reduce = doc.defaultView?.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
  target.scrollIntoView({ block: 'start', behavior: reduce ? 'auto' : 'smooth' });
  if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
  target.focus({ preventScroll: true });
  return true;
}

interface TocListProps {
  toc: TocEntry[];
  /** Called after a link was followed (the reader closes its overlay panel). */
  onNavigate?: (id: string) => void;
  activeId?: string | null;
}

export function TocList({ toc, onNavigate, activeId }: TocListProps) {
  const minLevel = Math.min(...toc.map((entry) => entry.level));
  const list = useRef<HTMLOListElement>(null);
  // Keep the current section visible in a long contents panel as the reader scrolls.
  useEffect(() => {
    list.current?.querySelector('[aria-current]')?.scrollIntoView({ block: 'nearest' });
  }, [activeId]);
  return (
    <ol class="qy-toc-list" ref={list}>
      {toc.map((entry) => (
        <li key={entry.id} class="qy-toc-item" data-depth={Math.min(2, entry.level - minLevel)}>
          <a
            href={`#${entry.id}`}
            aria-current={activeId === entry.id ? 'location' : undefined}
            onClick={(event) => {
              if (scrollToHeading(entry.id)) {
                event.preventDefault();
                onNavigate?.(entry.id);
              }
            }}
          >
            {entry.text}
          </a>
        </li>
      ))}
    </ol>
  );
}

// How far the reader has read (0..1, for the progress bar), whether the title has scrolled out of
// view (the toolbar then shows it) and which heading is current (highlighted in the contents).
// One passive scroll listener, throttled to animation frames.

import { useEffect, useState } from 'preact/hooks';
import type { TocEntry } from '../../core/article';

export interface ReadingPosition {
  progress: number;
  pastTitle: boolean;
  currentHeading: string | null;
}

export function useReadingPosition(toc: TocEntry[] | null): ReadingPosition {
  const [position, setPosition] = useState<ReadingPosition>({ progress: 0, pastTitle: false, currentHeading: null });
  useEffect(() => {
    if (!toc) return;
    let frame = 0;
    const measure = () => {
      frame = 0;
      const root = document.documentElement;
      const max = root.scrollHeight - root.clientHeight;
      const progress = max > 0 ? Math.min(1, Math.max(0, root.scrollTop / max)) : 1;
      const title = document.getElementById('qy-title');
      const pastTitle = title ? title.getBoundingClientRect().bottom < 56 : false;
      let currentHeading: string | null = null;
      const line = root.clientHeight * 0.3;
      for (const entry of toc) {
        const heading = document.getElementById(entry.id);
        if (!heading) continue;
        if (heading.getBoundingClientRect().top <= line) currentHeading = entry.id;
        else break;
      }
      setPosition((old) =>
        Math.abs(old.progress - progress) < 0.001 && old.pastTitle === pastTitle && old.currentHeading === currentHeading ? old : { progress, pastTitle, currentHeading },
      );
    };
    const schedule = () => {
      if (!frame) frame = requestAnimationFrame(measure);
    };
    measure();
    addEventListener('scroll', schedule, { passive: true });
    addEventListener('resize', schedule, { passive: true });
    return () => {
      removeEventListener('scroll', schedule);
      removeEventListener('resize', schedule);
      if (frame) cancelAnimationFrame(frame);
    };
  }, [toc]);
  return position;
}

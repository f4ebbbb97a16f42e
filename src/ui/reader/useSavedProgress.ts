// A saved article remembers where the reader left off: on open the page scrolls back there (once
// the stored pictures have decoded, so the height is right; not when the reader has already
// scrolled somewhere else by then), and while reading the position is written to the library when
// the scrolling pauses (and at least every few seconds during a long scroll), and once more when
// the tab is hidden or closed (best effort: a closing page's write may not finish, which is why
// the pause matters).

import { useCallback, useEffect, useRef } from 'preact/hooks';
import type { SavedArticle } from './saved-source';

/** The position is written once the reader has stopped scrolling for this long… */
export const PROGRESS_IDLE_MS = 400;
/** …and at least this often while they keep scrolling. */
export const PROGRESS_MAX_WAIT_MS = 2000;
/** Positions this close to the top or the end open at the top (a finished article is re-read from the start). */
const RESTORE_FROM = 0.02;
const RESTORE_UNTIL = 0.98;
/** Do not wait longer than this for pictures before scrolling back. */
const IMAGE_WAIT_MS = 1000;

/** Wait until the article's stored pictures have their size (blob: images decode in milliseconds). */
async function picturesDecoded(root: ParentNode): Promise<void> {
  const images = Array.from(root.querySelectorAll<HTMLImageElement>('#qy-content img, .qy-lead-image img'));
  const decoding = Promise.all(images.map((img) => (img.complete ? Promise.resolve() : img.decode().catch(() => undefined))));
  await Promise.race([decoding, new Promise((resolve) => setTimeout(resolve, IMAGE_WAIT_MS))]);
}

export function scrollToProgress(progress: number, root: HTMLElement = document.documentElement): void {
  const max = root.scrollHeight - root.clientHeight;
  if (max > 0) window.scrollTo({ top: Math.round(progress * max), behavior: 'instant' as ScrollBehavior });
}

/** Returns flush(): write the position now (before the reader reloads the article). */
export function useSavedProgress(saved: SavedArticle | null, progress: number): () => void {
  const restored = useRef<string | null>(null);
  const written = useRef(0);
  const latest = useRef(progress);
  const idle = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const longest = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  latest.current = progress;

  const write = () => {
    clearTimeout(idle.current);
    clearTimeout(longest.current);
    idle.current = longest.current = undefined;
    if (!saved || restored.current !== saved.id) return;
    const value = Math.round(latest.current * 1000) / 1000;
    if (Math.abs(value - written.current) < 0.005) return;
    written.current = value;
    saved.setReadingProgress(value).catch((error: unknown) => console.warn('[qingyue] cannot save the reading position', error));
  };
  const writeRef = useRef(write);
  writeRef.current = write;
  /** Write once the scrolling pauses, and at least every PROGRESS_MAX_WAIT_MS. */
  const scheduleWrite = () => {
    clearTimeout(idle.current);
    idle.current = setTimeout(() => writeRef.current(), PROGRESS_IDLE_MS);
    longest.current ??= setTimeout(() => writeRef.current(), PROGRESS_MAX_WAIT_MS);
  };
  const scheduleRef = useRef(scheduleWrite);
  scheduleRef.current = scheduleWrite;

  // Open where the reader left off (again after a reload: a new `saved` object).
  useEffect(() => {
    if (!saved) return;
    let live = true;
    written.current = saved.readingProgress;
    const target = saved.readingProgress;
    if (target <= RESTORE_FROM || target >= RESTORE_UNTIL) {
      restored.current = saved.id;
      return;
    }
    const startTop = window.scrollY;
    void picturesDecoded(document).then(() => {
      if (!live) return;
      requestAnimationFrame(() => {
        restored.current = saved.id;
        // A reader who scrolled while the pictures decoded has chosen where to read: no jump back
        // to the old position, and theirs is the one to remember.
        if (Math.abs(window.scrollY - startTop) <= 1) scrollToProgress(target);
        else scheduleRef.current();
      });
    });
    return () => {
      live = false;
    };
  }, [saved]);

  // Remember the position while reading.
  useEffect(() => {
    if (!saved || restored.current !== saved.id) return;
    if (Math.abs(progress - written.current) < 0.005) return;
    scheduleWrite();
  }, [progress, saved]);

  // …and when the tab goes away.
  useEffect(() => {
    const flush = () => {
      if (document.visibilityState === 'hidden') writeRef.current();
    };
    const onHide = () => writeRef.current();
    document.addEventListener('visibilitychange', flush);
    addEventListener('pagehide', onHide);
    return () => {
      document.removeEventListener('visibilitychange', flush);
      removeEventListener('pagehide', onHide);
      writeRef.current();
    };
  }, []);

  return useCallback(() => writeRef.current(), []);
}

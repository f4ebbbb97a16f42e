// @vitest-environment jsdom
// The reading position of a saved article: restored on open, unless the reader has already
// scrolled elsewhere by the time the pictures have decoded (then theirs is kept and remembered).
// jsdom has no layout: the page's height and scroll position are stubbed.

import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { SavedArticle } from '../../../src/ui/reader/saved-source';
import { PROGRESS_IDLE_MS, useSavedProgress } from '../../../src/ui/reader/useSavedProgress';

const PAGE_HEIGHT = 3000;
const VIEWPORT = 1000;
let top = 0;
let container: HTMLElement;

function Probe({ saved, progress }: { saved: SavedArticle; progress: number }) {
  useSavedProgress(saved, progress);
  return null;
}

function savedAt(readingProgress: number) {
  const setReadingProgress = vi.fn(async (_progress: number) => {});
  return { saved: { id: 'entry-1', readingProgress, setReadingProgress } as unknown as SavedArticle, setReadingProgress };
}

const show = (saved: SavedArticle, progress: number) => act(() => render(<Probe saved={saved} progress={progress} />, container));
const pause = (ms: number) => act(() => new Promise((resolve) => setTimeout(resolve, ms)));

beforeEach(() => {
  top = 0;
  container = document.createElement('div');
  document.body.append(container);
  Object.defineProperty(document.documentElement, 'scrollHeight', { configurable: true, get: () => PAGE_HEIGHT });
  Object.defineProperty(document.documentElement, 'clientHeight', { configurable: true, get: () => VIEWPORT });
  Object.defineProperty(window, 'scrollY', { configurable: true, get: () => top });
  vi.spyOn(window, 'scrollTo').mockImplementation(((options: ScrollToOptions) => void (top = options.top ?? top)) as typeof window.scrollTo);
  vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => setTimeout(() => callback(0), 0));
});
afterEach(() => {
  act(() => render(null, container));
  container.remove();
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

describe('saved reading position', () => {
  it('opens where the reader left off', async () => {
    const { saved } = savedAt(0.45);
    await show(saved, 0);
    await pause(50);
    expect(window.scrollTo).toHaveBeenCalledTimes(1);
    expect(top).toBe(0.45 * (PAGE_HEIGHT - VIEWPORT));
  });

  it('does not pull back a reader who scrolled before the position was restored, and remembers where they are', async () => {
    const { saved, setReadingProgress } = savedAt(0.45);
    await show(saved, 0);
    // The reader scrolls at once, before the pictures have decoded and the restore runs.
    top = 1200;
    await show(saved, 0.6);
    await pause(50);
    expect(window.scrollTo).not.toHaveBeenCalled();
    expect(top).toBe(1200);
    await pause(PROGRESS_IDLE_MS + 100);
    expect(setReadingProgress).toHaveBeenCalledWith(0.6);
  });
});

// Rendering helpers for the page tests (jsdom): a container, a way to wait for what the user
// would eventually see, and the browser features jsdom lacks.

import { render } from 'preact';
import type { VNode } from 'preact';
import { act } from 'preact/test-utils';

export function installBrowserStubs(): void {
  window.matchMedia ??= ((query: string) => ({ matches: false, media: query, addEventListener() {}, removeEventListener() {} }) as unknown as MediaQueryList);
  Element.prototype.scrollIntoView ??= function scrollIntoView() {};
}

export function mount(vnode: VNode): HTMLElement {
  const container = document.createElement('div');
  document.body.append(container);
  act(() => render(vnode, container));
  return container;
}

export function unmount(container: HTMLElement): void {
  act(() => render(null, container));
  container.remove();
}

/** Resolves with fn()'s first truthy value, re-rendering between tries; fails after `timeout` ms. */
export async function waitFor<T>(fn: () => T | null | undefined | false, timeout = 3000): Promise<T> {
  const end = Date.now() + timeout;
  for (;;) {
    const value = fn();
    if (value) return value;
    if (Date.now() > end) throw new Error(`waitFor timed out: ${fn}`);
    await act(() => new Promise((resolve) => setTimeout(resolve, 20)));
  }
}

export async function click(el: Element | null): Promise<void> {
  if (!el) throw new Error('nothing to click');
  await act(() => (el as HTMLElement).click());
}

export async function key(k: string, target: EventTarget = document.body): Promise<void> {
  await act(() => void target.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true, cancelable: true })));
}

export const text = (root: ParentNode, selector: string) => root.querySelector(selector)?.textContent?.trim() ?? null;

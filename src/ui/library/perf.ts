// Marks on the page's performance timeline for the first-paint bench (bench/library-chromium.ts):
// 'qy-library-data' when the first page of rows has been read, 'qy-library-rows' when it is on
// screen. Cheap, once per page load, and absent where the timeline is (jsdom).

export function markOnce(name: 'qy-library-data' | 'qy-library-rows'): void {
  const timeline = globalThis.performance as Partial<Performance> | undefined;
  if (!timeline?.mark || !timeline.getEntriesByName || timeline.getEntriesByName(name).length) return;
  timeline.mark(name);
}

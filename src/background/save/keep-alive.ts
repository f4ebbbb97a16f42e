// Chrome stops an idle service worker after about 30 s; calling an extension API resets that
// timer (Chrome 110+). A save usually calls storage.session every few hundred milliseconds, but a
// slow image can keep the network busy for up to its 20 s timeout with nothing else happening,
// so while any save runs the worker makes a cheap call every KEEP_ALIVE_MS. Firefox's event page
// idles the same way and accepts the same call.
import { getBrowser } from '../../shared/browser';

export const KEEP_ALIVE_MS = 20_000;

let active = 0;
let timer: ReturnType<typeof setInterval> | undefined;

/** Resolves (never rejects) once `task` has settled; keeps the background alive meanwhile. */
export async function keepAliveWhile(task: Promise<unknown>): Promise<void> {
  if (active++ === 0) {
    timer = setInterval(() => void getBrowser().runtime.getPlatformInfo().catch(() => undefined), KEEP_ALIVE_MS);
  }
  try {
    await task;
  } catch {
    // The task reports its own failures.
  } finally {
    if (--active === 0) clearInterval(timer);
  }
}

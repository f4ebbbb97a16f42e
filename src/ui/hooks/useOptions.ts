// The settings a page shows, kept live: changes made here apply at once (optimistically) and are
// persisted shortly after, coalesced, because storage.sync allows only ~120 writes a minute and a
// reader may press + five times in a row; changes made elsewhere (another page, the options page,
// an import) arrive through onOptionsChanged. Every change is applied to <html> for the stylesheets.

import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { Options } from '../../storage/options-schema';
import type { Connector } from '../connect/types';
import { setUiLanguage } from '../i18n';
import { applyAppearance, cacheAppearance, pickAppearance } from '../lib/appearance';

const PERSIST_DELAY_MS = 250;

export interface OptionsHandle {
  options: Options;
  /** Apply now, persist soon. Resolves with the stored options; rejects when storing failed. */
  update: (patch: Partial<Options>) => Promise<Options>;
  /** update() for controls that show no save status (a failure is logged by the hook). */
  change: (patch: Partial<Options>) => void;
  /** Replace the shown options (after a reset or an import, which store by themselves). */
  replace: (options: Options) => void;
}

export function useOptions(connector: Connector, initial: Options): OptionsHandle {
  const [options, setOptions] = useState(initial);
  const [, setStringsVersion] = useState(0);
  const pending = useRef<Partial<Options>>({});
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const waiters = useRef<Array<{ resolve: (o: Options) => void; reject: (e: unknown) => void }>>([]);

  useEffect(() => {
    applyAppearance(document.documentElement, pickAppearance(options));
    cacheAppearance(pickAppearance(options));
  }, [options]);

  // A language switch needs its catalogue before the page re-renders in it.
  const language = options.uiLanguage;
  const firstLanguage = useRef(true);
  useEffect(() => {
    if (firstLanguage.current) {
      firstLanguage.current = false; // the page loaded it before the first render
      return;
    }
    let live = true;
    void setUiLanguage(language).then(() => live && setStringsVersion((v) => v + 1));
    return () => {
      live = false;
    };
  }, [language]);

  useEffect(
    () =>
      connector.onOptionsChanged((stored) => {
        // Keep the user's unsaved changes on top of what arrives from storage.
        setOptions({ ...stored, ...pending.current });
      }),
    [connector],
  );

  const flush = useCallback(async () => {
    timer.current = undefined;
    const patch = pending.current;
    const settle = waiters.current;
    pending.current = {};
    waiters.current = [];
    try {
      const stored = await connector.setOptions(patch);
      if (!Object.keys(pending.current).length) setOptions(stored);
      for (const w of settle) w.resolve(stored);
    } catch (error) {
      console.error('[qingyue] cannot save settings', error);
      for (const w of settle) w.reject(error);
    }
  }, [connector]);

  // Do not lose a change when the popup closes within the delay.
  useEffect(() => {
    const onHide = () => {
      if (timer.current !== undefined) {
        clearTimeout(timer.current);
        void flush();
      }
    };
    addEventListener('pagehide', onHide);
    document.addEventListener('visibilitychange', onHide);
    return () => {
      removeEventListener('pagehide', onHide);
      document.removeEventListener('visibilitychange', onHide);
    };
  }, [flush]);

  const update = useCallback(
    (patch: Partial<Options>) => {
      pending.current = { ...pending.current, ...patch };
      setOptions((current) => ({ ...current, ...patch }));
      if (timer.current !== undefined) clearTimeout(timer.current);
      timer.current = setTimeout(() => void flush(), PERSIST_DELAY_MS);
      return new Promise<Options>((resolve, reject) => waiters.current.push({ resolve, reject }));
    },
    [flush],
  );

  const replace = useCallback((next: Options) => {
    pending.current = {};
    setOptions(next);
  }, []);

  const change = useCallback((patch: Partial<Options>) => void update(patch).catch(() => undefined), [update]);

  return { options, update, change, replace };
}

// "Detection everywhere": when the user switches it on in the options and has granted the optional
// <all_urls> permission, the light detector is registered for every http(s) page with
// scripting.registerContentScripts (persisted across browser sessions); otherwise it is
// unregistered. The manifest already runs it on woshipm hosts, which are excluded here so no page
// runs it twice.
//
// sync() is idempotent and called from every event that can change the answer: install/update,
// browser start, the option changing, the permission being granted or removed.
import { getBrowser } from '../shared/browser';
import { ALL_URLS, DETECTOR_EVERYWHERE_ID, DETECTOR_SCRIPT_FILE, EVERYWHERE_MATCHES, WOSHIPM_MATCHES } from '../shared/constants';
import { getOptions, setOptions } from '../storage/options';

export const hasAllUrls = (): Promise<boolean> => getBrowser().permissions.contains({ origins: [ALL_URLS] });

let queue: Promise<unknown> = Promise.resolve();

/** Register or unregister the everywhere detector to match the option and the permission. */
export function syncDetectEverywhere(): Promise<'registered' | 'unregistered' | 'unchanged'> {
  const run = queue.then(syncNow, syncNow); // one at a time: two registrations of one id would throw
  queue = run.catch(() => {});
  return run;
}

async function syncNow(): Promise<'registered' | 'unregistered' | 'unchanged'> {
  const { scripting } = getBrowser();
  const wanted = (await getOptions()).detectEverywhere && (await hasAllUrls());
  const registered = (await scripting.getRegisteredContentScripts({ ids: [DETECTOR_EVERYWHERE_ID] })).length > 0;
  if (wanted && !registered) {
    await scripting.registerContentScripts([
      {
        id: DETECTOR_EVERYWHERE_ID,
        matches: [...EVERYWHERE_MATCHES],
        excludeMatches: [...WOSHIPM_MATCHES],
        js: [DETECTOR_SCRIPT_FILE],
        runAt: 'document_idle',
        allFrames: false,
        persistAcrossSessions: true,
      },
    ]);
    return 'registered';
  }
  if (!wanted && registered) {
    await scripting.unregisterContentScripts({ ids: [DETECTOR_EVERYWHERE_ID] });
    return 'unregistered';
  }
  return 'unchanged';
}

/**
 * permissions.onRemoved: the user took <all_urls> back (browser UI). Turn the option off so the
 * options page tells the truth, then unregister.
 */
export async function onPermissionsRemoved(): Promise<void> {
  if (!(await hasAllUrls()) && (await getOptions()).detectEverywhere) await setOptions({ detectEverywhere: false });
  await syncDetectEverywhere();
}

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
vi.mock('webextension-polyfill', () => ({ default: {} }));

import { onPermissionsRemoved, syncDetectEverywhere } from '../../../src/background/detect-everywhere';
import { setBrowserForTesting } from '../../../src/shared/browser';
import { DETECTOR_EVERYWHERE_ID } from '../../../src/shared/constants';
import { getOptions, setOptions } from '../../../src/storage/options';
import { createFakeBrowser, type FakeBrowser } from './fake-browser';

let f: FakeBrowser;
beforeEach(() => {
  f = createFakeBrowser();
  setBrowserForTesting(f.browser);
});
afterEach(() => setBrowserForTesting(null));

describe('detection everywhere', () => {
  it('stays unregistered by default', async () => {
    expect(await syncDetectEverywhere()).toBe('unchanged');
    expect(f.registered.size).toBe(0);
  });

  it('needs both the option and the <all_urls> permission', async () => {
    await setOptions({ detectEverywhere: true });
    expect(await syncDetectEverywhere()).toBe('unchanged');
    f.granted.add('<all_urls>');
    expect(await syncDetectEverywhere()).toBe('registered');
    expect(f.registered.get(DETECTOR_EVERYWHERE_ID)).toEqual({
      id: DETECTOR_EVERYWHERE_ID,
      matches: ['http://*/*', 'https://*/*'],
      excludeMatches: ['*://*.woshipm.com/*'],
      js: ['detector.js'],
      runAt: 'document_idle',
      allFrames: false,
      persistAcrossSessions: true,
    });
  });

  it('is idempotent under concurrent triggers (no duplicate-id error)', async () => {
    await setOptions({ detectEverywhere: true });
    f.granted.add('<all_urls>');
    const results = await Promise.all([syncDetectEverywhere(), syncDetectEverywhere(), syncDetectEverywhere()]);
    expect(results.sort()).toEqual(['registered', 'unchanged', 'unchanged']);
    expect(f.registered.size).toBe(1);
  });

  it('unregisters when the option goes off', async () => {
    await setOptions({ detectEverywhere: true });
    f.granted.add('<all_urls>');
    await syncDetectEverywhere();
    await setOptions({ detectEverywhere: false });
    expect(await syncDetectEverywhere()).toBe('unregistered');
    expect(f.registered.size).toBe(0);
  });

  it('turns the option off and unregisters when the permission is removed', async () => {
    await setOptions({ detectEverywhere: true });
    f.granted.add('<all_urls>');
    await syncDetectEverywhere();
    f.granted.delete('<all_urls>');
    await onPermissionsRemoved();
    expect(f.registered.size).toBe(0);
    expect((await getOptions()).detectEverywhere).toBe(false);
  });
});

// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { DEFAULT_OPTIONS } from '../../../src/storage/options-schema';
import { applyAppearance, cacheAppearance, cachedAppearance, pickAppearance } from '../../../src/ui/lib/appearance';

function memoryStorage(initial: Record<string, string> = {}) {
  const data = new Map(Object.entries(initial));
  return { getItem: (k: string) => data.get(k) ?? null, setItem: (k: string, v: string) => void data.set(k, v) };
}

describe('appearance', () => {
  it('puts the settings on <html> for the stylesheets', () => {
    const root = document.createElement('html');
    applyAppearance(root, { ...pickAppearance({ ...DEFAULT_OPTIONS }), theme: 'sepia', font: 'serif', fontSize: 20, lineHeight: 1.9, contentWidth: 40, keepLede: false });
    expect(root.dataset).toMatchObject({ theme: 'sepia', font: 'serif', lede: 'hide', credits: 'show' });
    expect(root.style.getPropertyValue('--qy-font-size')).toBe('20px');
    expect(root.style.getPropertyValue('--qy-line-height')).toBe('1.9');
    expect(root.style.getPropertyValue('--qy-measure')).toBe('40em');
  });

  it('remembers the last appearance for the next first paint', () => {
    const storage = memoryStorage();
    cacheAppearance({ ...pickAppearance({ ...DEFAULT_OPTIONS }), theme: 'dark' }, storage);
    expect(cachedAppearance(storage).theme).toBe('dark');
  });

  it('falls back to the defaults for a missing, corrupt or wrongly typed cache', () => {
    const defaults = pickAppearance({ ...DEFAULT_OPTIONS });
    expect(cachedAppearance(memoryStorage())).toEqual(defaults);
    expect(cachedAppearance(memoryStorage({ 'qingyue.appearance': '{not json' }))).toEqual(defaults);
    expect(cachedAppearance(memoryStorage({ 'qingyue.appearance': JSON.stringify({ theme: 42, fontSize: '30', keepLede: false, extra: 1 }) }))).toEqual({ ...defaults, keepLede: false });
    expect(cachedAppearance(undefined)).toEqual(defaults);
  });
});

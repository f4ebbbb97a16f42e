import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
vi.mock('webextension-polyfill', () => ({ default: {} }));

import { setBrowserForTesting } from '../../../src/shared/browser';
import {
  MIGRATIONS,
  OPTIONS_FILE_FORMAT,
  exportOptions,
  getOptions,
  importOptions,
  migrateOptions,
  normalizeOptions,
  parseOptionsFile,
  resetOptions,
  serializeOptions,
  setOptions,
  subscribe,
  type Migration,
} from '../../../src/storage/options';
import { DEFAULT_OPTIONS, OPTIONS_VERSION, type Options } from '../../../src/storage/options-schema';
import { createFakeBrowser, type FakeBrowser } from '../background/fake-browser';

let f: FakeBrowser;
beforeEach(() => {
  f = createFakeBrowser();
  setBrowserForTesting(f.browser);
});
afterEach(() => setBrowserForTesting(null));

const stored = () => f.areas.sync.data.get('options') as Options | undefined;

describe('normalizeOptions', () => {
  it('gives the typed defaults for nothing or garbage', () => {
    expect(normalizeOptions(undefined)).toEqual(DEFAULT_OPTIONS);
    expect(normalizeOptions('dark')).toEqual(DEFAULT_OPTIONS);
    expect(normalizeOptions([1, 2])).toEqual(DEFAULT_OPTIONS);
  });

  it('drops unknown keys and replaces wrong types with defaults', () => {
    const o = normalizeOptions({ version: 1, theme: 'purple', font: 'serif', keepLede: 'yes', autoOpen: true, tracking: 'x', __proto__x: 1 });
    expect(o).toEqual({ ...DEFAULT_OPTIONS, font: 'serif', autoOpen: true });
    expect(Object.keys(o).sort()).toEqual(Object.keys(DEFAULT_OPTIONS).sort());
  });

  it('clamps numbers into the UI range and snaps them to its step', () => {
    expect(normalizeOptions({ fontSize: 90, lineHeight: 0.2, contentWidth: 37.2 })).toMatchObject({ fontSize: 28, lineHeight: 1.4, contentWidth: 38 });
    expect(normalizeOptions({ fontSize: 16.4, lineHeight: 1.7000000000000002 })).toMatchObject({ fontSize: 16, lineHeight: 1.7 });
    expect(normalizeOptions({ fontSize: Number.NaN, lineHeight: Infinity })).toMatchObject({ fontSize: 18, lineHeight: 1.8 });
  });
});

describe('migrations', () => {
  it('are ordered and end at the current version', () => {
    const versions = MIGRATIONS.map((m) => m.to);
    expect(versions).toEqual([...versions].sort((a, b) => a - b));
    expect(versions.at(-1)).toBe(OPTIONS_VERSION);
  });

  it('adopt settings without a version (hand-written or copied) field by field', () => {
    expect(migrateOptions({ theme: 'sepia', fontSize: 20 })).toEqual({ theme: 'sepia', fontSize: 20, version: 1 });
    expect(migrateOptions({ version: 'one', theme: 'dark' })).toEqual({ theme: 'dark', version: 1 });
    expect(normalizeOptions({ version: 'one', theme: 'dark' })).toEqual({ ...DEFAULT_OPTIONS, theme: 'dark' });
  });

  it('run only the steps above the stored version, in order', () => {
    const seen: number[] = [];
    const steps: Migration[] = [
      { to: 3, migrate: (o) => (seen.push(3), { ...o, size: (o.size as number) * 2 }) },
      { to: 1, migrate: (o) => (seen.push(1), o) },
      { to: 2, migrate: ({ px, ...o }) => (seen.push(2), { ...o, size: px }) },
    ];
    expect(migrateOptions({ version: 1, px: 9 }, steps)).toEqual({ version: 3, size: 18 });
    expect(seen).toEqual([2, 3]);
    expect(migrateOptions({ version: 3, size: 5 }, steps)).toEqual({ version: 3, size: 5 });
  });

  it('keep what they understand from a newer version', () => {
    expect(normalizeOptions({ version: OPTIONS_VERSION + 5, theme: 'dark', futureThing: 1 })).toEqual({ ...DEFAULT_OPTIONS, theme: 'dark' });
  });
});

describe('storage', () => {
  it('reads defaults before anything is stored, without writing', async () => {
    expect(await getOptions()).toEqual(DEFAULT_OPTIONS);
    expect(stored()).toBeUndefined();
  });

  it('stores a validated patch in storage.sync under one key', async () => {
    const next = await setOptions({ theme: 'dark', fontSize: 99 });
    expect(next).toEqual({ ...DEFAULT_OPTIONS, theme: 'dark', fontSize: 28 });
    expect(stored()).toEqual(next);
    expect(await getOptions()).toEqual(next);
  });

  it('does not write when nothing changes (sync allows few writes a minute)', async () => {
    await setOptions({ theme: 'dark' });
    const set = vi.spyOn(f.raw.storage.sync, 'set');
    await setOptions({ theme: 'dark' });
    expect(set).not.toHaveBeenCalled();
  });

  it('migrates and repairs what an older version stored', async () => {
    await f.areas.sync.set({ options: { theme: 'light', fontSize: '20', removedSetting: true } });
    expect(await getOptions()).toEqual({ ...DEFAULT_OPTIONS, theme: 'light' });
  });

  it('resets to the defaults', async () => {
    await setOptions({ theme: 'dark', keepCredits: false });
    expect(await resetOptions()).toEqual(DEFAULT_OPTIONS);
    expect(stored()).toEqual(DEFAULT_OPTIONS);
  });

  it('notifies subscribers with normalised options until unsubscribed', async () => {
    const seen: Options[] = [];
    const stop = subscribe((o) => seen.push(o));
    await setOptions({ font: 'serif' });
    await f.areas.local.set({ options: { font: 'sans' } }); // another area: ignored
    stop();
    await setOptions({ font: 'sans' });
    expect(seen).toEqual([{ ...DEFAULT_OPTIONS, font: 'serif' }]);
  });
});

describe('export / import', () => {
  it('round-trips through a JSON file with a format marker and version', async () => {
    await setOptions({ theme: 'sepia', lineHeight: 2, keepLede: false });
    const text = await exportOptions();
    const file = JSON.parse(text);
    expect(file).toMatchObject({ format: OPTIONS_FILE_FORMAT, version: OPTIONS_VERSION, options: { theme: 'sepia', lineHeight: 2, keepLede: false } });
    expect(file.options.version).toBeUndefined();
    await resetOptions();
    expect(await importOptions(text)).toEqual({ ...DEFAULT_OPTIONS, theme: 'sepia', lineHeight: 2, keepLede: false });
    expect(stored()).toMatchObject({ theme: 'sepia' });
  });

  it('accepts a file with a byte-order mark and clamps out-of-range values', () => {
    const text = '\uFEFF' + JSON.stringify({ format: OPTIONS_FILE_FORMAT, version: 1, options: { fontSize: 60, theme: 'dark' } });
    expect(parseOptionsFile(text)).toEqual({ ...DEFAULT_OPTIONS, fontSize: 28, theme: 'dark' });
  });

  it.each([
    ['not JSON', 'font-size: 18px', 'NOT_JSON'],
    ['foreign JSON', JSON.stringify({ name: 'some other extension', theme: 'dark' }), 'FOREIGN_FILE'],
    ['foreign format', JSON.stringify({ format: 'darkreader-settings', version: 1, options: { theme: 'dark' } }), 'FOREIGN_FILE'],
    ['a newer version', JSON.stringify({ format: OPTIONS_FILE_FORMAT, version: OPTIONS_VERSION + 1, options: { theme: 'dark' } }), 'NEWER_VERSION'],
    ['no version', JSON.stringify({ format: OPTIONS_FILE_FORMAT, options: { theme: 'dark' } }), 'CORRUPT_FILE'],
    ['no options', JSON.stringify({ format: OPTIONS_FILE_FORMAT, version: 1 }), 'CORRUPT_FILE'],
    ['no known setting', JSON.stringify({ format: OPTIONS_FILE_FORMAT, version: 1, options: { colour: 'red' } }), 'CORRUPT_FILE'],
    ['huge', JSON.stringify({ format: OPTIONS_FILE_FORMAT, version: 1, options: { theme: 'dark' }, pad: 'x'.repeat(70_000) }), 'FOREIGN_FILE'],
  ])('refuses %s and changes nothing', async (_name, text, code) => {
    await setOptions({ theme: 'sepia' });
    await expect(importOptions(text)).rejects.toMatchObject({ name: 'OptionsImportError', code });
    expect(stored()).toMatchObject({ theme: 'sepia' });
  });

  it('writes human-readable files', () => {
    const text = serializeOptions(DEFAULT_OPTIONS, new Date('2026-01-02T03:04:05Z'));
    expect(text).toContain('\n  "format": "qingyue-options"');
    expect(JSON.parse(text).exportedAt).toBe('2026-01-02T03:04:05.000Z');
  });
});

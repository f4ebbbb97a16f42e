// Both locale files carry the same keys and placeholders, and every key the code asks for exists.
import { describe, expect, it } from 'vitest';
import { LOCALES, filesUnder, locale, read } from './helpers';

const zh = locale('zh_CN');
const en = locale('en');

/** i18n keys used literally in source: t('key') in the UI, getMessage('key') in the background. */
function usedKeys(): Map<string, string[]> {
  const used = new Map<string, string[]>();
  for (const file of filesUnder('src')) {
    const text = read(file);
    for (const m of text.matchAll(/(?:\bt|\bgetMessage)\(\s*['"]([A-Za-z0-9_@]+)['"]/g)) {
      used.set(m[1]!, [...(used.get(m[1]!) ?? []), file]);
    }
  }
  return used;
}

describe('locales', () => {
  it('have the same keys', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(zh).sort());
  });

  it('have a message for every key and the same placeholders in both languages', () => {
    for (const key of Object.keys(zh)) {
      expect(zh[key]!.message, `zh_CN ${key}`).toBeTruthy();
      expect(en[key]?.message, `en ${key}`).toBeTruthy();
      expect(Object.keys(en[key]?.placeholders ?? {}).sort(), key).toEqual(Object.keys(zh[key]!.placeholders ?? {}).sort());
    }
  });

  it('use only key names Chrome accepts', () => {
    for (const key of Object.keys(zh)) expect(key).toMatch(/^[A-Za-z0-9_@]+$/);
  });

  it('contain every key the code uses', () => {
    const used = usedKeys();
    expect(used.size).toBeGreaterThan(5);
    for (const name of LOCALES) {
      const messages = locale(name);
      const missing = [...used].filter(([key]) => !messages[key]).map(([key, files]) => `${key} (${files.join(', ')})`);
      expect(missing, `missing in ${name}`).toEqual([]);
    }
  });
});

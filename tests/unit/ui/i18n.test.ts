import { describe, expect, it, vi } from 'vitest';
import { CATALOGS, useLocale } from './helpers';
import { formatMessage, setUiLanguage, t, uiLocale } from '../../../src/ui/i18n';

describe('formatMessage (chrome.i18n.getMessage rules)', () => {
  it('replaces named placeholders, case-insensitively, with their $n content', () => {
    const entry = { message: '无法导入 $FILE$：$Reason$', placeholders: { file: { content: '$1' }, reason: { content: '$2' } } };
    expect(formatMessage(entry, ['a.json', '不是 JSON'])).toBe('无法导入 a.json：不是 JSON');
  });
  it('accepts a single substitution and numbers', () => {
    expect(formatMessage({ message: '约 $1 分钟' }, 6)).toBe('约 6 分钟');
  });
  it('turns $$ into $ and a missing substitution into nothing', () => {
    expect(formatMessage({ message: 'costs $$5, $1!' })).toBe('costs $5, !');
  });
  it('leaves an unknown $name$ as written', () => {
    expect(formatMessage({ message: 'a $nope$ b' })).toBe('a $nope$ b');
  });
});

describe('t()', () => {
  it('follows the browser language by default', async () => {
    useLocale('en');
    await setUiLanguage('auto');
    expect(t('metaReadingTime', 3)).toBe('3 min read');
    expect(uiLocale()).toBe('en');
  });

  it('uses the chosen language over the browser language, and can switch back', async () => {
    useLocale('en');
    await setUiLanguage('zh_CN');
    expect(t('metaReadingTime', 3)).toBe('约 3 分钟');
    expect(uiLocale()).toBe('zh-CN');
    await setUiLanguage('auto');
    expect(t('metaReadingTime', 3)).toBe('3 min read');
  });

  it('falls back to the browser language when the chosen catalogue cannot be loaded', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    useLocale('zh_CN', async () => {
      throw new Error('404');
    });
    await setUiLanguage('en');
    expect(t('popupNoArticleTitle')).toBe(CATALOGS.zh_CN.popupNoArticleTitle!.message);
    expect(warn).toHaveBeenCalled();
    warn.mockRestore();
  });

  it('shows the key itself for a string no locale has (so it is visible, never blank)', () => {
    useLocale('zh_CN');
    expect(t('noSuchKeyAnywhere')).toBe('noSuchKeyAnywhere');
  });
});

describe('locale files', () => {
  it('declare every $n a placeholder uses and give every message text', () => {
    for (const catalog of Object.values(CATALOGS)) {
      for (const [key, entry] of Object.entries(catalog)) {
        expect(entry.message, key).not.toBe('');
        const named = [...entry.message.matchAll(/\$([a-z0-9_]+)\$/gi)].map((m) => m[1]!.toLowerCase());
        const declared = Object.keys(entry.placeholders ?? {}).map((n) => n.toLowerCase());
        for (const name of named) expect(declared, `${key}: $${name}$`).toContain(name);
      }
    }
  });
});

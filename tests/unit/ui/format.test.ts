import { beforeEach, describe, expect, it } from 'vitest';
import { useLocale } from './helpers';
import { setUiLanguage } from '../../../src/ui/i18n';
import { displayHost, formatPublishedDate, formatReadingTime, metaParts } from '../../../src/ui/lib/format';

const base = {
  byline: '林知远',
  siteName: '人人都是产品经理',
  url: 'https://www.woshipm.com/pmd/6012345.html',
  publishedTime: '2021-10-10T08:00:00+08:00',
  readingMinutes: 6,
};

describe('formatPublishedDate', () => {
  it('writes the date the Chinese way and the English way', () => {
    expect(formatPublishedDate('2021-10-10', 'zh-CN')).toBe('2021年10月10日');
    expect(formatPublishedDate('2021-10-10', 'en')).toBe('Oct 10, 2021');
  });

  it('keeps the calendar date the site states, whatever the reader’s time zone', () => {
    // 00:30 in Beijing is still 9 October in UTC and in California; the site says the 10th.
    expect(formatPublishedDate('2021-10-10T00:30:00+08:00', 'zh-CN')).toBe('2021年10月10日');
    expect(formatPublishedDate('2021-10-10T23:30:00-07:00', 'en')).toBe('Oct 10, 2021');
  });

  it('gives nothing for a missing or unreadable date', () => {
    expect(formatPublishedDate(null, 'zh-CN')).toBeNull();
    expect(formatPublishedDate('yesterday-ish', 'zh-CN')).toBeNull();
  });
});

describe('reading time', () => {
  it('is localised and at least one minute', async () => {
    useLocale('zh_CN');
    await setUiLanguage('auto');
    expect(formatReadingTime(6)).toBe('约 6 分钟');
    expect(formatReadingTime(0)).toBe('约 1 分钟');
    expect(formatReadingTime(Number.NaN)).toBe('约 1 分钟');
    await setUiLanguage('en');
    expect(formatReadingTime(12.4)).toBe('12 min read');
  });
});

describe('metaParts (author · site · date · reading time)', () => {
  beforeEach(async () => {
    useLocale('zh_CN');
    await setUiLanguage('auto');
  });

  it('lists author, site, date and reading time in order', () => {
    expect(metaParts(base, 'zh-CN')).toEqual(['林知远', '人人都是产品经理', '2021年10月10日', '约 6 分钟']);
  });

  it('drops what is unknown and names the host when the site has no name', () => {
    expect(metaParts({ ...base, byline: null, siteName: null, publishedTime: null }, 'zh-CN')).toEqual(['woshipm.com', '约 6 分钟']);
  });

  it('says a name once when the site is named like its author', () => {
    expect(metaParts({ ...base, byline: 'Field Notes', siteName: 'Field Notes' }, 'en')).toEqual(['Field Notes', 'Oct 10, 2021', '约 6 分钟']);
  });

  it('treats blank strings as missing', () => {
    expect(metaParts({ ...base, byline: '  ' }, 'zh-CN')[0]).toBe('人人都是产品经理');
  });
});

describe('displayHost', () => {
  it('strips www. and survives junk', () => {
    expect(displayHost('https://www.example.com/a')).toBe('example.com');
    expect(displayHost('not a url')).toBeNull();
  });
});

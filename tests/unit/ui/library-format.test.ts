// The library page's pure helpers: sizes, dates, progress, snippets and highlights, pages and the
// view kept in the address.

import { describe, expect, it } from 'vitest';
import { foldForSearch } from '../../../src/storage/library';
import { backupFileName } from '../../../src/ui/library/download';
import { formatSavedDate, formatSize, progressPercent } from '../../../src/ui/library/format';
import { highlightTerms, restoreCjkPunctuation, snippetParts } from '../../../src/ui/library/highlight';
import { clampPage, pageCount, pageOffset, pageRange, readViewState, writeViewState } from '../../../src/ui/library/paging';

const marked = (parts: { text: string; match: boolean }[]) => parts.map((p) => (p.match ? `[${p.text}]` : p.text)).join('');

describe('formatSize', () => {
  it('shows KB, MB and GB with one decimal below ten units and none above', () => {
    expect(formatSize(0, 'en')).toBe('< 1 KB');
    expect(formatSize(1023, 'en')).toBe('< 1 KB');
    expect(formatSize(1024, 'en')).toBe('1 KB');
    expect(formatSize(1536, 'en')).toBe('1.5 KB');
    expect(formatSize(356 * 1024, 'en')).toBe('356 KB');
    expect(formatSize(1.24 * 1024 * 1024, 'en')).toBe('1.2 MB');
    expect(formatSize(9.97 * 1024 * 1024, 'en')).toBe('10 MB');
    expect(formatSize(14.4 * 1024 ** 3, 'en')).toBe('14 GB');
  });

  it('uses the locale’s decimal mark and never shows nonsense for bad input', () => {
    expect(formatSize(1.5 * 1024 * 1024, 'de')).toBe('1,5 MB');
    expect(formatSize(Number.NaN, 'en')).toBe('< 1 KB');
    expect(formatSize(-5, 'zh-CN')).toBe('< 1 KB');
  });
});

describe('formatSavedDate', () => {
  const now = new Date(2026, 10, 25, 15, 30).getTime();

  it('shows the time for today, month and day this year, the full date before', () => {
    expect(formatSavedDate(new Date(2026, 10, 25, 9, 5).getTime(), 'en-US', now).text).toBe('9:05 AM');
    expect(formatSavedDate(new Date(2026, 2, 3, 9, 5).getTime(), 'en-US', now).text).toBe('Mar 3');
    expect(formatSavedDate(new Date(2024, 2, 3, 9, 5).getTime(), 'en-US', now).text).toBe('Mar 3, 2024');
    expect(formatSavedDate(new Date(2024, 2, 3, 9, 5).getTime(), 'zh-CN', now).text).toBe('2024年3月3日');
  });

  it('gives a full date-time for the tooltip and an ISO value for <time>', () => {
    const saved = formatSavedDate(Date.UTC(2026, 0, 2, 3, 4), 'en-US', now);
    expect(saved.iso).toBe('2026-01-02T03:04:00.000Z');
    expect(saved.full).toMatch(/2026/);
  });
});

describe('progressPercent', () => {
  it('rounds to whole percent, counts the last screen as finished and never shows 0% for a started article', () => {
    expect(progressPercent(0)).toBe(0);
    expect(progressPercent(0.001)).toBe(1);
    expect(progressPercent(0.456)).toBe(46);
    expect(progressPercent(0.985)).toBe(100);
    expect(progressPercent(0.979)).toBe(98);
    expect(progressPercent(Number.NaN)).toBe(0);
  });
});

describe('snippets and highlights', () => {
  it('marks the match and shows ellipses where the passage was cut', () => {
    const parts = snippetParts({ text: '新用户的次日留存掉了三个百分点', match: [6, 8], truncatedStart: true, truncatedEnd: false });
    expect(marked(parts)).toBe('…新用户的次日[留存]掉了三个百分点');
  });

  it('clamps a match that does not fit the text', () => {
    expect(marked(snippetParts({ text: 'abc', match: [2, 9], truncatedStart: false, truncatedEnd: true }))).toBe('ab[c]…');
  });

  it('shows full-width punctuation again next to Chinese (the search text is folded to ASCII)', () => {
    expect(restoreCjkPunctuation('第二周,新用户:留存(次日)?')).toBe('第二周，新用户：留存（次日）？');
    expect(restoreCjkPunctuation('A/B test, p < 0.05 (n=200)')).toBe('A/B test, p < 0.05 (n=200)');
    const parts = snippetParts({ text: '第二周,新用户留存', match: [7, 9], truncatedStart: false, truncatedEnd: false });
    expect(marked(parts)).toBe('第二周，新用户[留存]');
  });

  it('highlights every search term in a title, across case and full-width forms', () => {
    expect(marked(highlightTerms('AI 产品经理的第一课：先定义“好”的标准', ['ai', '标准'], foldForSearch))).toBe('[AI] 产品经理的第一课：先定义“好”的[标准]');
    expect(marked(highlightTerms('ＰＲＤ 怎么写', ['prd'], foldForSearch))).toBe('[ＰＲＤ] 怎么写');
    expect(marked(highlightTerms('增长 增长', ['增长'], foldForSearch))).toBe('[增长] [增长]');
    expect(highlightTerms('no terms', [], foldForSearch)).toEqual([{ text: 'no terms', match: false }]);
  });
});

describe('pages', () => {
  it('pages 50 rows at a time and clamps pages past the end', () => {
    expect(pageCount(0)).toBe(1);
    expect(pageCount(50)).toBe(1);
    expect(pageCount(1000)).toBe(20);
    expect(pageOffset(3)).toBe(100);
    expect(clampPage(25, 1000)).toBe(20);
    expect(clampPage(0, 1000)).toBe(1);
    expect(clampPage(Number.NaN, 10)).toBe(1);
    expect(pageRange(2, 120)).toEqual([51, 100]);
    expect(pageRange(3, 120)).toEqual([101, 120]);
    expect(pageRange(1, 0)).toEqual([0, 0]);
  });

  it('keeps the search, order and page in the address, and reads them back', () => {
    const view = { query: '用户 留存', sort: 'largest' as const, page: 3 };
    const search = writeViewState(view);
    expect(search).toBe('?q=%E7%94%A8%E6%88%B7+%E7%95%99%E5%AD%98&sort=size&page=3');
    expect(readViewState(search)).toEqual(view);
    expect(writeViewState({ query: '  ', sort: 'newest', page: 1 })).toBe('');
    expect(readViewState('?page=-2&sort=bogus')).toEqual({ query: '', sort: 'newest', page: 1 });
    expect(readViewState(`?q=${'长'.repeat(300)}`).query).toHaveLength(200);
  });

  it('names backup files after the local date', () => {
    expect(backupFileName(new Date(2026, 0, 5, 23, 59))).toBe('qingyue-library-2026-01-05.zip');
  });
});

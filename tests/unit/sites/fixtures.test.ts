// Every fixture case under tests/fixtures/<site>/<case>/ runs through the real pipeline: metadata as
// expected, contentHtml equal to expected.html (whitespace-tolerant), and the invariants every
// article must keep whatever the page (no tipping block, no proxy URL, nothing executable, the page
// itself untouched).

import { describe, expect, it } from 'vitest';
import { listCases, normalizeHtml, readCase, runCase } from '../../fixtures/harness';

const cases = listCases();

describe('fixtures', () => {
  it('has at least 14 cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(14);
  });

  for (const c of cases) {
    describe(`${c.site}/${c.name}`, () => {
      const { source, expectedHtml, meta } = readCase(c);
      const { result, before, after } = runCase(source, meta.url, meta.options);

      it('never mutates the page', () => {
        expect(after).toBe(before);
      });

      it(meta.ok ? 'extracts an article' : `answers ${meta.error}`, () => {
        expect(result.ok).toBe(meta.ok);
        if (!result.ok) expect(result.error.code).toBe(meta.error);
      });

      if (!meta.ok || !result.ok) return;
      const a = result.article;

      it('has the expected metadata', () => {
        const got = {
          site: a.site,
          title: a.title,
          byline: a.byline,
          siteName: a.siteName,
          publishedTime: a.publishedTime,
          lang: a.lang,
          leadImage: a.leadImage,
          canonicalUrl: a.canonicalUrl,
          excerpt: a.excerpt,
          imageCount: a.images.length,
          toc: a.toc,
        };
        const want = Object.fromEntries(Object.keys(got).filter((k) => k in meta).map((k) => [k, meta[k as keyof typeof meta]]));
        expect(Object.fromEntries(Object.keys(want).map((k) => [k, got[k as keyof typeof got]]))).toEqual(want);
        const minutes = meta.readingMinutes;
        if (typeof minutes === 'number') expect(a.readingMinutes).toBe(minutes);
        else if (minutes) {
          expect(a.readingMinutes).toBeGreaterThanOrEqual(minutes.min);
          expect(a.readingMinutes).toBeLessThanOrEqual(minutes.max);
        }
      });

      it('produces the expected body', () => {
        expect(expectedHtml).not.toBeNull();
        expect(normalizeHtml(a.contentHtml)).toBe(normalizeHtml(expectedHtml ?? ''));
      });

      it('keeps the invariants', () => {
        const everything = [a.contentHtml, a.leadImage ?? '', ...a.images.map((i) => i.src)].join('\n');
        expect(a.contentHtml).not.toMatch(/给作者打赏|鼓励TA抓紧创作|>\s*赞赏\s*</);
        expect(everything).not.toMatch(/cors\.zfour\.workers\.dev|\/\?https?(?::|%3a)/i);
        expect(a.contentHtml).not.toMatch(/data-action|referrerpolicy|wp-image-|rich_pages|aligncenter/);
        expect(a.contentHtml).not.toMatch(/<(?:script|style|iframe|object|embed|form|input|button|svg|math|link|meta|base)\b/i);
        expect(a.contentHtml).not.toMatch(/\son[a-z]+\s*=/i);
        expect(a.contentHtml).not.toMatch(/\sstyle\s*=/i);
        expect(a.contentHtml).not.toMatch(/(?:href|src)\s*=\s*"\s*(?:javascript|vbscript|data):/i);
        expect(a.textContent.trim().length).toBeGreaterThan(0);
        // images[] lists every picture of the body, in order, without duplicates.
        const srcs = [...a.contentHtml.matchAll(/<img[^>]*\ssrc="([^"]+)"/g)].map((m) => m[1]!.replace(/&amp;/g, '&'));
        expect(a.images.map((i) => i.src)).toEqual([...new Set(srcs)]);
        // toc ids exist in the body.
        for (const t of a.toc) expect(a.contentHtml).toContain(`id="${t.id}"`);
      });
    });
  }
});

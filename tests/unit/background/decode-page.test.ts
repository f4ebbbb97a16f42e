// Decoding a linked page: the browser's order (BOM, Content-Type charset, <meta>, UTF-8), with
// GB18030 for undeclared pages that are not UTF-8 (old Chinese sites).
import { describe, expect, it } from 'vitest';
import { decodePage, headerCharset } from '../../../src/background/save/decode-page';

const utf8 = (s: string) => new TextEncoder().encode(s);
// "中文" in GBK.
const GBK_ZHONGWEN = [0xd6, 0xd0, 0xce, 0xc4];
const gbkPage = (head = '') => new Uint8Array([...utf8(`<html><head>${head}</head><body><p>`), ...GBK_ZHONGWEN, ...utf8('</p></body></html>')]);

describe('decodePage', () => {
  it('reads the charset of the Content-Type header', () => {
    expect(headerCharset('text/html; charset="GBK"')).toBe('GBK');
    expect(decodePage(gbkPage(), 'text/html; charset=gbk')).toMatchObject({ encoding: 'gbk', source: 'header' });
    expect(decodePage(gbkPage(), 'text/html; charset=gbk').text).toContain('<p>中文</p>');
  });

  it('lets a byte-order mark win over the header', () => {
    const page = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('<p>中文</p>')]);
    expect(decodePage(page, 'text/html; charset=gbk')).toEqual({ text: '<p>中文</p>', encoding: 'utf-8', source: 'bom' });
  });

  it('falls back to the <meta> declaration, then UTF-8', () => {
    expect(decodePage(gbkPage('<meta charset="gb2312">'), 'text/html')).toMatchObject({ encoding: 'gbk', source: 'meta' });
    expect(decodePage(utf8('<p>中文</p>'), null)).toEqual({ text: '<p>中文</p>', encoding: 'utf-8', source: 'default' });
  });

  it('reads an undeclared page that is not UTF-8 as GB18030', () => {
    const decoded = decodePage(gbkPage(), 'text/html');
    expect(decoded).toMatchObject({ encoding: 'gb18030', source: 'guess' });
    expect(decoded.text).toContain('<p>中文</p>');
  });

  it('ignores unknown and UTF-16 labels in the header', () => {
    expect(decodePage(utf8('<p>é</p>'), 'text/html; charset=klingon')).toMatchObject({ encoding: 'utf-8' });
    expect(decodePage(utf8('<p>é</p>'), 'text/html; charset=utf-16')).toMatchObject({ encoding: 'utf-8', text: '<p>é</p>' });
  });
});

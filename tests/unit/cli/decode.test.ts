// Encoding sniffing and the jsdom set-up, tested directly (no build needed).
import { describe, expect, it } from 'vitest';
import { decodeHtml, looksBinary, sniffEncoding } from '../../../src/shared/decode-html.ts';
import { parseHtml, stripStyleElements } from '../../../src/cli/dom.ts';
import { gbkPageBytes } from './sample-pages.ts';

const ascii = (text: string) => new TextEncoder().encode(text);

describe('sniffEncoding', () => {
  it('follows a byte-order mark first', () => {
    expect(sniffEncoding(new Uint8Array([0xef, 0xbb, 0xbf, 0x3c]))).toEqual({ encoding: 'utf-8', bomLength: 3, source: 'bom' });
    expect(sniffEncoding(new Uint8Array([0xff, 0xfe, 0x3c, 0x00]))).toMatchObject({ encoding: 'utf-16le', bomLength: 2 });
    expect(sniffEncoding(new Uint8Array([0xfe, 0xff, 0x00, 0x3c]))).toMatchObject({ encoding: 'utf-16be', bomLength: 2 });
  });

  it('reads <meta charset> and http-equiv Content-Type declarations', () => {
    expect(sniffEncoding(ascii('<html><head><meta charset="GBK"><title>x</title>'))).toMatchObject({ encoding: 'gbk', source: 'meta' });
    expect(sniffEncoding(ascii("<meta charset='gb18030'>"))).toMatchObject({ encoding: 'gb18030' });
    expect(sniffEncoding(ascii('<meta charset=big5>'))).toMatchObject({ encoding: 'big5' });
    expect(sniffEncoding(ascii('<meta http-equiv="Content-Type" content="text/html; charset=gb2312">'))).toMatchObject({ encoding: 'gbk' });
  });

  it('ignores declarations in comments, unknown labels, and UTF-16 declared in ASCII', () => {
    expect(sniffEncoding(ascii('<!-- <meta charset="gbk"> --><meta charset="utf-8">'))).toMatchObject({ encoding: 'utf-8', source: 'meta' });
    expect(sniffEncoding(ascii('<meta charset="klingon">'))).toMatchObject({ encoding: 'utf-8', source: 'default' });
    expect(sniffEncoding(ascii('<meta charset="utf-16">'))).toMatchObject({ encoding: 'utf-8' });
    expect(sniffEncoding(ascii('<meta name="description" content="charset=gbk">'))).toMatchObject({ source: 'default' });
  });

  it('defaults to UTF-8', () => {
    expect(sniffEncoding(ascii('<html><body>hi</body></html>'))).toEqual({ encoding: 'utf-8', bomLength: 0, source: 'default' });
  });
});

describe('decodeHtml', () => {
  it('decodes a GB2312 page by its declaration', () => {
    const { text, encoding } = decodeHtml(gbkPageBytes());
    expect(encoding).toBe('gbk');
    expect(text).toContain('<title>国标编码的网页</title>');
  });

  it('drops the byte-order mark and decodes UTF-16', () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('<p>清阅</p>', 'utf16le')]);
    expect(decodeHtml(utf16).text).toBe('<p>清阅</p>');
    expect(decodeHtml(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('<p>清阅</p>')])).text).toBe('<p>清阅</p>');
  });
});

describe('looksBinary', () => {
  it('flags NUL bytes but not UTF-16 text with a BOM', () => {
    expect(looksBinary(Buffer.from('%PDF-1.7\n\u0000\u0001'))).toBe(true);
    expect(looksBinary(ascii('<html>plain</html>'))).toBe(false);
    expect(looksBinary(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('<p>x</p>', 'utf16le')]))).toBe(false);
  });
});

describe('parseHtml', () => {
  // jsdom 29 throws from its constructor on some real stylesheets (seen on pages of the AEB benchmark).
  const hostile = '<html><head><style>@media (min-width: 600px) { .a { min-height: calc(($container - $side - 16px) / 16 * 9); } }</style></head><body><p id="x">text survives</p><div style="display:none">hidden</div></body></html>';

  it('survives a stylesheet that makes jsdom throw, keeping the content and inline styles', () => {
    const dom = parseHtml(hostile, 'https://example.com/a');
    const doc = dom.window.document;
    expect(doc.getElementById('x')?.textContent).toBe('text survives');
    expect((doc.querySelector('div') as HTMLElement).style.display).toBe('none');
    expect(doc.location.href).toBe('https://example.com/a');
    dom.window.close();
  });

  it('keeps stylesheets that parse', () => {
    const dom = parseHtml('<style>p { color: red }</style><p>x</p>', 'https://example.com/');
    expect(dom.window.document.querySelector('style')?.textContent).toBe('p { color: red }');
    dom.window.close();
  });

  it('empties style elements only', () => {
    expect(stripStyleElements('<style media="x">a{b:c}</style ><p>style</p><STYLE>q</STYLE>')).toBe('<style media="x"></style ><p>style</p><STYLE></STYLE>');
  });
});

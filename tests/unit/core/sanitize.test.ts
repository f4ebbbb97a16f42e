import { describe, expect, it } from 'vitest';
import { sanitizeHtml } from '../../../src/core/sanitize';
import { page } from './dom-helpers';

const { window } = page('<!doctype html><body></body>');
const clean = (html: string) => sanitizeHtml(html, { window });

describe('sanitizeHtml', () => {
  it('removes scripts, handlers and executable URLs', () => {
    const out = clean(`<p onclick="x()">a<script>alert(1)</script></p><img src="x.png" onerror="alert(2)"><a href="javascript:alert(3)">j</a><a href=" java&#x09;script:alert(4)">k</a><a href="vbscript:msgbox(5)">v</a><a href="data:text/html,<script>alert(6)</script>">d</a>`);
    expect(out).not.toMatch(/script|onerror|onclick|javascript|vbscript|data:/i);
    expect(out).toContain('<a>j</a>');
  });
  it('refuses data: images', () => {
    expect(clean('<img src="data:image/png;base64,iVBORw0KGgo=" alt="x">')).toBe('');
  });
  it('removes forms, styles, remote CSS, svg/math, base/meta and srcdoc frames', () => {
    const out = clean(`<form action="https://evil"><input name="p"><button formaction="javascript:alert(1)">b</button></form><style>*{display:none}</style><link rel="stylesheet" href="https://evil/x.css"><svg onload="alert(1)"><a xlink:href="javascript:alert(2)">s</a></svg><math><mi>x</mi></math><base href="https://evil/"><meta http-equiv="refresh" content="0;url=https://evil"><iframe srcdoc="<script>alert(3)</script>"></iframe><p style="position:fixed;inset:0">overlay</p>`);
    expect(out).not.toMatch(/<(form|input|button|style|link|svg|math|base|meta|iframe)\b|style=|srcdoc|formaction|xlink/i);
    expect(out).toContain('<p>overlay</p>');
  });
  it('survives mXSS-style nesting', () => {
    const payloads = [
      '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)></style></mglyph></table></mtext></math>',
      '<noscript><p title="</noscript><img src=x onerror=alert(2)>"></p></noscript>',
      '<svg></p><style><a id="</style><img src=1 onerror=alert(3)>">',
      '<form><math><mtext></form><form><mglyph><style></math><img src onerror=alert(4)>',
    ];
    for (const p of payloads) {
      const out = clean(p);
      expect(out).not.toMatch(/onerror|alert/);
      // Re-sanitising the output changes nothing: what a reader page parses is what we checked.
      expect(clean(out)).toBe(out);
    }
  });
  it('turns video iframes into link blocks naming the source, and drops other frames', () => {
    const out = clean('<p>看视频：</p><iframe src="https://www.youtube.com/embed/dQw4w9WgXcQ"></iframe><iframe src="//player.bilibili.com/player.html?bvid=BV1xx411c7mD"></iframe><iframe src="https://ads.example/banner"></iframe>');
    expect(out).toContain('<p class="qy-embed"><a href="https://www.youtube.com/watch?v=dQw4w9WgXcQ">▶ YouTube 视频</a></p>');
    expect(out).toContain('<a href="https://www.bilibili.com/video/BV1xx411c7mD">▶ Bilibili 视频</a>');
    expect(out).not.toContain('ads.example');
  });
  it('keeps images to src/alt/width/height/title, tables, heading ids and only qy-* classes', () => {
    const out = clean('<img src="https://cdn.example/a.jpg" alt="图" width="10" height="20" data-action="zoom" class="size-full aligncenter" referrerpolicy="no-referrer"><table><tr><td colspan="2">x</td></tr></table><h2 id="toc-1" class="title">t</h2><blockquote class="qy-lede x">l</blockquote>');
    expect(out).toBe('<img src="https://cdn.example/a.jpg" alt="图" width="10" height="20"><table><tbody><tr><td colspan="2">x</td></tr></tbody></table><h2 id="toc-1">t</h2><blockquote class="qy-lede">l</blockquote>');
  });
  it('makes target=_blank links safe', () => {
    expect(clean('<a href="https://a.example" target="_blank">a</a><a href="https://b.example" target="_top" rel="opener">b</a>')).toBe(
      '<a href="https://a.example" target="_blank" rel="noopener noreferrer">a</a><a href="https://b.example" target="_blank" rel="noopener noreferrer">b</a>',
    );
  });
  it('works with the window of a DOMParser document (defaultView null) passed explicitly', () => {
    const doc = new (window as unknown as typeof globalThis).DOMParser().parseFromString('<p>x</p>', 'text/html');
    expect(doc.defaultView).toBeNull();
    expect(sanitizeHtml('<p onclick="y">x</p>', { window })).toBe('<p>x</p>');
  });
});

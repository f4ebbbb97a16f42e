// The editor's intro (lede) and the credit lines of a woshipm post, and the author they name.
//
// Credits sit at the end of the body, after a `<p> </p>` spacer, in several wordings:
//   作者：A，编辑：B；公众号：C（ID：…）          (republished posts)
//   原文链接：https://mp.weixin.qq.com/…  /  来源：https://…  /  来源公众号：…
//   本文由 @X 原创发布于人人都是产品经理。未经许可，禁止转载
//   本文由 @X 授权发布于人人都是产品经理…  /  本文由人人都是产品经理合作媒体 @X 授权发布…
//   题图来自 Unsplash，基于 CC0 协议
//   该文观点仅代表作者本人，人人都是产品经理平台仅提供信息存储空间服务。
// sometimes wrapped in <div class="article--copyright">.

import { isBlank, normalizeSpace, tagOf } from '../core/dom';
import { SITE_NAME } from './woshipm-signals';

/** A line that belongs to the credits block. */
const CREDIT_PATTERNS = [
  /^本文由/,
  /^(?:作者|编辑|责编|撰文|文|采访|整理|运营|策划|排版|校对|翻译|译者|原作者)\s*[:：|｜]/,
  /^(?:微信)?公众号\s*[:：]/,
  /^(?:原文|原文链接|原文地址|来源|来源公众号|出处|本文来源|文章来源)\s*[:：]/,
  /^(?:题图|封面|头图|配图|文中图片|图片)(?:来自|来源|来源于)/,
  /^该文观点仅代表作者本人/,
  /^(?:本文|文章)(?:为|系).{0,20}(?:原创|授权|转载)/,
  /^(?:未经|转载请)/,
];

const MAX_CREDIT_LINE = 240;

export function isCreditLine(text: string): boolean {
  const t = normalizeSpace(text);
  return !!t && t.length <= MAX_CREDIT_LINE && CREDIT_PATTERNS.some((re) => re.test(t));
}

/** `本文由 @X 原创发布于…` / `本文由人人都是产品经理合作媒体 @X 授权发布…` → X. */
const POSTED_BY = /本文由\s*(?:人人都是产品经理\s*)?(?:合作媒体|专栏作家|作者)?\s*[@＠]\s*(.+?)\s*(?:原创|授权|独家)?\s*(?:发布|首发|投稿)/;
/** `本文由人人都是产品经理作者【X】，微信公众号：【Y】，原创/授权 发布于…` (woshipm's wording since 2022) → X. */
const POSTED_BY_BRACKETS = /本文由\s*(?:人人都是产品经理\s*)?(?:作者|专栏作家|合作媒体)\s*[【\[]\s*([^】\]]+?)\s*[】\]]/;
/** `作者：A，编辑：B` → A. */
const AUTHOR_LINE = /^(?:作者|文|撰文)\s*[:：|｜]\s*(.+)$/;

function cleanName(name: string): string | null {
  const n = normalizeSpace(name).replace(/^[@＠]/, '').replace(/[。.，,；;：:]+$/, '').trim();
  if (!n || n.length > 40 || n === SITE_NAME) return null;
  return n;
}

/** The author the credit lines name: the @account of the credit line, else the `作者：` line. */
export function authorFromCredits(lines: string[]): string | null {
  for (const line of lines) {
    const text = normalizeSpace(line);
    const m = POSTED_BY.exec(text) ?? POSTED_BY_BRACKETS.exec(text);
    const name = m ? cleanName(m[1]!) : null;
    if (name) return name;
  }
  for (const line of lines) {
    const m = AUTHOR_LINE.exec(normalizeSpace(line));
    if (!m) continue;
    // The name runs to the first separator: `作者：杜晨，编辑：…`, `作者：林不二子；公众号：…`.
    const name = cleanName(m[1]!.split(/[，,；;|｜、（(]|\s+(?:编辑|微信|公众号|来源)/)[0]!);
    if (name) return name;
  }
  return null;
}

/** Elements that show nothing (spacers `<p> </p>`, `<p><br></p>`, empty WeChat profile sections). */
export function isSpacer(el: Element): boolean {
  if (!isBlank(el.textContent)) return false;
  for (const tag of ['img', 'iframe', 'video', 'embed', 'object', 'table', 'hr']) if (el.getElementsByTagName(tag).length) return false;
  return !/\bqy-embed\b/.test(el.getAttribute('class') ?? '');
}

/**
 * The credit elements at the end of `container`, in document order: a trailing run of credit lines
 * (and/or an `article--copyright` box). Spacers between them are skipped.
 */
export function findTrailingCredits(container: Element, skip: (el: Element) => boolean = () => false): Element[] {
  const credits: Element[] = [];
  for (let el = container.lastElementChild; el; el = el.previousElementSibling) {
    if (isSpacer(el) || skip(el)) continue;
    const cls = el.getAttribute('class') ?? '';
    if (/\barticle--copyright\b/.test(cls)) {
      credits.unshift(el);
      continue;
    }
    const tag = tagOf(el);
    if ((tag === 'p' || tag === 'div' || tag === 'section') && !el.querySelector('img, h1, h2, h3, table') && isCreditLine(el.textContent ?? '')) {
      credits.unshift(el);
      continue;
    }
    break;
  }
  return credits;
}

const LEDE_LABEL = /^\s*(?:编辑导语|编辑导读|导语|导读|编者按|编辑按)\s*[:：]/;
/** Quotations, not intros: they open with a quote mark or close with an attribution. */
const QUOTATION = /^\s*[“"「『]|——\s*\S{1,20}\s*$/;

/**
 * The editor's intro: the first `<blockquote>` of the body when it is labelled (编辑导语/编辑导读 …),
 * or when it opens the body (only spacers before it) and does not read as a quotation.
 * A blockquote further down is a quotation, never the lede.
 */
export function findLede(container: Element): Element | null {
  for (let el = container.firstElementChild; el; el = el.nextElementSibling) {
    if (isSpacer(el)) continue;
    const tag = tagOf(el);
    if (tag === 'blockquote') {
      const text = normalizeSpace(el.textContent ?? '');
      if (LEDE_LABEL.test(text)) return el;
      if (text.length >= 30 && !QUOTATION.test(text)) return el;
      return null;
    }
    // WeChat-formatted copies wrap every paragraph in <section>.
    if ((tag === 'p' || tag === 'div' || tag === 'section') && LEDE_LABEL.test(el.textContent ?? '')) return el;
    return null;
  }
  return null;
}

/**
 * The element whose children are the post's paragraphs: descends through wrappers that hold
 * nothing but one other wrapper (a theme's content div around the Markdown body's own <div>).
 */
export function innermostBody(container: Element): Element {
  let cur = container;
  for (;;) {
    let only: Element | null = null;
    let alone = true;
    for (let n = cur.firstChild; n; n = n.nextSibling) {
      if (n.nodeType === 3 && !isBlank(n.nodeValue)) {
        alone = false;
        break;
      }
      if (n.nodeType !== 1) continue;
      const el = n as Element;
      if (isSpacer(el)) continue;
      if (only) {
        alone = false;
        break;
      }
      only = el;
    }
    if (!alone || !only || !/^(?:div|section|article|main)$/.test(tagOf(only))) return cur;
    cur = only;
  }
}

// Table of contents: every h2–h4 of the body gets an id (kept when the page had a safe, unique one)
// and an entry. The article title is not in the body, so the outline starts at h2.

import { collectElements, normalizeSpace, tagOf } from './dom';
import type { TocEntry } from './article';

/** A readable id from heading text: Latin words kept, other characters dropped; '' when none. */
export function slugify(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 48);
}

const SAFE_ID = /^[A-Za-z][\w-]{0,63}$/;

const HEADINGS = new Set(['h2', 'h3', 'h4']);

/** Assigns ids to the h2–h4 under `root` (empty headings are skipped) and returns the outline. */
export function buildToc(root: Element): TocEntry[] {
  // One walk for the ids in use and the headings (selector queries are slow in jsdom).
  const used = new Set<string>();
  const headings: Element[] = [];
  for (const el of collectElements(root)) {
    if (!el.hasAttributes()) {
      if (HEADINGS.has(tagOf(el))) headings.push(el);
      continue;
    }
    const id = el.getAttribute('id');
    if (id !== null) used.add(id);
    if (HEADINGS.has(tagOf(el))) headings.push(el);
  }
  const toc: TocEntry[] = [];
  let n = 0;
  for (const h of headings) {
    const text = normalizeSpace(h.textContent ?? '');
    if (!text) continue;
    n++;
    let id = h.getAttribute('id') ?? '';
    const duplicate = id && toc.some((t) => t.id === id);
    if (!id || !SAFE_ID.test(id) || duplicate) {
      if (id && !duplicate) used.delete(id);
      const base = slugify(text);
      const prefix = base && /^[a-z]/.test(base) ? base : `qy-h-${n}`;
      let candidate = prefix;
      for (let i = 2; used.has(candidate); i++) candidate = `${prefix}-${i}`;
      id = candidate;
      h.setAttribute('id', id);
    }
    used.add(id);
    toc.push({ id, level: Number(tagOf(h).slice(1)), text });
  }
  return toc;
}

// The last step before anything leaves the pipeline, and the UI's guard when it renders a stored
// article: DOMPurify with a strict allow-list. Nothing from the page may run, restyle or overlay an
// extension page: no scripts, handlers, forms, styles, remote CSS, SVG/MathML, frames or plugins.
// The policy (allow-lists, refused URL schemes, links, classes) is in sanitize-policy.ts; here,
// embedded players become `<p class="qy-embed"><a href=…>▶ <source> 视频</a></p>` link blocks
// (see embeds.ts) before DOMPurify runs, so the reader keeps a way to the video.

import DOMPurify from 'dompurify';
import type { DOMPurify as Purifier } from 'dompurify';
import { all, ELEMENT_NODE } from './dom';
import { replaceEmbeds } from './embeds';
import { applySanitizePolicy, SANITIZE_CONFIG } from './sanitize-policy';

type WindowLike = Parameters<typeof DOMPurify>[0];

const instances = new WeakMap<object, Purifier>();

/** The DOMPurify instance bound to `win`, configured once (hooks are per instance). */
function purifierFor(win: WindowLike): Purifier {
  const key = win as object;
  let purify = instances.get(key);
  if (!purify) {
    purify = applySanitizePolicy(DOMPurify(win));
    instances.set(key, purify);
  }
  return purify;
}

export interface SanitizeOptions {
  /** Window whose DOM DOMPurify uses (required in Node; DOMParser documents have no defaultView). */
  window?: Window | WindowLike;
  /** Base URL for relative embed sources. */
  baseUrl?: string;
}

export interface SanitizeElementOptions extends SanitizeOptions {
  /** Clean `root` itself (the caller owns it) instead of returning a clean copy. */
  inPlace?: boolean;
  /**
   * The caller already turned every embed under `root` into a link block (the pipeline does so
   * before Readability): no need to look for them again. Any embed left would still be dropped.
   */
  embedsReplaced?: boolean;
}

function resolveWindow(options: SanitizeOptions, fallbackDoc?: Document): WindowLike {
  const win = options.window ?? fallbackDoc?.defaultView ?? (globalThis as unknown as WindowLike);
  if (!win || typeof (win as { DOMParser?: unknown }).DOMParser !== 'function') {
    throw new Error('sanitize: no DOM window available (pass options.window, e.g. a jsdom window)');
  }
  return win as WindowLike;
}

/** Final clean-up DOMPurify cannot express as an allow-list: images without a source. */
function dropEmptyImages(root: Element | DocumentFragment): void {
  // An element's <img> list without a selector engine (a fragment has no getElementsByTagName);
  // copied by index before removing from the live collection.
  const images: Element[] = root.nodeType === ELEMENT_NODE ? Array.prototype.slice.call((root as Element).getElementsByTagName('img')) : all(root, 'img');
  for (const img of images) if (!img.getAttribute('src')) img.remove();
}

/**
 * Sanitises a DOM subtree and returns an element holding the clean content. By default `root` is
 * left untouched and the result is a new <div> of the window's document; with `inPlace` (the
 * pipeline, which owns its working copy) `root` itself is cleaned and returned, saving two deep
 * copies. Embeds are turned into link blocks first.
 */
export function sanitizeElement(root: Element, options: SanitizeElementOptions = {}): Element {
  const win = resolveWindow(options, root.ownerDocument);
  const purify = purifierFor(win);
  const baseUrl = options.baseUrl ?? root.ownerDocument.baseURI ?? '';
  if (options.inPlace) {
    if (!options.embedsReplaced) replaceEmbeds(root, baseUrl);
    purify.sanitize(root, { ...SANITIZE_CONFIG, IN_PLACE: true });
    dropEmptyImages(root);
    return root;
  }
  const work = root.cloneNode(true) as Element;
  replaceEmbeds(work, baseUrl);
  // Hand DOMPurify the children only, so the result does not repeat `root` itself.
  const input = root.ownerDocument.createDocumentFragment();
  while (work.firstChild) input.appendChild(work.firstChild);
  const fragment = purify.sanitize(input, { ...SANITIZE_CONFIG, RETURN_DOM_FRAGMENT: true });
  dropEmptyImages(fragment);
  const holder = fragment.ownerDocument!.createElement('div');
  holder.appendChild(fragment);
  return holder;
}

/**
 * Sanitises an HTML string (e.g. a stored article's contentHtml before rendering it) with the same
 * rules as the pipeline. The string is parsed in an inert document: nothing loads or runs.
 */
export function sanitizeHtml(html: string, options: SanitizeOptions = {}): string {
  const win = resolveWindow(options);
  const doc = new (win as unknown as { DOMParser: typeof DOMParser }).DOMParser().parseFromString('', 'text/html');
  const holder = doc.createElement('div');
  holder.innerHTML = html;
  return sanitizeElement(holder, { ...options, window: win, baseUrl: options.baseUrl ?? '', inPlace: true }).innerHTML;
}

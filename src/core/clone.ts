// The pipeline never mutates the page: Readability and the clean-up work on a copy.

/** A detached copy of the whole document (the generic rule: Readability needs the page as a whole). */
export function cloneDocument(doc: Document): Document {
  return doc.cloneNode(true) as Document;
}

/**
 * A fresh, small document holding only a copy of `root` (site rules that located the article root):
 * Readability then scores a few hundred nodes instead of the whole page. A <base> keeps relative
 * URLs resolvable; <html lang> is carried over.
 */
export function cloneRootIntoFreshDocument(doc: Document, root: Element, baseUrl: string): Document {
  const fresh = doc.implementation.createHTMLDocument('');
  const lang = doc.documentElement?.getAttribute('lang');
  if (lang) fresh.documentElement.setAttribute('lang', lang);
  if (baseUrl) {
    const base = fresh.createElement('base');
    base.setAttribute('href', baseUrl);
    fresh.head.appendChild(base);
  }
  fresh.body.appendChild(fresh.importNode(root, true));
  return fresh;
}

// The pipeline never mutates the page: Readability and the clean-up work on a copy.
//
// The copy leaves out what the clean-up would remove at once anyway (scripts, styles, stylesheet
// links, templates, and whatever a rule has decided from the original page to drop, such as page
// chrome), so nobody pays for copying it, attaching it (a DOM implementation such as jsdom parses
// every copied <style> again) and removing it. Subtrees with nothing left out are copied in one deep
// import; only their ancestors are copied node by node.

import { ELEMENT_NODE } from './dom';

export interface WorkingCopy {
  doc: Document;
  /** The copy of the article root, or the copy's <body> when the whole page was copied. */
  container: Element;
  /** The copy of an element of the original page (null when it was left out or is not in the copy). */
  copyOf(original: Element): Element | null;
}

interface CopyState {
  target: Document;
  omit: ReadonlySet<Element>;
  /** Ancestors of left-out elements: copied shallowly, their children one by one. */
  through: ReadonlySet<Node>;
  copies: Map<Node, Node>;
}

function importSelectively(state: CopyState, node: Node): Node {
  if (!state.through.has(node)) return state.target.importNode(node, true);
  const copy = state.target.importNode(node, false);
  state.copies.set(node, copy);
  for (let child = node.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === ELEMENT_NODE && state.omit.has(child as Element)) continue;
    copy.appendChild(importSelectively(state, child));
  }
  return copy;
}

/** The left-out elements' ancestors up to (and including) `top`. */
function pathsTo(omit: ReadonlySet<Element>, top: Node): Set<Node> {
  const through = new Set<Node>();
  for (const el of omit) {
    for (let cur: Node | null = el.parentNode; cur && !through.has(cur); cur = cur === top ? null : cur.parentNode) through.add(cur);
  }
  return through;
}

function copyFinder(state: CopyState): (original: Element) => Element | null {
  return (original) => {
    const known = state.copies.get(original);
    if (known) return known as Element;
    // Element-child positions from the nearest ancestor copied node by node, counting only the
    // siblings that were copied.
    const steps: number[] = [];
    let cur: Element | null = original;
    for (; cur && !state.copies.has(cur); cur = cur.parentElement) {
      if (state.omit.has(cur)) return null;
      let i = 0;
      for (let sib = cur.previousElementSibling; sib; sib = sib.previousElementSibling) if (!state.omit.has(sib)) i++;
      steps.push(i);
    }
    if (!cur) return null;
    let copy: Element | null = state.copies.get(cur) as Element;
    for (let s = steps.length - 1; s >= 0 && copy; s--) {
      copy = copy.firstElementChild;
      for (let k = 0; k < steps[s]! && copy; k++) copy = copy.nextElementSibling;
    }
    return copy;
  };
}

/**
 * A copy of the whole document (the generic rule: Readability needs the page as a whole), without
 * the elements of `omit` (and their subtrees).
 */
export function copyDocument(doc: Document, omit: ReadonlySet<Element> = new Set()): WorkingCopy {
  // A shallow clone keeps the document's URL, type and mode (Readability resolves links against it).
  const target = doc.cloneNode(false) as Document;
  const through = pathsTo(omit, doc);
  // The <body> is always reached node by node, so the copy's container is known without a search.
  if (doc.body) for (let cur: Node | null = doc.body; cur && cur !== doc; cur = cur.parentNode) (through as Set<Node>).add(cur);
  const state: CopyState = { target, omit, through, copies: new Map() };
  for (let child = doc.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === ELEMENT_NODE && omit.has(child as Element)) continue;
    target.appendChild(importSelectively(state, child));
  }
  const container = (doc.body && (state.copies.get(doc.body) as Element | undefined)) ?? target.body;
  return { doc: target, container, copyOf: copyFinder(state) };
}

/**
 * A fresh, small document holding only a copy of `root` (site rules that located the article root),
 * without the elements of `omit`: Readability then scores a few hundred nodes instead of the whole
 * page. A <base> keeps relative URLs resolvable; <html lang> is carried over.
 */
export function copyRootIntoFreshDocument(doc: Document, root: Element, baseUrl: string, omit: ReadonlySet<Element> = new Set()): WorkingCopy {
  const fresh = doc.implementation.createHTMLDocument('');
  const lang = doc.documentElement?.getAttribute('lang');
  if (lang) fresh.documentElement.setAttribute('lang', lang);
  if (baseUrl) {
    const base = fresh.createElement('base');
    base.setAttribute('href', baseUrl);
    fresh.head.appendChild(base);
  }
  const through = pathsTo(omit, root);
  through.add(root);
  const state: CopyState = { target: fresh, omit, through, copies: new Map() };
  const container = importSelectively(state, root) as Element;
  fresh.body.appendChild(container);
  return { doc: fresh, container, copyOf: copyFinder(state) };
}

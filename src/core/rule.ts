// The contract between the pipeline (extract.ts) and the site rules (src/sites). A rule is picked
// per page from the ordered registry; `start` gives a per-page run whose steps the pipeline calls in
// order: metadata and root (read-only, on the original page) → prepare (on the working copy) →
// Readability → finish (on Readability's output) → sanitise.

import type { DetectResult, ExtractOptions, SiteId } from './article';
import type { PageMetadata } from './metadata';
import type { PageIndex } from './page-index';

export interface RuleInput {
  /** The page. Read-only: nothing may be changed on it. */
  doc: Document;
  url: string;
  /** Base URL for relative links (the document's base URI or the page URL). */
  baseUrl: string;
  detected: DetectResult;
  page: PageMetadata;
  /** The page's elements the read-only steps look at (one walk, shared). */
  index: PageIndex;
  options: ExtractOptions;
}

export interface RuleMetadata {
  title: string;
  byline: string | null;
  siteName: string | null;
  publishedTime: string | null;
  leadImage: string | null;
  canonicalUrl: string | null;
}

/** What Readability reported, for rules that fall back on it. */
export interface ReadabilityFacts {
  byline: string | null;
  siteName: string | null;
  publishedTime: string | null;
  title: string | null;
}

export interface RuleRun {
  /** Metadata from the original page (may be refined in `finish`). */
  metadata(): RuleMetadata;
  /** The article root in the original page, or null for the whole document. */
  root(): Element | null;
  /**
   * True when the rule found the article from strong evidence (site markup, credit line…): short
   * posts (Q&A questions, slide decks) are then articles even with little text.
   */
  confident(): boolean;
  /**
   * True when the root was found from the site's own markers (its body markup, its credit line):
   * the prepared container is then the article as it stands, and Readability, which would only
   * re-derive it (dropping short CJK paragraphs and picture-only posts on the way), is skipped.
   */
  exactRoot?(): boolean;
  /**
   * Elements of the original page (with their subtrees) the working copy leaves out: decided from
   * the page itself, they would only be copied to be removed by the rule's own clean-up.
   */
  omit?(): Iterable<Element>;
  /**
   * Called once the working copy exists, before any clean-up. `copyOf` maps an element of the
   * original page onto the copy (null when it was left out).
   */
  cloned?(work: Document, container: Element, copyOf: (original: Element) => Element | null): void;
  /**
   * Site clean-up on the working copy (the common clean-up has already run). `elements`: every
   * element that was under the container before the common clean-up, in document order (removed
   * ones are no longer connected), or null when the rule must walk the container itself.
   */
  prepare(work: Document, container: Element, elements: readonly Element[] | null): void;
  /** Clean-up of Readability's output; may update the metadata from Readability's findings. */
  finish(content: Element, meta: RuleMetadata, facts: ReadabilityFacts): void;
}

export interface SiteRule {
  id: SiteId | 'generic';
  /** Whether this rule handles a page detect() judged so (the generic rule takes everything). */
  matches(detected: DetectResult): boolean;
  start(input: RuleInput): RuleRun;
}

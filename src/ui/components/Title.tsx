// The article title with line-break opportunities only between words. Browsers break Chinese
// anywhere, so a balanced title could split a word such as 产品经理 across two lines; the title is
// segmented into words (Intl.Segmenter, dictionary-based for Chinese in Chromium) with <wbr>
// between them, and the stylesheet sets word-break: keep-all so lines break only there.

import { Fragment } from 'preact';
import { useMemo } from 'preact/hooks';

/** Closing punctuation (：，。）》” …) must not start a line; it stays with the word before it. */
const CLOSING = /^[\p{Pe}\p{Pf}\p{Po}]/u;
/** Opening punctuation (（《“ …) must not end a line; it stays with the word after it. */
const OPENING = /[\p{Ps}\p{Pi}]$/u;
/** A dash run (——) is one mark: no break inside it. */
const DASH_START = /^\p{Pd}/u;
const DASH_END = /\p{Pd}$/u;

/**
 * Word segments of `text` in `lang`, with punctuation kept on the side of the word it belongs to
 * (the segmenter returns each mark as a segment of its own, and a <wbr> before "：" would let the
 * colon start a line); the whole text as one segment when the browser cannot segment.
 */
export function titleSegments(text: string, lang: string): string[] {
  const Segmenter = (Intl as { Segmenter?: typeof Intl.Segmenter }).Segmenter;
  if (!Segmenter) return [text];
  let words: string[];
  try {
    words = Array.from(new Segmenter(lang || undefined, { granularity: 'word' }).segment(text), (s) => s.segment);
  } catch {
    return [text];
  }
  const segments: string[] = [];
  for (const word of words) {
    const last = segments.length - 1;
    const previous = segments[last];
    if (previous !== undefined && (CLOSING.test(word) || OPENING.test(previous) || (DASH_START.test(word) && DASH_END.test(previous)))) segments[last] = previous + word;
    else segments.push(word);
  }
  return segments;
}

/**
 * The browser records when the title is painted (Element Timing: a PerformanceElementTiming entry
 * named "qy-title"), which is when the reader can start reading; bench/popup-chromium.ts reads it.
 * An attribute only: nothing runs for it. (Spread: Preact's JSX types do not list the attribute.)
 */
const PAINT_TIMING: Record<string, string> = { elementtiming: 'qy-title' };

export function Title({ text, lang }: { text: string; lang: string }) {
  const segments = useMemo(() => titleSegments(text, lang), [text, lang]);
  return (
    <h1 id="qy-title" class="qy-title" data-segmented={segments.length > 1 ? '' : undefined} {...PAINT_TIMING}>
      {segments.map((segment, i) => (
        <Fragment key={i}>
          {i > 0 && <wbr />}
          {segment}
        </Fragment>
      ))}
    </h1>
  );
}

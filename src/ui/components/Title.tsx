// The article title with line-break opportunities only between words. Browsers break Chinese
// anywhere, so a balanced title could split a word such as 产品经理 across two lines; the title is
// segmented into words (Intl.Segmenter, dictionary-based for Chinese in Chromium) with <wbr>
// between them, and the stylesheet sets word-break: keep-all so lines break only there.

import { Fragment } from 'preact';
import { useMemo } from 'preact/hooks';

/** Word segments of `text` in `lang`; the whole text as one segment when the browser cannot segment. */
export function titleSegments(text: string, lang: string): string[] {
  const Segmenter = (Intl as { Segmenter?: typeof Intl.Segmenter }).Segmenter;
  if (!Segmenter) return [text];
  try {
    return Array.from(new Segmenter(lang || undefined, { granularity: 'word' }).segment(text), (s) => s.segment);
  } catch {
    return [text];
  }
}

export function Title({ text, lang }: { text: string; lang: string }) {
  const segments = useMemo(() => titleSegments(text, lang), [text, lang]);
  return (
    <h1 id="qy-title" class="qy-title" data-segmented={segments.length > 1 ? '' : undefined}>
      {segments.map((segment, i) => (
        <Fragment key={i}>
          {i > 0 && <wbr />}
          {segment}
        </Fragment>
      ))}
    </h1>
  );
}

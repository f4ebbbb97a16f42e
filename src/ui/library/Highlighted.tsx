// Text with highlighted runs (<mark>), from highlight.ts. Rendered as text: never as HTML.

import type { SnippetPart } from './highlight';

export function Highlighted({ parts }: { parts: SnippetPart[] }) {
  return <>{parts.map((part, i) => (part.match ? <mark key={i}>{part.text}</mark> : part.text))}</>;
}

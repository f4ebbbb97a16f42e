// Placeholder shaped like the article (title, meta line, paragraphs) so the real one replaces it
// without a jump. Purely visual; the container carries aria-busy.

export function ArticleSkeleton() {
  return (
    <div class="qy-article qy-skeleton" aria-hidden="true">
      <div class="qy-skeleton-line qy-skeleton-title" />
      <div class="qy-skeleton-line qy-skeleton-title qy-skeleton-short" />
      <div class="qy-skeleton-line qy-skeleton-meta" />
      {[0, 1, 2].map((p) => (
        <div class="qy-skeleton-paragraph" key={p}>
          <div class="qy-skeleton-line" />
          <div class="qy-skeleton-line" />
          <div class="qy-skeleton-line" />
          <div class="qy-skeleton-line qy-skeleton-short" />
        </div>
      ))}
    </div>
  );
}

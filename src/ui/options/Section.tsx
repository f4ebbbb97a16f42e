import type { ComponentChildren } from 'preact';

export function Section({ id, title, description, children }: { id: string; title: string; description?: string; children: ComponentChildren }) {
  return (
    <section class="qy-section" id={id} aria-labelledby={`${id}-title`}>
      <h2 class="qy-section-title" id={`${id}-title`}>
        {title}
      </h2>
      {description && <p class="qy-section-description">{description}</p>}
      <div class="qy-section-body">{children}</div>
    </section>
  );
}

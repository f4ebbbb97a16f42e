import { Fragment } from 'preact';
import type { Article } from '../../core/article';
import { metaParts } from '../lib/format';

/** author · site · date · reading time */
export function MetaLine({ article }: { article: Article }) {
  const parts = metaParts(article);
  return (
    <p class="qy-meta" id="qy-meta">
      {parts.map((part, i) => (
        <Fragment key={i}>
          {i > 0 && (
            <span class="qy-meta-sep" aria-hidden="true">
              ·
            </span>
          )}
          <span>{part}</span>
        </Fragment>
      ))}
    </p>
  );
}

// The article as both readers show it: the title (the page's only h1), the meta line, an optional
// slot (the popup's table of contents), the sanitised body and a link back to the original page.
// Stable hooks for tests: #qy-title, article#qy-article, #qy-content, #qy-source-link.

import type { ComponentChildren } from 'preact';
import { useMemo } from 'preact/hooks';
import type { Article } from '../../core/article';
import { t } from '../i18n';
import { prepareArticleHtml } from '../lib/article-html';
import { displayHost } from '../lib/format';
import { shouldShowLeadImage } from '../lib/lead-image';
import { MetaLine } from './MetaLine';
import { Title } from './Title';

interface ArticleViewProps {
  article: Article;
  /** Rendered between the meta line and the body (the popup's collapsible contents). */
  beforeBody?: ComponentChildren;
  /** Where pictures load from (the offline library's stored images); see PrepareOptions.mapImage. */
  mapImage?: (src: string) => string | null;
}

export function ArticleView({ article, beforeBody, mapImage }: ArticleViewProps) {
  const html = useMemo(
    () =>
      prepareArticleHtml(
        article.contentHtml,
        { baseUrl: article.url, leadImage: shouldShowLeadImage(article) ? article.leadImage : null, leadAlt: '', mapImage },
        window,
      ),
    [article, mapImage],
  );
  const host = displayHost(article.url) ?? article.url;
  const original = /^https?:\/\//i.test(article.url) ? article.url : null;
  return (
    <article id="qy-article" class="qy-article" lang={article.lang || undefined} dir="auto">
      <header class="qy-article-header">
        <Title text={article.title} lang={article.lang} />
        <MetaLine article={article} />
      </header>
      {beforeBody}
      <div id="qy-content" class="qy-content" dangerouslySetInnerHTML={{ __html: html }} />
      <footer class="qy-source">
        {t('articleOriginalLabel')}
        {original ? (
          <a id="qy-source-link" href={original} target="_blank" rel="noopener noreferrer">
            {host}
          </a>
        ) : (
          <span>{host}</span>
        )}
      </footer>
    </article>
  );
}

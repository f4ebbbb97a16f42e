// data-state / data-detail of the popup root, the hooks browser tests and styles key on.

import type { PopupState } from '../hooks/useTabArticle';

export function stateAttributes(state: PopupState): { state: string; detail: string } {
  switch (state.kind) {
    case 'pending':
      return { state: 'loading', detail: 'extracting' };
    case 'loading':
      return { state: 'loading', detail: 'page-loading' };
    case 'loading-timeout':
      return { state: 'loading', detail: 'timeout' };
    case 'article':
      return { state: 'article', detail: state.article.site ?? 'generic' };
    case 'restricted':
      return { state: 'restricted', detail: state.reason };
    case 'no-article':
      return state.error.code === 'NO_ARTICLE' ? { state: 'no-article', detail: 'NO_ARTICLE' } : { state: 'error', detail: state.error.code };
    case 'error':
      return { state: 'error', detail: state.error.code };
  }
}


// content.detected: the light detector found a woshipm-style article in a tab. Show the badge; if
// the user asked for it, open the reader for that page once per page load. The reader is an
// extension page where no detector runs, so auto-open cannot loop.
import type { DetectResult } from '../core/article';
import { HIGH_CONFIDENCE } from '../shared/constants';
import { getOptions } from '../storage/options';
import { claimAutoOpen, showDetectedBadge } from './badge';
import { openReaderTab } from './reader-tab';
import type { HandlerContext } from './router';
import { getTabArticle } from './tab-article';

export async function onContentDetected(result: DetectResult, { sender }: HandlerContext): Promise<void> {
  const tab = sender.tab;
  if (tab?.id === undefined || !result.site || result.confidence < HIGH_CONFIDENCE) return;
  const url = sender.url ?? tab.url ?? '';
  await showDetectedBadge(tab.id, url);
  if (!(await getOptions()).autoOpen || !(await claimAutoOpen(tab.id, url))) return;
  const state = await getTabArticle(tab.id);
  if (state.kind === 'article') await openReaderTab({ article: state.article }, tab, tab.active);
}

// One localised sentence for the outcome of a save, for the toolbar tooltip. The popup and the
// reader show the same keys with more detail (the missing images, what to delete).
import type { SaveJob, SaveJobResult } from '../../shared/messages';
import { siteName } from '../../shared/origins';
import { getMessage } from '../i18n';

export function describeFailure(result: Extract<SaveJobResult, { status: 'failed' }>, kind: SaveJob['kind']): string {
  switch (result.code) {
    case 'NO_ARTICLE':
      return kind === 'link' ? getMessage('saveFailedLinkNoArticle') : getMessage('saveFailedNoArticle');
    case 'NO_PERMISSION':
      return getMessage('saveFailedNoPermission', siteName(result.origin ?? ''));
    case 'NETWORK':
      return getMessage('saveFailedNetwork');
    case 'NOT_HTML':
      return getMessage('saveFailedNotHtml');
    case 'QUOTA_EXCEEDED':
      return getMessage('saveFailedQuota');
    case 'TOO_LARGE':
      return getMessage('saveFailedTooLarge');
    case 'LOADING':
      return getMessage('saveFailedLoading');
    case 'INTERRUPTED':
      return getMessage('saveFailedInterrupted');
    case 'NOT_FOUND':
      return getMessage('saveFailedNotFound');
    case 'RESTRICTED':
      if (result.reason === 'file-access') return getMessage('failureFileAccess');
      if (result.reason === 'no-permission') return getMessage('failureNoPermission');
      return getMessage('failureRestricted');
    default:
      return getMessage('saveFailedOther', result.message);
  }
}

/** The tooltip of a finished save. */
export function describeResult(job: SaveJob): string {
  const result = job.result;
  if (!result) return '';
  if (result.status === 'saved') return getMessage('saveResultSaved', job.title ?? '');
  if (result.status === 'saved-partial') return getMessage('saveResultPartial', String(result.missing.length));
  return describeFailure(result, job.kind);
}

// Localised sentences for save results: why a save failed, why an image is missing. The toolbar
// tooltip (src/background/save/describe.ts) uses the same keys for the same cases.
import type { MissingImage } from '../../save/types';
import { siteName } from '../../shared/origins';
import type { SaveFailure } from '../hooks/useSaveJob';
import { t } from '../i18n';

export function failureText(failure: SaveFailure, link = false): string {
  switch (failure.code) {
    case 'NO_ARTICLE':
      return link ? t('saveFailedLinkNoArticle') : t('saveFailedNoArticle');
    case 'NO_PERMISSION':
      return t('saveFailedNoPermission', siteName(failure.origin ?? ''));
    case 'NETWORK':
      return t('saveFailedNetwork');
    case 'NOT_HTML':
      return t('saveFailedNotHtml');
    case 'QUOTA_EXCEEDED':
      return t('saveFailedQuota');
    case 'TOO_LARGE':
      return t('saveFailedTooLarge');
    case 'LOADING':
      return t('saveFailedLoading');
    case 'INTERRUPTED':
      return t('saveFailedInterrupted');
    case 'NOT_FOUND':
      return t('saveFailedNotFound');
    case 'RESTRICTED':
      if (failure.reason === 'file-access') return t('failureFileAccess');
      if (failure.reason === 'no-permission') return t('failureNoPermission');
      return t('failureRestricted');
    default:
      return t('saveFailedOther', failure.message);
  }
}

/** Whether trying the same save again can help (it cannot for a page without an article). */
export function isRetryable(failure: SaveFailure): boolean {
  return failure.code !== 'NO_ARTICLE' && failure.code !== 'RESTRICTED' && failure.code !== 'NOT_HTML' && failure.code !== 'NOT_FOUND';
}

export function imageReason(image: MissingImage): string {
  switch (image.reason) {
    case 'NETWORK':
      return t('saveImageNetwork');
    case 'HTTP_ERROR': {
      const status = /\b([1-5]\d\d)\b/.exec(image.message)?.[1];
      return status ? t('saveImageHttp', status) : t('saveImageOther');
    }
    case 'TIMEOUT':
      return t('saveImageTimeout');
    case 'TOO_LARGE':
      return t('saveImageTooLarge');
    case 'NOT_IMAGE':
      return t('saveImageNotImage');
    default:
      return t('saveImageOther');
  }
}

/** A missing image as a reader recognises it: its file name, or its host when it has none. */
export function imageName(url: string): string {
  try {
    const parsed = new URL(url);
    const file = decodeURIComponent(parsed.pathname.split('/').filter(Boolean).pop() ?? '');
    return file || parsed.hostname;
  } catch {
    return url.slice(0, 60);
  }
}

export const sitesOf = (patterns: readonly string[]): string => [...new Set(patterns.map(siteName))].join(', ');

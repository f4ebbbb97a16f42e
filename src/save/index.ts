// The save engine: downloads an article's images (the extension's fetch, no cookies, no
// referrer, capped, timed out, origin first then the proxied copy) and stores the article in the
// offline library. No extension APIs: the background passes its fetch and its library.
export { fetchImages, DEFAULT_CONCURRENCY, DEFAULT_MAX_IMAGE_BYTES, DEFAULT_TIMEOUT_MS } from './fetch-images';
export type { FetchImagesOptions, ImageSource } from './fetch-images';
export type { FetchFn } from './fetch-image';
export { saveArticleOffline, retryMissingImages, resumeInterruptedSave, DEFAULT_SPLIT_ABOVE, DEFAULT_BATCH_SIZE } from './save-offline';
export type { SaveDeps } from './save-offline';
export type { MissingImage, SaveFailureCode, SaveProgress, SaveResult } from './types';
export { sniffImageType } from './sniff';

// Names and limits shared by the background, the content scripts and the tests. Element ids,
// script ids and file names here are relied on by end-to-end tests: change them only together.

/** The injected extractor (src/content/main.ts), injected on demand with scripting.executeScript. */
export const CONTENT_SCRIPT_FILE = 'content.js';
/** The light detector (src/content/detector.ts): static on woshipm hosts, registered everywhere on request. */
export const DETECTOR_SCRIPT_FILE = 'detector.js';
/** scripting.registerContentScripts id of the detector on every site ("detection everywhere"). */
export const DETECTOR_EVERYWHERE_ID = 'qingyue-detector-all';
/** Hosts where the manifest already runs the detector (kept out of the "everywhere" registration). */
export const WOSHIPM_MATCHES: readonly string[] = ['*://*.woshipm.com/*'];
/** Pages the "everywhere" detector runs on. */
export const EVERYWHERE_MATCHES: readonly string[] = ['http://*/*', 'https://*/*'];
/** The optional permission behind detection everywhere and saving from other hosts. */
export const ALL_URLS = '<all_urls>';

/** Full-tab reader page; `?key=` (an article handed over by reader.open) or `?id=` (a library entry). */
export const READER_PAGE = 'reader.html';

/** Detection confidence from which the badge is shown and auto-open may fire. */
export const HIGH_CONFIDENCE = 0.6;

/**
 * Largest article a content script may send (JSON characters). Real articles are 20–300 KB; the cap
 * keeps a hostile or pathological page from flooding the background and storage.session (10 MB).
 */
export const MAX_ARTICLE_CHARS = 4 * 1024 * 1024;
/** Largest message a content script may send for anything else. */
export const MAX_CONTENT_MESSAGE_CHARS = 8 * 1024;

/** Badge colours: calm ink green (the icon's) for "article here", a muted red for a failed command. */
export const BADGE_COLOR_DETECTED = '#26695a';
export const BADGE_COLOR_FAILED = '#b3261e';
export const BADGE_TEXT_COLOR = '#ffffff';
/** Saving: a quiet slate while images download; amber for "saved, some images missing". */
export const BADGE_COLOR_SAVING = '#4a5a6a';
export const BADGE_COLOR_PARTIAL = '#a15c00';

/** The context-menu items (tests rely on these ids). */
export const MENU_SAVE_PAGE = 'qingyue-save-page';
export const MENU_SAVE_LINK = 'qingyue-save-link';
/** Chrome's offscreen document that parses linked pages (DOMParser; the service worker has none). */
export const OFFSCREEN_PAGE = 'offscreen.html';
/** The small window that asks for access to a linked page's site when the browser cannot ask from the menu click. */
export const SAVE_LINK_PAGE = 'save-link.html';
/** The offline library page. */
export const LIBRARY_PAGE = 'library.html';

// Line icons of the library page and the saved-article reader (24-unit grid, stroke =
// currentColor, like src/ui/components/Icon.tsx). Always decorative. The books icon lives in
// Icon.tsx, so the popup's link to the library does not load this module.

export { ICON_BOOKS } from '../components/Icon';

export const ICON_MAGNIFIER = 'M11 18a7 7 0 1 0 0-14 7 7 0 0 0 0 14zM20 20l-4-4';
export const ICON_TRASH = 'M4 7h16M10 11v6M14 11v6M6 7l1 12a2 2 0 0 0 2 2h6a2 2 0 0 0 2-2l1-12M9 7V4.5A1.5 1.5 0 0 1 10.5 3h3A1.5 1.5 0 0 1 15 4.5V7';
export const ICON_IMAGE_OFF = 'M4 4l16 16M9.5 5H18a2 2 0 0 1 2 2v8.5M18.5 19H6a2 2 0 0 1-2-2V7M4 15.5l4.5-4.5 3 3M14.5 11.5l2-2 3.5 3.5';
export const ICON_CHEVRON_LEFT = 'M15 6l-6 6 6 6';
export const ICON_CHEVRON_RIGHT = 'M9 6l6 6-6 6';
export const ICON_MORE = 'M5 12h.01M12 12h.01M19 12h.01';
export const ICON_FILE_EXPORT = 'M13 3H7a2 2 0 0 0-2 2v14a2 2 0 0 0 2 2h10a2 2 0 0 0 2-2V9l-6-6zM13 3v6h6M12 18v-6M9.5 15.5 12 18l2.5-2.5';

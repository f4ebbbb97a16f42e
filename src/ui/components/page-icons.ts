// Icons of the reader tab, the options page and the appearance steppers: never in the popup's first load.

export const ICON_TOC = 'M9 6h11M9 12h11M9 18h11M4.5 6h.01M4.5 12h.01M4.5 18h.01';
export const ICON_CLOSE = 'M6 6l12 12M18 6 6 18';
export const ICON_MINUS = 'M6 12h12';
export const ICON_PLUS = 'M12 6v12M6 12h12';
export const ICON_DOWNLOAD = 'M12 4v11M7 10.5l5 5 5-5M5 20h14';
export const ICON_UPLOAD = 'M12 16V5M7 9.5l5-5 5 5M5 20h14';
export const ICON_UNDO = 'M9 14 4 9l5-5M4 9h10.5a5.5 5.5 0 0 1 0 11H11';
export const ICON_KEYBOARD = 'M4 6h16a1 1 0 0 1 1 1v10a1 1 0 0 1-1 1H4a1 1 0 0 1-1-1V7a1 1 0 0 1 1-1zM7 10h.01M11 10h.01M15 10h.01M8 14h8';

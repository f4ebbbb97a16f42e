// Line icons on a 24-unit grid, drawn for Qingyue (stroke = currentColor, so they follow the theme).
// One constant per icon, so a page bundles only the icons it shows. Always decorative: the control
// that holds one carries the accessible name.

export const ICON_TOC = 'M9 6h11M9 12h11M9 18h11M4.5 6h.01M4.5 12h.01M4.5 18h.01';
export const ICON_TYPE = 'M4 7V5h11v2M9.5 5v14M7 19h5M14 13v-1.5h7V13M17.5 11.5V19M16 19h3';
export const ICON_EXTERNAL = 'M14 4h6v6M20 4l-8.5 8.5M18 14v4.5A1.5 1.5 0 0 1 16.5 20h-11A1.5 1.5 0 0 1 4 18.5v-11A1.5 1.5 0 0 1 5.5 6H10';
export const ICON_SETTINGS = 'M4 7h9M17 7h3M4 17h3M11 17h9M15 5v4M9 15v4';
export const ICON_CLOSE = 'M6 6l12 12M18 6 6 18';
export const ICON_REFRESH = 'M20 12a8 8 0 1 1-2.4-5.7M20 4v5h-5';
export const ICON_SEARCH = 'M14 3H7a2 2 0 0 0-2 2v14a2 2 0 0 0 2 2h4M14 3l5 5v2.5M14 3v5h5M16.5 19a2.5 2.5 0 1 0 0-5 2.5 2.5 0 0 0 0 5zM18.4 18.9 21 21.5';
export const ICON_LOCK = 'M6.5 11h11a1.5 1.5 0 0 1 1.5 1.5v7a1.5 1.5 0 0 1-1.5 1.5h-11A1.5 1.5 0 0 1 5 19.5v-7A1.5 1.5 0 0 1 6.5 11zM8 11V8a4 4 0 0 1 8 0v3M12 15v2';
export const ICON_ALERT = 'M10.3 4.2 2.6 17.5A2 2 0 0 0 4.3 20.5h15.4a2 2 0 0 0 1.7-3L13.7 4.2a2 2 0 0 0-3.4 0zM12 9.5v4M12 17h.01';
export const ICON_PAGES = 'M8 3h8l4 4v12a2 2 0 0 1-2 2H8a2 2 0 0 1-2-2V5a2 2 0 0 1 2-2zM16 3v4h4M9.5 11h7M9.5 14h7M9.5 17h4M3 7v13a2 2 0 0 0 2 2';
export const ICON_CLOCK = 'M12 21a9 9 0 1 0 0-18 9 9 0 0 0 0 18zM12 7v5l3.5 2';
export const ICON_BACK = 'M19 12H5M11 18l-6-6 6-6';
export const ICON_MINUS = 'M6 12h12';
export const ICON_PLUS = 'M12 6v12M6 12h12';
export const ICON_DOWNLOAD = 'M12 4v11M7 10.5l5 5 5-5M5 20h14';
export const ICON_UPLOAD = 'M12 16V5M7 9.5l5-5 5 5M5 20h14';
export const ICON_UNDO = 'M9 14 4 9l5-5M4 9h10.5a5.5 5.5 0 0 1 0 11H11';
export const ICON_KEYBOARD = 'M4 6h16a1 1 0 0 1 1 1v10a1 1 0 0 1-1 1H4a1 1 0 0 1-1-1V7a1 1 0 0 1 1-1zM7 10h.01M11 10h.01M15 10h.01M8 14h8';

export function Icon({ path, size = 20 }: { path: string; size?: number }) {
  return (
    <svg class="qy-icon" width={size} height={size} viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="1.75" stroke-linecap="round" stroke-linejoin="round" aria-hidden="true" focusable="false">
      <path d={path} />
    </svg>
  );
}

// Line icons on a 24-unit grid, drawn for Qingyue (stroke = currentColor, so they follow the theme).
// One constant per icon, in three modules (this one: the popup's toolbar; state-icons.ts;
// page-icons.ts), so the popup's first load carries only the icons it shows. Always decorative: the control
// that holds one carries the accessible name.

export const ICON_TYPE = 'M4 7V5h11v2M9.5 5v14M7 19h5M14 13v-1.5h7V13M17.5 11.5V19M16 19h3';
export const ICON_EXTERNAL = 'M14 4h6v6M20 4l-8.5 8.5M18 14v4.5A1.5 1.5 0 0 1 16.5 20h-11A1.5 1.5 0 0 1 4 18.5v-11A1.5 1.5 0 0 1 5.5 6H10';
export const ICON_SETTINGS = 'M4 7h9M17 7h3M4 17h3M11 17h9M15 5v4M9 15v4';
/** The offline library (a shelf of books): the popup's link to it, the library page. */
export const ICON_BOOKS = 'M4 5.5A1.5 1.5 0 0 1 5.5 4h2A1.5 1.5 0 0 1 9 5.5v13A1.5 1.5 0 0 1 7.5 20h-2A1.5 1.5 0 0 1 4 18.5zM9 8h3M9 16h3M12 5.5A1.5 1.5 0 0 1 13.5 4h.5a1.5 1.5 0 0 1 1.5 1.5v13A1.5 1.5 0 0 1 14 20h-.5a1.5 1.5 0 0 1-1.5-1.5zM16.2 6.6l1.5-.4a1.5 1.5 0 0 1 1.8 1l3 10.8a1.5 1.5 0 0 1-1 1.8l-1.5.4';

export function Icon({ path, size = 20 }: { path: string; size?: number }) {
  return (
    <svg class="qy-icon" width={size} height={size} viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="1.75" stroke-linecap="round" stroke-linejoin="round" aria-hidden="true" focusable="false">
      <path d={path} />
    </svg>
  );
}

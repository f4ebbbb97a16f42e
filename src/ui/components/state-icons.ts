// Icons of the states (no article, restricted, loading, error, expired), apart from the toolbar
// icons so the popup loads them only with its lazily loaded state views.

export const ICON_REFRESH = 'M20 12a8 8 0 1 1-2.4-5.7M20 4v5h-5';
export const ICON_SEARCH = 'M14 3H7a2 2 0 0 0-2 2v14a2 2 0 0 0 2 2h4M14 3l5 5v2.5M14 3v5h5M16.5 19a2.5 2.5 0 1 0 0-5 2.5 2.5 0 0 0 0 5zM18.4 18.9 21 21.5';
export const ICON_LOCK = 'M6.5 11h11a1.5 1.5 0 0 1 1.5 1.5v7a1.5 1.5 0 0 1-1.5 1.5h-11A1.5 1.5 0 0 1 5 19.5v-7A1.5 1.5 0 0 1 6.5 11zM8 11V8a4 4 0 0 1 8 0v3M12 15v2';
export const ICON_ALERT = 'M10.3 4.2 2.6 17.5A2 2 0 0 0 4.3 20.5h15.4a2 2 0 0 0 1.7-3L13.7 4.2a2 2 0 0 0-3.4 0zM12 9.5v4M12 17h.01';
export const ICON_PAGES = 'M8 3h8l4 4v12a2 2 0 0 1-2 2H8a2 2 0 0 1-2-2V5a2 2 0 0 1 2-2zM16 3v4h4M9.5 11h7M9.5 14h7M9.5 17h4M3 7v13a2 2 0 0 0 2 2';
export const ICON_CLOCK = 'M12 21a9 9 0 1 0 0-18 9 9 0 0 0 0 18zM12 7v5l3.5 2';
export const ICON_BACK = 'M19 12H5M11 18l-6-6 6-6';

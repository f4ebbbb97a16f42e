// Query parameters the pages accept.

/** popup.html?tabId=N: read that tab instead of the active one (tests open the popup in a tab). */
export function tabIdFromQuery(search: string): number | undefined {
  const raw = new URLSearchParams(search).get('tabId');
  if (raw === null || !/^\d+$/.test(raw)) return undefined;
  const id = Number(raw);
  return Number.isSafeInteger(id) ? id : undefined;
}

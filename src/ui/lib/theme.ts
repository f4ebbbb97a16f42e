// Themes are CSS custom properties on :root[data-theme] (src/ui/styles/tokens.css); 'system'
// follows prefers-color-scheme in CSS alone, so a change of the OS setting needs no script.
// resolveTheme tells the UI which palette is showing (e.g. "跟随系统（当前：深色）").

import type { Theme } from '../../storage/options-schema';

export type ResolvedTheme = Exclude<Theme, 'system'>;

export const THEMES: readonly Theme[] = ['light', 'sepia', 'dark', 'system'];

export function resolveTheme(theme: Theme, prefersDark: boolean): ResolvedTheme {
  if (theme === 'system') return prefersDark ? 'dark' : 'light';
  return theme;
}

export function prefersDarkScheme(win: Pick<Window, 'matchMedia'> | undefined = globalThis.window): boolean {
  return Boolean(win?.matchMedia?.('(prefers-color-scheme: dark)').matches);
}

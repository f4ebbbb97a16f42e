// Themes: which palette shows, and whether each palette is readable. The contrast check reads the
// real stylesheet, so a colour change that hurts readability fails here.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { prefersDarkScheme, resolveTheme } from '../../../src/ui/lib/theme';

const css = readFileSync(new URL('../../../src/ui/styles/tokens.css', import.meta.url), 'utf8');

/** The custom properties of the rule block whose selector list contains `selector`. */
function palette(selector: string, source = css): Record<string, string> {
  const block = new RegExp(`${selector.replace(/[[\]"()]/g, '\\$&')}[^{]*\\{([^}]*)\\}`).exec(source)?.[1];
  if (!block) throw new Error(`no rule for ${selector}`);
  return Object.fromEntries([...block.matchAll(/(--qy-[a-z-]+):\s*([^;]+);/g)].map((m) => [m[1]!, m[2]!.trim()]));
}

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

const THEMES = {
  light: palette(':root[data-theme="light"]'),
  sepia: palette(':root[data-theme="sepia"]'),
  dark: palette(':root[data-theme="dark"]'),
};

describe('theme resolution', () => {
  it('follows the system only for "system"', () => {
    expect(resolveTheme('system', true)).toBe('dark');
    expect(resolveTheme('system', false)).toBe('light');
    expect(resolveTheme('sepia', true)).toBe('sepia');
    expect(resolveTheme('light', true)).toBe('light');
  });

  it('reads prefers-color-scheme and copes without matchMedia', () => {
    expect(prefersDarkScheme({ matchMedia: () => ({ matches: true }) as MediaQueryList })).toBe(true);
    expect(prefersDarkScheme(undefined)).toBe(false);
  });

  it('"system" in dark mode uses exactly the dark palette', () => {
    const media = /@media \(prefers-color-scheme: dark\) \{([\s\S]*?)\n\}/.exec(css)?.[1] ?? '';
    expect(palette(':root[data-theme="system"]', media)).toEqual(THEMES.dark);
  });
});

describe.each(Object.entries(THEMES))('%s palette', (_name, colours) => {
  const on = (fg: string, bg = '--qy-bg') => contrast(colours[fg]!, colours[bg]!);

  it('body text has at least 7:1 against the page and the panels', () => {
    expect(on('--qy-text')).toBeGreaterThanOrEqual(7);
    expect(on('--qy-text', '--qy-surface')).toBeGreaterThanOrEqual(7);
  });

  it('secondary text, links and the lede stay at 4.5:1 or more', () => {
    expect(on('--qy-text-muted')).toBeGreaterThanOrEqual(4.5);
    expect(on('--qy-text-faint')).toBeGreaterThanOrEqual(4.5);
    expect(on('--qy-link')).toBeGreaterThanOrEqual(4.5);
    expect(on('--qy-text-muted', '--qy-lede-bg')).toBeGreaterThanOrEqual(4.5);
    expect(on('--qy-text-faint', '--qy-raised')).toBeGreaterThanOrEqual(4.5);
  });

  it('the accent is visible as a control colour and readable on itself', () => {
    expect(on('--qy-accent')).toBeGreaterThanOrEqual(3);
    expect(on('--qy-accent-contrast', '--qy-accent')).toBeGreaterThanOrEqual(4.5);
  });
});

// Theme, font, size, line height and width: the same controls in the popup's panel, the reader's
// settings panel and the options page. Ids: #qy-theme-<light|sepia|dark|system>,
// #qy-font-<sans|serif>, #qy-size-dec/-inc, #qy-line-height-dec/-inc, #qy-width-dec/-inc.

import type { FontFamily, Options, Theme } from '../../storage/options-schema';
import { t } from '../i18n';
import { prefersDarkScheme, resolveTheme, THEMES } from '../lib/theme';
import '../styles/appearance.css';
import { RadioGroup } from './RadioGroup';
import { Stepper } from './Stepper';

type AppearanceOptions = Pick<Options, 'theme' | 'font' | 'fontSize' | 'lineHeight' | 'contentWidth'>;

interface AppearanceControlsProps {
  options: AppearanceOptions;
  onChange: (patch: Partial<AppearanceOptions>) => void;
  /** The popup's narrow panel: the System theme's "now: dark" hint is left out. */
  compact?: boolean;
}

const THEME_LABEL: Record<Theme, string> = { light: 'themeLight', sepia: 'themeSepia', dark: 'themeDark', system: 'themeSystem' };
const FONT_LABEL: Record<FontFamily, string> = { sans: 'fontSans', serif: 'fontSerif' };

export function AppearanceControls({ options, onChange, compact }: AppearanceControlsProps) {
  const current = resolveTheme('system', prefersDarkScheme());
  return (
    <div class={`qy-appearance${compact ? ' qy-appearance--compact' : ''}`}>
      <div class="qy-control">
        <span class="qy-control-label" id="qy-theme-label">
          {t('appearanceTheme')}
        </span>
        <RadioGroup<Theme>
          label={t('appearanceTheme')}
          labelledBy="qy-theme-label"
          class="qy-theme-choices"
          value={options.theme}
          onChange={(theme) => onChange({ theme })}
          choices={THEMES.map((theme) => ({
            value: theme,
            id: `qy-theme-${theme}`,
            label: t(THEME_LABEL[theme]),
            adornment: <span class="qy-swatch" data-swatch={theme} aria-hidden="true" />,
            hint: theme === 'system' && !compact ? t('themeSystemCurrent', t(THEME_LABEL[current])) : undefined,
          }))}
        />
      </div>
      <div class="qy-control">
        <span class="qy-control-label" id="qy-font-label">
          {t('appearanceFont')}
        </span>
        <RadioGroup<FontFamily>
          label={t('appearanceFont')}
          labelledBy="qy-font-label"
          class="qy-font-choices"
          value={options.font}
          onChange={(font) => onChange({ font })}
          choices={(['sans', 'serif'] as const).map((font) => ({
            value: font,
            id: `qy-font-${font}`,
            label: t(FONT_LABEL[font]),
            adornment: (
              <span class="qy-font-sample" data-font-sample={font} aria-hidden="true">
                {t('fontSampleGlyph')}
              </span>
            ),
          }))}
        />
      </div>
      <div class="qy-steppers">
        <Stepper id="qy-size" option="fontSize" label={t('appearanceFontSize')} value={options.fontSize} onChange={(fontSize) => onChange({ fontSize })} />
        <Stepper id="qy-line-height" option="lineHeight" label={t('appearanceLineHeight')} value={options.lineHeight} onChange={(lineHeight) => onChange({ lineHeight })} />
        <Stepper id="qy-width" option="contentWidth" label={t('appearanceWidth')} value={options.contentWidth} onChange={(contentWidth) => onChange({ contentWidth })} />
      </div>
    </div>
  );
}

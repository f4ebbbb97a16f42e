// The popup's appearance panel. Loaded on demand (when the pointer or focus reaches its button):
// most popups are opened to read, not to restyle, and the popup's first paint stays within its
// 30 KB budget without it.

import type { Options } from '../../storage/options-schema';
import { AppearanceControls } from '../components/AppearanceControls';
import { Popover } from '../components/Popover';
import { t } from '../i18n';

interface AppearancePanelProps {
  options: Options;
  onChange: (patch: Partial<Options>) => void;
  onClose: () => void;
}

export function AppearancePanel({ options, onChange, onClose }: AppearancePanelProps) {
  return (
    <Popover id="qy-appearance-panel" label={t('toolbarAppearance')} toggleId="qy-appearance" onClose={onClose} class="qy-popover--popup">
      <AppearanceControls compact options={options} onChange={onChange} />
    </Popover>
  );
}

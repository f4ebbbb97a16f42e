// A state instead of an article: icon, title, one-line explanation, optional details and actions.
// Never a blank popup (issue #3).

import type { ComponentChildren } from 'preact';
import '../styles/states.css';
import { Icon } from './Icon';

interface StateViewProps {
  /** An ICON_* path from Icon.tsx. */
  icon: string;
  title: string;
  text: ComponentChildren;
  /** More text under the explanation (the kinds of pages that work, the error code…). */
  details?: ComponentChildren;
  actions?: ComponentChildren;
  busy?: boolean;
}

export function StateView({ icon, title, text, details, actions, busy }: StateViewProps) {
  return (
    <section class="qy-state" aria-labelledby="qy-state-title" aria-busy={busy || undefined}>
      <div class={`qy-state-icon${busy ? ' qy-state-icon--busy' : ''}`}>
        <Icon path={icon} size={28} />
      </div>
      <h1 class="qy-state-title" id="qy-state-title">
        {title}
      </h1>
      <p class="qy-state-text">{text}</p>
      {details && <div class="qy-state-details">{details}</div>}
      {actions && <div class="qy-state-actions">{actions}</div>}
    </section>
  );
}

import '../styles/save-state.css';
import { sst } from '../i18n/save-state-ui';
import type { SaveState as State } from '../stores/record-store';

export function SaveState({ state }: { state: State }) {
  return (
    <p class={`save-state save-state--${state}`} role="status">
      {sst(`save.${state}`)}
    </p>
  );
}

import { ct } from '../../i18n/checklist-ui';
import { t } from '../../i18n/ui';
import type { ProgramShape } from '../../lib/program-view';
import type { Role } from '../../schemas/program';
import { announce } from '../../stores/announcer';
import { setProgramSettings } from '../../stores/planner';
import { programLensStore } from '../../stores/program-lens';
import { progressWords } from '../ProgressMeter';

/** "Show tasks for": the role lens the program's lists and progress follow. */
export function RoleSwitch({
  program,
  role,
  disabled,
}: {
  program: ProgramShape;
  role?: Role | undefined;
  disabled: boolean;
}) {
  const options: (Role | 'everyone')[] = ['everyone', ...(program.roles ?? [])];
  return (
    <fieldset class="program-panel__roles">
      <legend>{ct('planner.roleLegend')}</legend>
      <div class="segmented">
        {options.map((option) => (
          <label key={option}>
            <input
              type="radio"
              name={`role-${program.id}`}
              value={option}
              checked={(role ?? 'everyone') === option}
              disabled={disabled}
              onChange={() => {
                setProgramSettings(program.id, { role: option === 'everyone' ? undefined : option });
                // Lists fold or come back: said once, for the reader's own choice (one made in another tab, or by
                // the address, comes by the store and says nothing here).
                const { role: shown, progress } = programLensStore(program).get();
                announce(
                  ct('planner.roleShown', {
                    role: t(`role.${shown ?? 'everyone'}`),
                    progress: progressWords(progress),
                  }),
                );
              }}
            />
            <span>{t(`role.${option}`)}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

import { ct } from '../../i18n/checklist-ui';
import { t } from '../../i18n/ui';
import type { ProgramShape } from '../../lib/program-view';
import type { Role } from '../../schemas/program';
import { setProgramSettings } from '../../stores/planner';

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
              onChange={() => setProgramSettings(program.id, { role: option === 'everyone' ? undefined : option })}
            />
            <span>{t(`role.${option}`)}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

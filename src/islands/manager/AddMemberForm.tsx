import { useRef, useState } from 'preact/hooks';
import { mt } from '../../i18n/manager-ui';
import { cleanName, MAX_PERSON_NAME } from '../../schemas/manager';
import { addMember } from '../../stores/manager';
import { counterDescribedBy, keepWithinLimit, LengthCounter } from '../LengthCounter';
import { sayFieldError, unavailableUntil, unsayFieldError } from './parts';

/** The roster's name field and Add to team. */
export function AddMemberForm({ ready }: { ready: boolean }) {
  /*
   * The name field is the browser's own (not controlled, not marked unavailable): it takes keys before the tool
   * is alive, and hydration leaves what was typed in place. Adding it (Enter, Add to team) waits for the tool.
   * What it holds is followed for its counter and for the word said when a paste goes past the limit
   * (keepWithinLimit, as every limited field of the planners: until December 7, late night the field cut it without a word).
   */
  const nameField = useRef<HTMLInputElement>(null);
  const [blank, setBlank] = useState(false);
  const [name, setName] = useState('');
  return (
    <form
      class="field field__row"
      onSubmit={(e) => {
        e.preventDefault();
        const field = nameField.current;
        if (!field) return;
        // A name of spaces (or of characters no name holds) is none: the field says so, as a figure's does.
        const none = !cleanName(field.value);
        setBlank(none);
        if (none) sayFieldError(mt('manager.nameBlank'));
        else if (addMember(field.value)) {
          field.value = '';
          setName('');
          unsayFieldError(mt('manager.nameBlank'));
        }
      }}
    >
      <label for="manager-member-name">{mt('manager.memberName')}</label>
      <input
        ref={nameField}
        id="manager-member-name"
        type="text"
        dir="auto"
        autoComplete="off"
        maxLength={MAX_PERSON_NAME}
        aria-invalid={blank ? 'true' : undefined}
        aria-describedby={
          blank ? 'manager-member-name-error' : counterDescribedBy('manager-member-name', name.length, MAX_PERSON_NAME)
        }
        onInput={(e) => setName(keepWithinLimit(mt('manager.memberName'), name, e.currentTarget, MAX_PERSON_NAME))}
      />
      <button type="submit" class="button button--small" aria-disabled={unavailableUntil(ready)}>
        {mt('manager.addMember')}
      </button>
      <LengthCounter fieldId="manager-member-name" length={name.length} max={MAX_PERSON_NAME} />
      {blank && (
        <span id="manager-member-name-error" class="field__error">
          {mt('manager.nameBlank')}
        </span>
      )}
    </form>
  );
}

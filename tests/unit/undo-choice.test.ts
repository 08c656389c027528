import { describe, expect, it } from 'vitest';
import { undoChoice } from '../../src/lib/undo-choice';

type Team = { members: string[] };
const union = (a: Team, b: Team): Team => ({ members: [...new Set([...b.members, ...a.members])] });
const old: Team = { members: ['Ana', 'Ben'] };
const added: Team = { members: ['Eve'] };

describe('undoChoice', () => {
  it('puts back a record nothing changed since', () => {
    expect(undoChoice(old, undefined, undefined, false, union)).toEqual({ do: 'put back' });
    expect(undoChoice(old, added, { members: ['Eve'] }, false)).toEqual({ do: 'put back' });
  });

  it('merges a record the change removed and another tab wrote again, for a kind that merges', () => {
    expect(undoChoice(old, undefined, added, false, union)).toEqual({
      do: 'merge',
      value: { members: ['Ana', 'Ben', 'Eve'] },
    });
  });

  it('keeps aside what a record held before when it cannot merge: no merge, a restore left it, or it is locked', () => {
    expect(undoChoice(old, undefined, added, false)).toEqual({ do: 'aside', value: old });
    expect(undoChoice(old, { members: ['Cy'] }, added, false, union)).toEqual({ do: 'aside', value: old });
    expect(undoChoice(old, undefined, added, true, union)).toEqual({ do: 'aside', value: old });
    expect(undoChoice(old, undefined, undefined, true, union)).toEqual({ do: 'aside', value: old });
  });

  it('keeps what is there now when there was nothing before', () => {
    expect(undoChoice(undefined, { members: ['Cy'] }, added, false, union)).toEqual({ do: 'keep' });
  });
});

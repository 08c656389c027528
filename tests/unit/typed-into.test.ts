// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { typedInto } from '../../src/islands/typed-into';

/** A field holding `value`, with the caret at `caret`, as the browser leaves it after an edit. */
function fieldAfterEdit(value: string, caret: number, multiline = false): HTMLInputElement | HTMLTextAreaElement {
  const field = document.createElement(multiline ? 'textarea' : 'input');
  document.body.append(field);
  field.value = value;
  field.setSelectionRange(caret, caret);
  return field;
}

describe('typedInto', () => {
  it('drops a bidi control pasted in the middle and keeps the caret right after the paste', () => {
    // "Q1 " + the paste "team " + U+202E, then "review": the caret was after the control.
    const field = fieldAfterEdit('Q1 team \u202ereview', 9, true);
    expect(typedInto(field)).toBe('Q1 team review');
    expect(field.value).toBe('Q1 team review');
    expect([field.selectionStart, field.selectionEnd]).toEqual([8, 8]);
  });

  it('counts only the controls before the caret', () => {
    const field = fieldAfterEdit('a\u2066b\u2069c d\u202ee', 5);
    expect(typedInto(field)).toBe('abc de');
    expect(field.selectionStart).toBe(3);
  });

  it('keeps the caret at the end of what is kept when the limit cuts the text', () => {
    const cut = fieldAfterEdit('abc\u202edefgh', 9);
    expect(typedInto(cut, 5)).toBe('abcde');
    expect(cut.selectionStart).toBe(5);
    // Cut after the caret: the caret stays where it was.
    const after = fieldAfterEdit('ab\u202ecdefgh', 3);
    expect(typedInto(after, 5)).toBe('abcde');
    expect(after.selectionStart).toBe(2);
  });

  it('leaves a field with nothing to drop as it is, caret and selection included', () => {
    const field = fieldAfterEdit('Q1 review', 3);
    field.setSelectionRange(1, 4);
    expect(typedInto(field, 300)).toBe('Q1 review');
    expect([field.selectionStart, field.selectionEnd]).toEqual([1, 4]);
  });
});

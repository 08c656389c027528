// @vitest-environment jsdom
import { h, render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { keepWithinLimit, LengthCounter } from '../../src/islands/LengthCounter';
import { $announcement } from '../../src/stores/announcer';

/*
 * A paste longer than the field keeps says how much it left out, counted from the edit's `beforeinput` (the
 * browser's maxlength has cut the text by the input event). Until December 6, late night, the counter heard it by
 * setting the page's `onbeforeinput` property when nothing had: a page script that set it first left the count at
 * nothing, and one that set it later took it over.
 */
const MAX = 10;

function pasteInto(field: HTMLTextAreaElement, text: string): void {
  field.dispatchEvent(new InputEvent('beforeinput', { bubbles: true, data: text, inputType: 'insertFromPaste' }));
}

/** A field with its counter, as every limited field of the planners has one. */
function mountField(): HTMLTextAreaElement {
  const root = document.createElement('div');
  document.body.append(root);
  act(() => {
    render(
      h(
        'div',
        null,
        h('textarea', { id: 'note', maxLength: MAX }),
        h(LengthCounter, { fieldId: 'note', length: 0, max: MAX }),
      ),
      root,
    );
  });
  return root.querySelector('textarea') as HTMLTextAreaElement;
}

afterEach(() => {
  document.body.replaceChildren();
  $announcement.set(null);
  window.onbeforeinput = null;
});

describe('LengthCounter', () => {
  it('counts what a paste leaves out when the page has its own beforeinput handler, and leaves that handler be', () => {
    let theirs = 0;
    window.onbeforeinput = () => {
      theirs += 1;
    };
    const field = mountField();
    pasteInto(field, 'x'.repeat(15));
    // What the browser's maxlength leaves in the field by the input event.
    field.value = 'x'.repeat(MAX);
    expect(keepWithinLimit('Note', '', field, MAX)).toBe('x'.repeat(MAX));
    expect($announcement.get()?.text).toBe('Note is full at 10 characters: nothing past that is kept (5 left out).');
    expect(theirs).toBe(1);
  });

  it('sets no property of the page', () => {
    mountField();
    expect(window.onbeforeinput).toBeNull();
    expect(document.onbeforeinput).toBeNull();
  });
});

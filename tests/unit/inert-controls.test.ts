import { describe, expect, it } from 'vitest';
import { cancelsWhileUnavailable } from '../../src/lib/inert-controls';

const button = { localName: 'button' };
const box = { localName: 'input', type: 'checkbox' };
const radio = { localName: 'input', type: 'radio' };
const text = { localName: 'input', type: 'text' };
const date = { localName: 'input', type: 'date' };
const select = { localName: 'select' };
const textarea = { localName: 'textarea' };

describe('an unavailable control (aria-disabled) stays in the Tab order and does nothing', () => {
  it('cancels every press, on any control: no tick, no radio picked, no form sent', () => {
    for (const control of [button, box, radio, text, select, { localName: 'input', type: 'submit' }]) {
      expect(cancelsWhileUnavailable({ type: 'click' }, control)).toBe(true);
    }
  });

  it('cancels typing, pasting and dropping text', () => {
    for (const control of [text, textarea, date])
      expect(cancelsWhileUnavailable({ type: 'beforeinput' }, control)).toBe(true);
  });

  it('cancels the keys and the mouse press that change a field or a select without a click, but not Tab', () => {
    for (const control of [
      text,
      date,
      select,
      textarea,
      { localName: 'input' },
      { localName: 'input', type: 'number' },
    ]) {
      expect(cancelsWhileUnavailable({ type: 'keydown', key: 'ArrowDown' }, control)).toBe(true);
      expect(cancelsWhileUnavailable({ type: 'keydown', key: 'Enter' }, control)).toBe(true);
      expect(cancelsWhileUnavailable({ type: 'keydown', key: '4' }, control)).toBe(true);
      expect(cancelsWhileUnavailable({ type: 'mousedown' }, control)).toBe(true);
      expect(cancelsWhileUnavailable({ type: 'keydown', key: 'Tab' }, control)).toBe(false);
    }
  });

  it('leaves the keys of a button, a box or a radio alone: Tab moves on, the arrows scroll, Space comes as a click', () => {
    for (const control of [button, box, radio]) {
      for (const key of ['Tab', 'ArrowDown', 'PageDown', ' ']) {
        expect(cancelsWhileUnavailable({ type: 'keydown', key }, control)).toBe(false);
      }
      expect(cancelsWhileUnavailable({ type: 'mousedown' }, control)).toBe(false);
    }
  });

  it('leaves other events alone', () => {
    expect(cancelsWhileUnavailable({ type: 'focus' }, text)).toBe(false);
    expect(cancelsWhileUnavailable({ type: 'keyup', key: 'a' }, text)).toBe(false);
  });
});

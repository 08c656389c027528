import { describe, expect, it } from 'vitest';
import { withoutEmptyCssMarks } from '../../src/build/empty-css';

describe('withoutEmptyCssMarks', () => {
  it('drops the comment Vite leaves for each CSS import it took out', () => {
    const code = 'import{a as e}from"./x.js";/* empty css                */import{b}from"./y.js";e(b);';
    expect(withoutEmptyCssMarks(code)).toBe('import{a as e}from"./x.js";import{b}from"./y.js";e(b);');
  });

  it('leaves other comments as they are', () => {
    const code = '/* empty */a();/* css */b();';
    expect(withoutEmptyCssMarks(code)).toBe(code);
  });
});

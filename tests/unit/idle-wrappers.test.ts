import { parseAst } from 'rolldown/parseAst';
import { describe, expect, it } from 'vitest';
import { withoutIdleWrappers } from '../../src/build/idle-wrappers';

const HELPER = 'const e=l=>l();';

describe('withoutIdleWrappers', () => {
  it('writes out each call of the helper as what it runs, and drops the helper', () => {
    const code = `${HELPER}function a(){return e(()=>__csmImport(\`./x.js\`).then(t=>t.n),[])}var b=()=>e(()=>__csmImport(\`./y.js\`),[]);`;
    expect(withoutIdleWrappers(code, 'e', parseAst)).toBe(
      'function a(){return __csmImport(`./x.js`).then(t=>t.n)}var b=()=>__csmImport(`./y.js`);',
    );
  });

  it('writes out a call inside another, and keeps what is not a call', () => {
    const code = `${HELPER}e(()=>__csmImport(\`./x.js\`).then(()=>e(()=>__csmImport(\`./y.js\`),[])),[]);`;
    expect(withoutIdleWrappers(code, 'e', parseAst)).toBe('__csmImport(`./x.js`).then(()=>__csmImport(`./y.js`));');
  });

  it('writes out calls side by side inside a call, and calls after it, in one pass', () => {
    const code = `${HELPER}e(()=>a(e(()=>b,[]),e(()=>c?d:f,[])),[]);h(e(()=>e(()=>g,[]),[]));`;
    expect(withoutIdleWrappers(code, 'e', parseAst)).toBe('a(b,(c?d:f));h(g);');
  });

  it('puts a body that is not a call in parentheses', () => {
    const code = `${HELPER}e(()=>a?__csmImport(\`./x.js\`):b,[]).then(c);`;
    expect(withoutIdleWrappers(code, 'e', parseAst)).toBe('(a?__csmImport(`./x.js`):b).then(c);');
  });

  it('leaves a call of another binding of the name (a parameter, a declaration in a block) as it is', () => {
    const code = `${HELPER}function a(e){return e(()=>__csmImport(\`./x.js\`),[])}{let e=f;e(()=>g,[])}e(()=>__csmImport(\`./y.js\`),[]);`;
    expect(withoutIdleWrappers(code, 'e', parseAst)).toBe(
      'function a(e){return e(()=>__csmImport(`./x.js`),[])}{let e=f;e(()=>g,[])}__csmImport(`./y.js`);',
    );
  });

  it('keeps the helper while anything else refers to it, and reads property and import names as no reference', () => {
    const used = `${HELPER}import{e as f}from"./z.js";x.e({e:1});e(()=>__csmImport(\`./y.js\`),[]);g(e);`;
    expect(withoutIdleWrappers(used, 'e', parseAst)).toBe(
      `${HELPER}import{e as f}from"./z.js";x.e({e:1});__csmImport(\`./y.js\`);g(e);`,
    );
    const unused = `${HELPER}import{e as f}from"./z.js";x.e({e:1});e(()=>__csmImport(\`./y.js\`),[]);`;
    expect(withoutIdleWrappers(unused, 'e', parseAst)).toBe(
      'import{e as f}from"./z.js";x.e({e:1});__csmImport(`./y.js`);',
    );
  });
});

// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { type FrameWindow, isFramedByAnotherSite } from '../../src/browser/frame';

const SITE = 'https://handbook.example';

/** A top-level window of `origin`. */
function top(origin: string): FrameWindow {
  const win: { origin: string; parent: FrameWindow | null } = { origin, parent: null };
  win.parent = win;
  return win;
}

/** A window of `origin` framed in `parent`. */
const framed = (origin: string, parent: FrameWindow): FrameWindow => ({ origin, parent });

/** A window of another origin as a script sees it: reading its origin throws. */
function crossOrigin(parent?: FrameWindow): FrameWindow {
  const win = {
    get origin(): string {
      throw new DOMException('Blocked a frame from accessing a cross-origin frame.', 'SecurityError');
    },
    parent: parent ?? null,
  };
  if (!parent) win.parent = win as FrameWindow;
  return win;
}

describe('isFramedByAnotherSite', () => {
  it('is false for a page that is not framed', () => {
    expect(isFramedByAnotherSite(top(SITE))).toBe(false);
    expect(isFramedByAnotherSite()).toBe(false);
  });

  it('is false when the site frames itself, at any depth', () => {
    expect(isFramedByAnotherSite(framed(SITE, top(SITE)))).toBe(false);
    expect(isFramedByAnotherSite(framed(SITE, framed(SITE, top(SITE))))).toBe(false);
  });

  it('is true inside a frame of another origin', () => {
    expect(isFramedByAnotherSite(framed(SITE, crossOrigin()))).toBe(true);
  });

  it('is true when another site is anywhere above, even under a frame of the site itself', () => {
    expect(isFramedByAnotherSite(framed(SITE, framed(SITE, crossOrigin())))).toBe(true);
  });

  it('is true in a sandboxed frame, whose own origin is opaque', () => {
    expect(isFramedByAnotherSite(framed('null', top(SITE)))).toBe(true);
  });

  it('is false once the frame is gone (no parent)', () => {
    expect(isFramedByAnotherSite({ origin: SITE, parent: null })).toBe(false);
  });
});

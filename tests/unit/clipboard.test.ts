import { afterEach, describe, expect, it, vi } from 'vitest';
import { copyAndSay } from '../../src/browser/clipboard';
import { $announcement, clearAnnouncementForTests } from '../../src/stores/announcer';

/** A browser whose clipboard takes the text (kept in `written`), or refuses it as a denied permission does. */
function clipboard(takes: boolean): string[] {
  const written: string[] = [];
  const writeText = (text: string) => {
    if (!takes) return Promise.reject(new DOMException('Denied', 'NotAllowedError'));
    written.push(text);
    return Promise.resolve();
  };
  vi.stubGlobal('navigator', { clipboard: { writeText } });
  return written;
}

afterEach(() => {
  vi.unstubAllGlobals();
  clearAnnouncementForTests();
});

describe('copyAndSay, the one way to copy for the reader', () => {
  it('copies the text and says so, as news', async () => {
    const written = clipboard(true);
    expect(await copyAndSay('# My plan', 'Copied the plan.', 'Could not copy.')).toBe(true);
    expect(written).toEqual(['# My plan']);
    expect($announcement.get()).toMatchObject({ text: 'Copied the plan.', tone: 'info', actions: [] });
  });

  it('says it could not, as an error, when the browser refuses', async () => {
    const written = clipboard(false);
    expect(await copyAndSay('# My plan', 'Copied the plan.', 'Could not copy.')).toBe(false);
    expect(written).toEqual([]);
    expect($announcement.get()).toMatchObject({ text: 'Could not copy.', tone: 'error' });
  });

  it('leaves a refusal to its caller when it is given no words for it', async () => {
    clipboard(false);
    expect(await copyAndSay('Ask Ana about the demo', 'Copied your text.')).toBe(false);
    expect($announcement.get()).toBeNull();
  });

  it('says it could not when the page has no clipboard at all (an insecure page)', async () => {
    vi.stubGlobal('navigator', {});
    expect(await copyAndSay('x', 'Copied.', 'Could not copy.')).toBe(false);
    expect($announcement.get()).toMatchObject({ text: 'Could not copy.', tone: 'error' });
  });
});

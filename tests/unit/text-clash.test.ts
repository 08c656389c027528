// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { $announcement, announce, settle } from '../../src/stores/announcer';
import { offerBack } from '../../src/stores/text-clash';

/** Whether closing or reloading the page now would ask first. */
function asks(): boolean {
  const leaving = new Event('beforeunload', { cancelable: true });
  window.dispatchEvent(leaving);
  return leaving.defaultPrevented;
}

describe('text offered back: the question before leaving, and the offer kept until answered', () => {
  it('asks first while the offer waits, set aside or shown, and not once it is answered', () => {
    expect(asks()).toBe(false);
    offerBack(true, ['Ask Ana about the demo'], () => {});
    const offer = $announcement.get();
    expect(asks()).toBe(true);
    announce('Downloaded internship-checklist.md.');
    expect(asks()).toBe(true);
    settle($announcement.get()?.id ?? -1);
    expect($announcement.get()).toBe(offer);
    expect(asks()).toBe(true);
    settle(offer?.id ?? -1);
    expect(asks()).toBe(false);
  });

  it('asks until the last of two offers goes', () => {
    offerBack(true, ['First'], () => {});
    const first = $announcement.get();
    offerBack(false, ['Second'], () => {});
    settle($announcement.get()?.id ?? -1);
    expect($announcement.get()).toBe(first);
    expect(asks()).toBe(true);
    settle(first?.id ?? -1);
    expect(asks()).toBe(false);
  });

  it('offers again when the text cannot be copied, so the way to keep it is still there', async () => {
    // jsdom has no clipboard: the copy fails as a refused one does.
    offerBack(true, ['Ask Ana about the demo'], () => {});
    const offer = $announcement.get();
    settle(offer?.id ?? -1);
    offer?.actions[1]?.run();
    expect(asks()).toBe(false);
    await vi.waitFor(() => expect($announcement.get()?.tone).toBe('error'));
    expect($announcement.get()).toMatchObject({
      text: 'Could not copy that text: choose Use that text to keep it instead.',
      stays: true,
      actions: [{ label: 'Use that text' }, { label: 'Copy that text' }],
    });
    expect(asks()).toBe(true);
  });
});

import { describe, expect, it } from 'vitest';
import { $announcement, announce, clearAnnouncementForTests, settle } from '../../src/stores/announcer';

describe('announcer', () => {
  it('says each message anew, with its actions and the page to go to next', () => {
    announce('Saved.');
    const first = $announcement.get();
    expect(first).toMatchObject({ text: 'Saved.', tone: 'info', actions: [], link: undefined });
    const link = { label: 'Next: CSM Onboarding', href: '/handbook/customer-success/csm/csm-onboarding/' };
    announce('You finished CSM Internship Program. Well done!', 'info', [], link);
    expect($announcement.get()).toMatchObject({ link, actions: [] });
    expect($announcement.get()?.id).toBeGreaterThan(first?.id ?? Number.POSITIVE_INFINITY);
  });

  it('goes after a while unless it is the only place what it offers is kept', () => {
    announce('Saved.');
    expect($announcement.get()?.stays).toBe(false);
    announce('Another tab saved different text…', 'info', [{ label: 'Use that text', run: () => {} }], undefined, true);
    expect($announcement.get()?.stays).toBe(true);
  });

  it('sets a message that stays aside for a later one, and brings it back when that one goes', () => {
    clearAnnouncementForTests();
    const offer = { label: 'Use that text', run: () => {} };
    announce('Another tab saved different text…', 'info', offer, undefined, true);
    const offered = $announcement.get();
    announce('Downloaded internship-checklist.md.');
    expect($announcement.get()?.text).toBe('Downloaded internship-checklist.md.');
    // A message that went before (an old timer) changes nothing.
    settle(offered?.id ?? -1);
    expect($announcement.get()?.text).toBe('Downloaded internship-checklist.md.');
    settle($announcement.get()?.id ?? -1);
    const back = $announcement.get();
    expect(back).toMatchObject({ text: 'Another tab saved different text…', actions: [offer], stays: true });
    // Answered (the island settles it before running the action): what the action says is not followed by it.
    settle(back?.id ?? -1);
    expect($announcement.get()).toBeNull();
    announce('The other tab’s text is in place of yours.');
    settle($announcement.get()?.id ?? -1);
    expect($announcement.get()).toBeNull();
  });

  it('brings back the messages set aside, the last first', () => {
    clearAnnouncementForTests();
    announce('First offer', 'info', [], undefined, true);
    announce('Second offer', 'info', [], undefined, true);
    announce('Saved.');
    const texts: string[] = [];
    for (let shown = $announcement.get(); shown; shown = $announcement.get()) {
      texts.push(shown.text);
      settle(shown.id);
    }
    expect(texts).toEqual(['Saved.', 'Second offer', 'First offer']);
  });
});

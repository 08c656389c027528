import { describe, expect, it } from 'vitest';
import { $announcement, announce } from '../../src/stores/announcer';

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
});

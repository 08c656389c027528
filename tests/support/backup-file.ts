import type { TaskRecord } from '../../src/schemas/stored';

/** A backup file of this site holding `sections` (plans, ladder…), as a hand-made, hostile or broken one would. */
export const backupWith = (sections: object) =>
  JSON.stringify({
    format: 'csm-handbook-backup',
    version: 1,
    exportedAt: '2027-01-04T10:00:00.000Z',
    tasks: {},
    programs: {},
    ...sections,
  });

/** The records the backup and restore-preview tests build their data from. */
export const record = (state: TaskRecord['state'], note = ''): TaskRecord => ({ v: 2, state, note, updatedAt: 5 });
export const now = new Date('2027-01-04T10:00:00.000Z');
export const ladderRating = {
  v: 3 as const,
  rating: 'partly' as const,
  evidence: ['ev-1'],
  note: 'n',
  updatedAt: 1,
  at: { evidence: { 'ev-1': 1 } },
};
export const ladderEvidence = {
  v: 1 as const,
  id: 'ev-1',
  title: 'MR',
  href: 'https://gitlab.com/x',
  tags: ['EBR'],
  updatedAt: 1,
};

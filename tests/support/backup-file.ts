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

import { translator } from './translator';

/**
 * What a planner says when two tabs saved different text in one place at once (src/stores/text-clash.ts: the
 * record store's kinds, and the plan builder's lost edits), looked up with `clashT`. A module of its own, loaded
 * with that message only: it is rare, and every string in a planner's store weighs on its page's first load.
 */
export const clashUi = {
  'clash.theirsWrittenOver': {
    one: 'Another tab saved different text at the same moment: “{text}”. Yours is kept here, and that text is not lost:',
    other:
      'Another tab saved different text in {count} places at the same moment, such as “{text}”. Yours is kept here, and that text is not lost:',
  },
  'clash.useTheirs': 'Use that text',
  'clash.usedTheirs': 'The other tab’s text is in place of yours.',
  'clash.copyTheirs': 'Copy that text',
  'clash.copiedTheirs': 'Copied the other tab’s text.',
  'clash.copyTheirsFailed': 'Could not copy that text: choose Use that text to keep it instead.',
  'clash.mineWrittenOver': {
    one: 'Another tab saved different text at the same moment, and its text is kept. Yours is not lost: “{text}”.',
    other:
      'Another tab saved different text in {count} places at the same moment, and its text is kept. Yours is not lost, such as “{text}”.',
  },
  'clash.putMineBack': 'Put mine back',
  'clash.putBack': 'Your text is back.',
  'clash.copyMine': 'Copy mine',
  'clash.copiedMine': 'Copied your text.',
  'clash.copyMineFailed': 'Could not copy your text: use Put mine back instead.',
  // Two tabs added to one list, together beyond its limit (src/stores/refused-merge.ts): the list is named.
  'clash.overLimit': {
    one: 'Not saved: {list} can hold at most {max}, with what another tab added meanwhile. This page shows what is saved; your {count} is not lost: “{text}”.',
    other:
      'Not saved: {list} can hold at most {max}, with what another tab added meanwhile. This page shows what is saved; your {count} are not lost, such as “{text}”.',
  },
  'clash.overLimitUnquoted': {
    one: 'Not saved: {list} can hold at most {max}, with what another tab added meanwhile. This page shows what is saved; your {count} is not lost.',
    other:
      'Not saved: {list} can hold at most {max}, with what another tab added meanwhile. This page shows what is saved; your {count} are not lost.',
  },
  // A change its record's reader refuses, not a list over its limit after a merge (src/stores/refused-merge.ts): the
  // fields' limits stop the reader before that, so it is a defect, and what the schema says is a developer's.
  'clash.notFit': 'Not saved: this change does not fit what can be stored. It is still on screen.',
  'clash.list.goals': 'Goals in Days {first}–{last}',
  'clash.list.actions': 'Actions under “{goal}” in Days {first}–{last}',
  'clash.list.people': 'People to meet in Days {first}–{last}',
  'clash.list.evidence': 'Evidence attached to this item',
  'clash.list.members': 'Your team',
  'clash.list.csms': 'CSMs in the President’s Club tally',
  'clash.list.weeks': 'Call reviews counted by week',
} as const;

/** Looks up a string of `clashUi` (see `translator`). */
export const clashT = translator(clashUi);

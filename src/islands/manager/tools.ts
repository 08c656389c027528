// My progress's view of the tally (my-progress/ClubSlot.tsx) scores it with this file's own scoring, and names its
// CSMs with the tally's own rule (clubNames), loaded on
// demand: importing the scoring from its module instead split it into a file of its own, which this page then
// loaded beside this one (+~230 bytes gzip: the two compressed apart).
export { clubNames } from '../../lib/manager/names';
export { scoreClub } from '../../lib/manager/presidents-club';
export { default as ManagerCadences } from './ManagerCadences';
export { default as OneOnOneAgenda } from './OneOnOneAgenda';
export { default as PresidentsClub } from './PresidentsClub';
export { default as ReviewSession } from './ReviewSession';
export { default as TeamCadences } from './TeamCadences';

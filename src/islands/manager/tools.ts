export { default as ManagerCadences } from './ManagerCadences';
export { default as OneOnOneAgenda } from './OneOnOneAgenda';
export { default as PresidentsClub } from './PresidentsClub';
export { default as ReviewSession } from './ReviewSession';
export { default as TeamCadences } from './TeamCadences';

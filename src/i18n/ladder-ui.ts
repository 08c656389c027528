/**
 * The career ladder tool's strings (the islands, the promotion document's
 * Markdown). Beside `ui` rather than in it: every planner island bundles `ui`
 * whole, so strings only the ladder page shows would weigh on every planner
 * page. The page's fixed words, rendered at build time, are in
 * ladder-page-ui.ts; the ladder store's messages in ladder-store-ui.ts.
 * tests/unit/i18n.test.ts checks these keys as it checks every dictionary's.
 */
import { translator } from './translator';

export const ladderUi = {
  'ladder.compareTitle': 'Compare two levels',
  'ladder.from': 'Your level',
  'ladder.to': 'Level to compare with',
  'ladder.specialty': 'Specialty',
  'ladder.specialtyNone': 'None',
  'ladder.swap': 'Swap levels',
  'ladder.track.ic': 'Individual contributor',
  'ladder.track.manager': 'Manager',
  // A track in a sentence ("… the highest level of the individual contributor track …"): lower case. A level's own
  // line on the page, built at build time, capitalises it (ladder-page-ui.ts, `ladder.trackLine.*`).
  'ladder.trackLong.ic': 'individual contributor track',
  'ladder.trackLong.manager': 'manager track',
  'ladder.grade': 'Job grade {grade}',
  'ladder.gradeUnknown': 'No job grade stated',
  'ladder.linkToComparison': 'Link to this comparison',
  'ladder.copyLink': 'Copy link',
  'ladder.linkCopied': 'Copied the link to this comparison.',
  'ladder.linkCopyFailed': 'Could not copy the link: copy it from the address bar.',
  'ladder.summary': '{to} compared with {from}: {counts}.',
  'ladder.summaryNothing': '{to} adds nothing to {from}.',
  'ladder.summaryFamily': {
    one: '1 item of the job family’s own lists is shown apart, not as new.',
    other: '{count} items of the job family’s own lists are shown apart, not as new.',
  },
  'ladder.summarySame': 'You picked the same level twice: pick another level to compare with.',
  'ladder.count.responsibilities': { one: '1 new responsibility', other: '{count} new responsibilities' },
  'ladder.count.requirements': { one: '1 new requirement', other: '{count} new requirements' },
  'ladder.count.indicators': { one: '1 new performance indicator', other: '{count} new performance indicators' },
  'ladder.count.specialty': { one: '1 new specialty item', other: '{count} new specialty items' },
  'ladder.group.responsibilities': 'Responsibilities',
  'ladder.group.requirements': 'Requirements',
  'ladder.group.indicators': 'Performance indicators',
  'ladder.group.specialty': 'Specialty',
  'ladder.new': 'New',
  'ladder.onlyAt': 'Only at {level}',
  'ladder.nothingNew': 'Nothing new at {level} here.',
  'ladder.shared': { one: 'Also at {to}: 1 item', other: 'Also at {to}: {count} items' },
  'ladder.plusShared': { one: 'Plus 1 item {from} has too.', other: 'Plus the {count} items {from} has too.' },
  'ladder.noneAt': 'None at this level.',
  'ladder.origin': 'from {level}',
  'ladder.origin.family': 'from the job family’s own list',
  // An item whose words another new item has too, named apart (src/lib/ladder-twins.ts): the page's section heading.
  'ladder.listedUnder': '({level} {group})',
  'ladder.restated': 'restated at {levels}',
  'ladder.familyTitle': 'The job family’s own, shown apart',
  'ladder.familyIntro':
    'The page lists these for the whole family and does not say whether they apply at every level: they are not counted as new, rated or listed as gaps.',
  'ladder.familyStated': 'the job family’s own; the page states it under {levels} only',
  'ladder.assessFamily': {
    one: 'Not rated here: 1 item of the job family’s own lists, shown apart in the comparison above.',
    other: 'Not rated here: {count} items of the job family’s own lists, shown apart in the comparison above.',
  },
  'ladder.familyKept': '“{item}”: you assessed it before ({rating}); kept in this browser and in backups, not counted.',
  'ladder.otherTrack':
    '{to} extends no level of the {track}: its lists start over, so nothing of {from} carries over on the page.',
  'ladder.lowerTarget': '{to} is not above {from} on the ladder: “new” here means what {to} lists and {from} does not.',
  'ladder.topOfTrack':
    '{level} is the highest level of the {track}, as this site groups the levels (the job family page names no tracks); {next}, the next level on the page, starts the {nextTrack}.',
  'ladder.noStepTo':
    '{level} is the first level on the job family page: no promotion leads to it, so its next step is shown.',
  'ladder.unknownInLink':
    'This link names a level or specialty that is not on the job family page: the ladder leaves it out.',
  'ladder.topLevel':
    '{level} is the highest level on the job family page: there is no higher level to compare it with.',
  // Also the page's quirk, in its list (ladder-quirk-text.ts): one sentence for both.
  'ladder.mixedExtends':
    '{level} responsibilities extend {responsibilities}, but its requirements extend {requirements}, not {responsibilities}: the ladder follows the page, so the {responsibilities} requirements are not part of {level}.',
  'ladder.sameGrade':
    'Both levels are job grade {grade}: the job family page gives Staff CSM, Manager, CSM and Senior Manager, CSM the same grade.',
  'ladder.specialtyNote':
    '{specialty} is added to both levels. Its section on the job family page says {quotes}, without saying which levels correspond, so any level can take it.',
  'ladder.specialtySilent':
    '{specialty} is added to both levels. Its section on the job family page, “{name}”, does not say which level its items go with, so any level can take it.',
  'ladder.specialtyUngrouped':
    'The handbook lists the {specialty} items without saying whether they are responsibilities or requirements; they are shown as their own group.',
  'ladder.assessTitle': 'Assess yourself for {level}',
  'ladder.assessBelowTitle': 'Self-assessment: {to} is below {from}',
  'ladder.assessIntro':
    'Rate each item new at {to} compared with {from}: not yet, partly or demonstrated. Add evidence (links to issues, merge requests, documents) from your record of achievements. Kept in this browser only.',
  'ladder.assessBelow':
    '{why} The ladder never asks you to assess yourself for a lower level: nothing is rated here and there is no promotion document draft. Swap the levels to assess yourself for {from}.',
  'ladder.below.extends': '{from} extends {to} on the job family page.',
  'ladder.below.grade': 'The job family page makes {to} job grade {toGrade} and {from} job grade {fromGrade}.',
  'ladder.assessNothing': 'There is nothing new to assess: pick a higher level to compare with.',
  // Twin of ladder-card-ui's ladderCard.progress: said alike (tests/unit/i18n.test.ts, TWINS).
  'ladder.progress': {
    one: '{demonstrated} of 1 item demonstrated',
    other: '{demonstrated} of {count} items demonstrated',
  },
  // Twin of ladder-card-ui's ladderCard.partly: said alike (tests/unit/i18n.test.ts, TWINS).
  'ladder.progressPartly': '{count} partly',
  'ladder.progressOverall': 'All new items',
  'ladder.rateLegend': 'How far have you shown it?',
  'ladder.rating.not-yet': 'Not yet',
  'ladder.rating.partly': 'Partly',
  'ladder.rating.demonstrated': 'Demonstrated',
  'ladder.rating.unrated': 'Not rated',
  'ladder.clearRating': 'Clear rating',
  'ladder.evidence': 'Evidence',
  'ladder.noEvidence': 'No evidence yet.',
  'ladder.addEvidence': 'Add evidence',
  'ladder.addEvidenceFor': 'Add evidence for: {item}',
  // The evidence form's first field, there at once while the rest of the form loads (LazyEvidenceForm.tsx).
  'ladder.evidenceTitle': 'What it shows',
  'ladder.attachExisting': 'From your record',
  'ladder.attachChoose': 'Choose evidence…',
  'ladder.attach': 'Attach',
  'ladder.detachLabel': 'Remove “{title}” from this item',
  'ladder.note': 'Note',
  'ladder.noteFor': 'Note for:',
  'ladder.recordTitle': 'Your record of achievements',
  'ladder.recordIntro':
    'Every piece of evidence you add is kept here, with its tags, and can be attached to any item at any level.',
  'ladder.recordEmpty': 'Nothing yet. Add evidence here; you can attach it to any item you rate.',
  'ladder.filterByTag': 'Show evidence tagged',
  'ladder.allTags': 'All tags',
  'ladder.usedFor': { one: 'Used for 1 item', other: 'Used for {count} items' },
  'ladder.notUsed': 'Not used yet',
  'ladder.edit': 'Edit',
  'ladder.editLabel': 'Edit “{title}”',
  'ladder.delete': 'Delete',
  'ladder.deleteLabel': 'Delete “{title}”',
  'ladder.exportTitle': 'Promotion document draft',
  'ladder.exportIntro':
    'A Markdown draft for {from} to {to} that leads with results, as the handbook asks: what you have demonstrated, with its evidence links and notes, then what is partly there, then the rest, and the gaps as a task list for your growth plan.',
  // Twin of checklist-ui's planner.copyMarkdown, plan-ui's plan.copyMarkdown, manager-ui's manager.copyMd:
  // said alike (tests/unit/i18n.test.ts, TWINS).
  'ladder.copyMarkdown': 'Copy as Markdown',
  // Twin of checklist-ui's planner.downloadMarkdown, plan-ui's plan.downloadMarkdown, manager-ui's manager.downloadMd:
  // said alike (tests/unit/i18n.test.ts, TWINS).
  'ladder.downloadMarkdown': 'Download .md',
  // Twin of plan-ui's plan.print: said alike (tests/unit/i18n.test.ts, TWINS).
  'ladder.print': 'Print or save as PDF',
  'ladder.loading': 'Opening your self-assessment…',
} as const;

/** Looks up a ladder tool string (see `translator`). */
export const lt = translator(ladderUi);

import { translator } from './translator';

/**
 * The plan builder's strings for what loads on demand (the template picker and
 * a link that names a template, the ideas sheet and dialog, adding an idea,
 * the timeline, the exports' files, review links and the review view), beside
 * `ui` rather than in it for the same reason as the manager toolkit's: `ui` is
 * in every planner page's first load, and these are needed only after a click.
 * Looked up with `pt`.
 */
export const planViewsUi = {
  'plan.templateTitle': 'Start a new plan',
  // A template's words are the site's, drawn from the handbook, and its days the site's own: said where they are shown.
  'plan.templateNote':
    'A first draft drawn from the handbook, in this site’s words: each item links to the section it is based on. Due days and meet-by days are this site’s suggestions. Edit anything.',
  'plan.create': 'Create the plan',
  'plan.createdFrom': 'New plan from “{name}”.',
  'plan.createdFromDays': 'New plan from “{name}”: its due days and meet-by days are this site’s suggestions.',
  'plan.unknownTemplate':
    'This link asks for a plan template the site does not have. “+ New plan” lists the templates there are.',
  'plan.alreadyTitle': '“{text}” is already in your plan',
  'plan.alreadyText': 'It is in {phase}. Add it again?',
  'plan.addAgain': 'Add again',
  'plan.underGoal': 'Under the goal',
  'plan.newGoalNamed': 'A new goal: {label}',
  'plan.add': 'Add',
  // The sheet the phone's "Ideas based on the handbook" (plan.suggestions) opens, named as the button and its phase.
  'plan.ideasSheet': 'Ideas based on the handbook, for {phase}',
  'plan.close': 'Close',
  'plan.timeline': 'The 90 days at a glance',
  'plan.today': 'Today: day {day}',
  'plan.startsIn': { one: 'The plan starts tomorrow.', other: 'The plan starts in {count} days.' },
  'plan.ended': 'The 90 days ended on {date}.',
  'plan.noStart': 'No start date yet: items sit on their day of the plan.',
  'plan.dayN': 'Day {day}',
  // A person to meet on the timeline and in the calendar (src/lib/plan-calendar.ts), one string for both: the site's
  // verb set apart from the reader's words, which are often a role ("Meet My manager" read as one sentence).
  'plan.meet': 'Meet: {name}',
  'plan.someone': 'someone',
  'plan.undated': { one: '1 item has no day yet.', other: '{count} items have no day yet.' },
  'plan.shareCopied': 'Review link copied ({length} characters).',
  'plan.shareCopyFailed': 'Could not copy: the link is shown below, select it and copy it.',
  'plan.shareLength': 'The link is {length} characters long.',
  'plan.shareTooLong':
    'The link would be {length} characters, too long for chat tools (over {max}): send the Markdown instead.',
  'plan.reviewTitle': 'A plan shared for review',
  'plan.reviewIntro': 'Read only: this plan came in the link, and stays out of your plans unless you save a copy.',
  'plan.saveCopy': 'Save a copy to my plans',
  'plan.savedCopy': 'Saved a copy: “{title}” is in your plans.',
  // A review link holding a version of one of the reader's plans, and which was changed later (SharedReview.tsx).
  'plan.held.link':
    'This link holds a later version of your plan “{title}”: this one was changed {link}, yours {yours}.',
  'plan.held.yours':
    'This link holds an earlier version of your plan “{title}”: this one was changed {link}, yours {yours}.',
  'plan.held.same': 'This link holds your plan “{title}” as you have it (changed {yours}).',
  'plan.heldCopy': 'Saving a copy keeps both: “Your plans” marks the copy.',
  'plan.reviewInvalid': 'This review link could not be opened: {reason}',
  'plan.shareBadLink': 'it is not a review link from this site, or it was cut short.',
  'plan.shareTooLarge': 'the plan in it is larger than a plan can be.',
  // As a restored file nested as deep is told (backup.tooDeep): it is JSON, not a link cut short.
  'plan.shareTooDeep': 'the plan in it is nested too deeply to be one.',
  'plan.shareNewer': 'it was made by a newer version of this site.',
  'plan.shareBadPlan': 'the plan in it does not match the plan format ({reason}).',
  'plan.notAdded': 'Not added: {reason}',
  'plan.suggestionAdded': 'Added to {phase}: {text}',
  // Twin of checklist-ui's planner.downloaded, export-ui's ladder.downloaded:
  // said alike (tests/unit/i18n.test.ts, TWINS).
  'plan.downloaded': 'Downloaded {file}.',
  // Said once the Markdown is copied (PlanExport.tsx), or could not be: with the exports' code (plan-files.ts).
  'plan.copied': 'Copied the plan as Markdown.',
  // Twin of manager-ui's manager.copyFailed, export-ui's ladder.copyFailed:
  // said alike (tests/unit/i18n.test.ts, TWINS).
  'plan.copyFailed': 'Could not copy: the Markdown is shown below, select it and copy it.',
  'plan.downloadedJson':
    'Downloaded {file}: restore it on My progress to bring this plan back, here or in another browser.',
} as const;

/** Looks up a string of the plan builder's on-demand views (see `translator`). */
export const pt = translator(planViewsUi);

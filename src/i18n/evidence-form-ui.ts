import { translator } from './translator';

/**
 * The career ladder's evidence form (src/islands/ladder/EvidenceForm.tsx), looked up with `eft`: a module of its
 * own, loaded with the form when a reader first opens one, so the ladder's first load carries none of it.
 */
export const evidenceFormUi = {
  'evidence.href': 'Link (https, http or mailto)',
  'evidence.tags': 'Tags, separated by commas',
  'evidence.save': 'Save evidence',
  'evidence.cancel': 'Cancel',
  // Said once an edit is saved (a new piece is said by the store, src/stores/ladder-evidence.ts).
  'evidence.saved': 'Saved “{title}”.',
  'evidence.titleMissing': 'Say what the evidence shows.',
  'evidence.tagTooLong': 'A tag is at most {max} characters: “{tag}” has {length}. Shorten it to save.',
  'evidence.tooManyTags': 'At most {max} tags: this has {count}. Remove some to save.',
  'evidence.hrefError.scheme': 'Only https, http and mailto links are accepted.',
  'evidence.hrefError.invalid': 'This is not a web or email address: it should start with https:// or mailto:.',
  'evidence.hrefError.long': 'This link is too long: 2,000 characters at most.',
} as const;

/** Looks up a string of `evidenceFormUi` (see `translator`). */
export const eft = translator(evidenceFormUi);

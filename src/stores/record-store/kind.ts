import type { FieldsSince } from '../../lib/merge-since';
import type { ReadResult } from '../../lib/stored-records';

/*
 * What a kind of record (task records, program settings, plans, the ladder's and the manager toolkit's records,
 * the meta record) tells the record store: where its records are stored, how they are read, checked and merged.
 */

export interface RecordKind<T> {
  /** Key prefix; the rest of the key is the record's id. */
  prefix: string;
  read: (raw: string) => ReadResult<T>;
  /** Ids this kind may store; a key with any other id is set aside, never used. */
  isValidId: (id: string) => boolean;
  /** Merges this tab's record with another tab's (both converge); without it, storage wins unless this tab has unsaved changes. */
  merge?: (local: T, remote: T) => T;
  /**
   * A record with nothing in it is removed rather than written (an untouched task). For a kind that merges,
   * "nothing" includes its change stamps: a removed key is nothing another tab can merge with, so a change saved
   * there meanwhile would be lost with it (the ladder's ratings keep a record emptied by a change as its stamps).
   */
  isEmpty?: (value: T, id: string) => boolean;
  /**
   * For a kind without change stamps (a checklist task, a program's settings, a piece of evidence): the fields a
   * reader edits, and the record that stands for none stored. A save merges what another tab stored since this
   * tab's copy was read or written, field by field (`mergeSince`): a field this tab changed since is this tab's,
   * any other the stored one's. Without a blank (a record that cannot be empty), a record another tab removed
   * meanwhile is written again whole: the reader's edit is not dropped.
   */
  fieldsSince?: FieldsSince<T>;
  /**
   * The kind's fields that hold the reader's own words (`note`), and how to make a change to a record as this
   * tab's edit. Given, a merge of this tab's copy with another tab's, both changed since this tab's copy was based
   * on storage, tells the reader when one tab's words were written over by the other's, and offers them back
   * (src/stores/text-clash.ts, loaded then).
   */
  words?: RecordWords<T>;
  /** Told to the reader when a change to a newer record is refused. */
  lockedMessage: string;
  /** For records that name their own id (plans): one stored under another key is set aside, never shown. */
  idOf?: (value: T) => string;
}

/** See `RecordKind.words`. */
export interface RecordWords<T> {
  keys: readonly string[];
  /** Changes the record `id` as an edit made in this tab now (stamped, where the kind stamps). */
  edit: (id: string, change: (record: T) => T) => void;
}

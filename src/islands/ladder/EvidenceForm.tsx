import { useState } from 'preact/hooks';
import { eft } from '../../i18n/evidence-form-ui';
import { checkEvidenceHref, MAX_EVIDENCE_HREF_LENGTH } from '../../lib/evidence-link';
import { checkTags } from '../../lib/evidence-tags';
import { quoted } from '../../lib/quoted';
import { type LadderEvidence, MAX_TAG_LENGTH, MAX_TAGS } from '../../schemas/ladder-records';
import { announce } from '../../stores/announcer';
import { createEvidence, updateEvidence } from '../../stores/ladder-evidence';
import { LimitedField, type LimitedFieldProps } from '../LimitedField';
import { useLeaveGuard } from '../use-leave-guard';
import { descriptionField } from './LazyEvidenceForm';

export interface EvidenceFormProps {
  /** Prefix for the fields' ids, unique in the page. */
  idPrefix: string;
  /** The piece of the record being edited; without it, the form adds a new one. */
  piece?: LadderEvidence;
  /** The item a new piece is attached to, when it is added under one. */
  item?: string;
  /** Accessible name of the form ("Add evidence for: …", "Edit “…”"). */
  label: string;
  /** Runs once the piece is saved (the form saves it: its store's code comes with the form, not with the page). */
  onSaved: () => void;
  onCancel: () => void;
  /** The description as typed before the form's code came (LazyEvidenceForm), in place of `piece`'s. */
  typed?: string;
}

type Errors = { title?: string; href?: string };

/** A field of the form, with what is wrong with it said under it (and the field marked invalid, described by it). */
function CheckedField({ error, ...field }: LimitedFieldProps & { error: string | undefined }) {
  const errorId = `${field.id}-error`;
  return (
    <LimitedField {...field} aria-invalid={error ? 'true' : undefined} aria-describedby={error && errorId}>
      {error && (
        <p id={errorId} class="field__error">
          {error}
        </p>
      )}
    </LimitedField>
  );
}

/** Description, link and tags of a piece of evidence; the link must be http, https or mailto. */
export default function EvidenceForm({
  idPrefix,
  piece: initial,
  item,
  label,
  onSaved,
  onCancel,
  typed,
}: EvidenceFormProps) {
  const [title, setTitle] = useState(typed ?? initial?.title ?? '');
  const [href, setHref] = useState(initial?.href ?? '');
  const [tags, setTags] = useState(initial?.tags.join(', ') ?? '');
  const [errors, setErrors] = useState<Errors>({});
  const ids = { title: `${idPrefix}-title`, href: `${idPrefix}-href`, tags: `${idPrefix}-tags` };
  // Until it is saved, a draft is held nowhere else (notes and plans save as typed; a piece of evidence is one save):
  // while it differs from what the form opened with, closing, reloading or leaving the page asks first.
  const changed =
    title !== (initial?.title ?? '') || href !== (initial?.href ?? '') || tags !== (initial?.tags.join(', ') ?? '');
  useLeaveGuard(changed);
  // Most characters the tags field takes: every tag at its longest, each with its ", " (here, not at the module's
  // top: importing an island runs nothing, tests/unit/tree-shaking.test.ts).
  const maxTags = MAX_TAGS * (MAX_TAG_LENGTH + 2);

  const focus = (id: string) => document.getElementById(id)?.focus();
  const submit = (event: Event) => {
    event.preventDefault();
    const next: Errors = {};
    if (!title.trim()) next.title = eft('evidence.titleMissing');
    const link = href.trim() ? checkEvidenceHref(href) : undefined;
    if (link && !link.ok) next.href = eft(`evidence.hrefError.${link.reason}`);
    setErrors(next);
    // At once, not through focusAfterRender: the field is there before and after the render that shows its error.
    if (next.title) return focus(ids.title);
    if (next.href) return focus(ids.href);
    if (!tagCheck.ok) return focus(ids.tags);
    const fields = { title: title.trim(), href: link?.ok ? link.href : undefined, tags: tagCheck.tags };
    if (initial) {
      updateEvidence(initial.id, fields);
      announce(eft('evidence.saved', { title: quoted(fields.title) }));
    } else if (!createEvidence(fields, item)) return; // The record is full: the page has said so, the draft stays.
    onSaved();
  };
  // Said as the reader types, and again (the focus brought back) on Save: a tag is never cut or dropped.
  const tagCheck = checkTags(tags);
  const tagsError = tagCheck.ok
    ? undefined
    : tagCheck.reason === 'long'
      ? eft('evidence.tagTooLong', { max: MAX_TAG_LENGTH, tag: quoted(tagCheck.tag), length: tagCheck.tag.length })
      : eft('evidence.tooManyTags', { max: MAX_TAGS, count: tagCheck.count });

  return (
    <form
      class="evidence-form"
      aria-label={label}
      onSubmit={submit}
      noValidate
      // Escape is Cancel, as it closes a note here and on the checklists: the form goes, the focus where Cancel puts it.
      onKeyDown={(event) => event.key === 'Escape' && !event.isComposing && onCancel()}
    >
      <CheckedField {...descriptionField(ids.title, title, setTitle)} error={errors.title} />
      {/* A link cut short is a link to somewhere else: the cut is said, as in every limited field. */}
      <CheckedField
        id={ids.href}
        type="text"
        inputMode="url"
        autoComplete="url"
        spellcheck={false}
        label={eft('evidence.href')}
        value={href}
        max={MAX_EVIDENCE_HREF_LENGTH}
        onText={setHref}
        error={errors.href}
      />
      <CheckedField
        id={ids.tags}
        type="text"
        dir="auto"
        label={eft('evidence.tags')}
        value={tags}
        max={maxTags}
        onText={setTags}
        error={tagsError}
      />
      <div class="evidence-form__actions">
        <button type="submit" class="button">
          {eft('evidence.save')}
        </button>
        <button type="button" class="button button--quiet" onClick={onCancel}>
          {eft('evidence.cancel')}
        </button>
      </div>
    </form>
  );
}

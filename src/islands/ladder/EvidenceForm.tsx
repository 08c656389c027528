import { useEffect, useRef, useState } from 'preact/hooks';
import { askBeforeLeaving } from '../../browser/leave-guard';
import { eft } from '../../i18n/evidence-form-ui';
import { lt } from '../../i18n/ladder-ui';
import { checkEvidenceHref, MAX_EVIDENCE_HREF_LENGTH } from '../../lib/evidence-link';
import { checkTags } from '../../lib/evidence-tags';
import { quoted } from '../../lib/quoted';
import { MAX_EVIDENCE_TITLE_LENGTH, MAX_TAG_LENGTH, MAX_TAGS } from '../../schemas/ladder-records';
import type { EvidenceFields } from '../../stores/ladder';
import { counterDescribedBy, keepWithinLimit, LengthCounter } from '../LengthCounter';

export interface EvidenceFormProps {
  /** Prefix for the fields' ids, unique in the page. */
  idPrefix: string;
  initial?: EvidenceFields;
  /** Accessible name of the form ("Add evidence for: …", "Edit “…”"). */
  label: string;
  onSave: (fields: EvidenceFields) => void;
  onCancel: () => void;
  /** The description as typed before the form's code came (LazyEvidenceForm), in place of `initial`'s. */
  typed?: string;
}

type Errors = { title?: string; href?: string };

/** Description, link and tags of a piece of evidence; the link must be http, https or mailto. */
export default function EvidenceForm({ idPrefix, initial, label, onSave, onCancel, typed }: EvidenceFormProps) {
  const [title, setTitle] = useState(typed ?? initial?.title ?? '');
  const [href, setHref] = useState(initial?.href ?? '');
  const [tags, setTags] = useState(initial?.tags.join(', ') ?? '');
  const [errors, setErrors] = useState<Errors>({});
  const titleRef = useRef<HTMLInputElement>(null);
  const hrefRef = useRef<HTMLInputElement>(null);
  const tagsRef = useRef<HTMLInputElement>(null);
  const ids = { title: `${idPrefix}-title`, href: `${idPrefix}-href`, tags: `${idPrefix}-tags` };
  // Until it is saved, a draft is held nowhere else (notes and plans save as typed; a piece of evidence is one save):
  // while it differs from what the form opened with, closing, reloading or leaving the page asks first.
  const changed =
    title !== (initial?.title ?? '') || href !== (initial?.href ?? '') || tags !== (initial?.tags.join(', ') ?? '');
  useEffect(() => {
    askBeforeLeaving(titleRef, changed);
    return () => askBeforeLeaving(titleRef, false);
  }, [changed]);
  // Most characters the tags field takes: every tag at its longest, each with its ", " (here, not at the module's
  // top: importing an island runs nothing, tests/unit/tree-shaking.test.ts).
  const maxTags = MAX_TAGS * (MAX_TAG_LENGTH + 2);

  const submit = (event: Event) => {
    event.preventDefault();
    const next: Errors = {};
    if (!title.trim()) next.title = eft('evidence.titleMissing');
    const link = href.trim() ? checkEvidenceHref(href) : undefined;
    if (link && !link.ok) next.href = eft(`evidence.hrefError.${link.reason}`);
    setErrors(next);
    // At once, not through focusAfterRender: the field is there before and after the render that shows its error.
    if (next.title) return titleRef.current?.focus();
    if (next.href) return hrefRef.current?.focus();
    if (!tagCheck.ok) return tagsRef.current?.focus();
    onSave({ title: title.trim(), href: link?.ok ? link.href : undefined, tags: tagCheck.tags });
  };
  // Said as the reader types, and again (the focus brought back) on Save: a tag is never cut or dropped.
  const tagCheck = checkTags(tags);
  const tagsError = tagCheck.ok
    ? undefined
    : tagCheck.reason === 'long'
      ? eft('evidence.tagTooLong', { max: MAX_TAG_LENGTH, tag: quoted(tagCheck.tag), length: tagCheck.tag.length })
      : eft('evidence.tooManyTags', { max: MAX_TAGS, count: tagCheck.count });

  const describe = (id: string, error: string | undefined, counter?: string) =>
    [error ? `${id}-error` : undefined, counter].filter(Boolean).join(' ') || undefined;

  return (
    <form
      class="evidence-form"
      aria-label={label}
      onSubmit={submit}
      noValidate
      // Escape is Cancel, as it closes a note here and on the checklists: the form goes, the focus where Cancel puts it.
      onKeyDown={(event) => event.key === 'Escape' && !event.isComposing && onCancel()}
    >
      <div class="evidence-form__field">
        <div class="evidence-form__head">
          <label for={ids.title}>{lt('ladder.evidenceTitle')}</label>
          <LengthCounter fieldId={ids.title} length={title.length} max={MAX_EVIDENCE_TITLE_LENGTH} />
        </div>
        <input
          ref={titleRef}
          id={ids.title}
          type="text"
          dir="auto"
          value={title}
          maxLength={MAX_EVIDENCE_TITLE_LENGTH}
          aria-invalid={errors.title ? 'true' : undefined}
          aria-describedby={describe(
            ids.title,
            errors.title,
            counterDescribedBy(ids.title, title.length, MAX_EVIDENCE_TITLE_LENGTH),
          )}
          onInput={(event) =>
            setTitle(keepWithinLimit(lt('ladder.evidenceTitle'), title, event.currentTarget, MAX_EVIDENCE_TITLE_LENGTH))
          }
        />
        {errors.title && (
          <p id={`${ids.title}-error`} class="field__error">
            {errors.title}
          </p>
        )}
      </div>
      <div class="evidence-form__field">
        <div class="evidence-form__head">
          <label for={ids.href}>{eft('evidence.href')}</label>
          <LengthCounter fieldId={ids.href} length={href.length} max={MAX_EVIDENCE_HREF_LENGTH} />
        </div>
        <input
          ref={hrefRef}
          id={ids.href}
          type="text"
          inputMode="url"
          autoComplete="url"
          spellcheck={false}
          value={href}
          maxLength={MAX_EVIDENCE_HREF_LENGTH}
          aria-invalid={errors.href ? 'true' : undefined}
          aria-describedby={describe(
            ids.href,
            errors.href,
            counterDescribedBy(ids.href, href.length, MAX_EVIDENCE_HREF_LENGTH),
          )}
          // A link cut short is a link to somewhere else: the cut is said, as in every limited field.
          onInput={(event) =>
            setHref(keepWithinLimit(eft('evidence.href'), href, event.currentTarget, MAX_EVIDENCE_HREF_LENGTH))
          }
        />
        {errors.href && (
          <p id={`${ids.href}-error`} class="field__error">
            {errors.href}
          </p>
        )}
      </div>
      <div class="evidence-form__field">
        <div class="evidence-form__head">
          <label for={ids.tags}>{eft('evidence.tags')}</label>
          <LengthCounter fieldId={ids.tags} length={tags.length} max={maxTags} />
        </div>
        <input
          ref={tagsRef}
          id={ids.tags}
          type="text"
          dir="auto"
          value={tags}
          maxLength={maxTags}
          aria-invalid={tagsError ? 'true' : undefined}
          aria-describedby={describe(ids.tags, tagsError, counterDescribedBy(ids.tags, tags.length, maxTags))}
          onInput={(event) => setTags(keepWithinLimit(eft('evidence.tags'), tags, event.currentTarget, maxTags))}
        />
        {tagsError && (
          <p id={`${ids.tags}-error`} class="field__error">
            {tagsError}
          </p>
        )}
      </div>
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

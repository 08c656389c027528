import { MAX_TAG_LENGTH, MAX_TAGS } from '../schemas/ladder-records';

/*
 * Evidence tags as the reader types them ("renewal, EBR"). A tag over its
 * limit, or one tag too many, is refused where it is typed with a message
 * naming the limit: never cut or dropped on the way to storage.
 */

type TagsCheck =
  | { ok: true; tags: string[] }
  | { ok: false; reason: 'long'; tag: string }
  | { ok: false; reason: 'many'; count: number };

/** The tags in `text`: trimmed, spaces folded, without repeats (any case) or empties; or why they cannot be kept. */
export function checkTags(text: string): TagsCheck {
  const tags: string[] = [];
  for (const raw of text.split(',')) {
    const tag = raw.trim().replace(/\s+/g, ' ');
    if (tag.length > MAX_TAG_LENGTH) return { ok: false, reason: 'long', tag };
    if (tag && !tags.some((other) => other.toLowerCase() === tag.toLowerCase())) tags.push(tag);
  }
  return tags.length > MAX_TAGS ? { ok: false, reason: 'many', count: tags.length } : { ok: true, tags };
}

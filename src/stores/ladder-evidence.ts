import { lst } from '../i18n/ladder-store-ui';
import { quoted } from '../lib/quoted';
import { type LadderEvidence, MAX_EVIDENCE_ENTRIES, MAX_EVIDENCE_TITLE_LENGTH } from '../schemas/ladder-records';
import { announce } from './announcer';
import { $ladderEvidence, attachEvidence } from './ladder';
import { ladderStores } from './ladder-records';

/*
 * Adding a piece of evidence to the career ladder's record of achievements, and editing one: what only a saved
 * evidence form does, so loaded with it (src/islands/ladder/EvidenceForm.tsx), not with the page (the ladder's
 * first load is counted byte by byte). The ladder's other actions are in src/stores/ladder.ts.
 */

function newEvidenceId(): string {
  const random = typeof crypto !== 'undefined' && 'randomUUID' in crypto ? crypto.randomUUID() : `${Math.random()}`;
  return `ev-${Date.now().toString(36)}-${random.replace(/[^a-z0-9]/g, '').slice(0, 8)}`;
}

export interface EvidenceFields {
  title: string;
  href?: string | undefined;
  tags: string[];
}

/**
 * Adds a piece of evidence to the record, attached to `itemId` when it is added under an item, and says so; returns
 * its id, or undefined when the record is full.
 */
export function createEvidence(fields: EvidenceFields, itemId?: string): string | undefined {
  if (Object.keys($ladderEvidence.get()).length >= MAX_EVIDENCE_ENTRIES) {
    announce(lst('ladder.evidenceFull', { max: MAX_EVIDENCE_ENTRIES }), 'error');
    return undefined;
  }
  const id = newEvidenceId();
  if (ladderStores.evidence.set(id, evidenceRecord(id, fields)) === 'refused') return undefined;
  if (itemId) attachEvidence(itemId, id);
  announce(lst('ladder.evidenceAdded', { title: quoted(fields.title) }));
  return id;
}

function evidenceRecord(id: string, fields: EvidenceFields): LadderEvidence {
  return {
    v: 1,
    id,
    title: fields.title.trim().slice(0, MAX_EVIDENCE_TITLE_LENGTH),
    ...(fields.href ? { href: fields.href } : {}),
    tags: fields.tags,
    updatedAt: Date.now(),
  };
}

export function updateEvidence(id: string, fields: EvidenceFields): void {
  if (!Object.hasOwn($ladderEvidence.get(), id)) return;
  ladderStores.evidence.set(id, evidenceRecord(id, fields));
}

import type { LadderEvidence, LadderRating } from '../schemas/ladder-records';

/*
 * A self-assessment item's pure parts: how its controls are named, and which pieces of the
 * record of achievements it shows. Its components (src/islands/ladder/AssessItem.tsx and the parts it renders) only
 * draw them.
 */

/**
 * An `aria-labelledby` naming a control by its own words and the item's whole text, as the checklists' are: items can
 * start alike, and a name cut at 60 characters does not tell them apart.
 */
export const namedWithItem = (controlId: string, itemId: string) => `${controlId} item-${itemId}`;

type Pieces = Readonly<Record<string, LadderEvidence>>;

/** The pieces attached to the item, in the order they were attached; an id whose piece is gone is skipped. */
export function attachedEvidence(rating: LadderRating | undefined, evidence: Pieces): LadderEvidence[] {
  return (rating?.evidence ?? []).flatMap((id) => evidence[id] ?? []);
}

/** The pieces not attached to the item yet, by title, for "From your record". */
export function evidenceToAttach(rating: LadderRating | undefined, evidence: Pieces): LadderEvidence[] {
  return Object.values(evidence)
    .filter((piece) => !rating?.evidence.includes(piece.id))
    .sort((a, b) => a.title.localeCompare(b.title));
}

import { lt } from '../../i18n/ladder-ui';
import { type Comparison, familyItems } from '../../lib/ladder';
import { groupLabel, levelName } from '../../lib/ladder-names';
import { type LadderProgress, ladderProgress } from '../../lib/ladder-progress';
import { twinIds } from '../../lib/ladder-twins';
import { quoted } from '../../lib/quoted';
import type { Ladder } from '../../schemas/career-ladder';
import { isBlankRating } from '../../schemas/ladder-records';
import { $ladderEvidence, $ladderRatings } from '../../stores/ladder';
import { useStore } from '../use-store';
import { AssessItem } from './AssessItem';

/** Why the target is below the reader's level, in the page's terms (its "Extends", its grades). */
function belowText(ladder: Ladder, comparison: Comparison, to: string, from: string): string {
  if (comparison.lower === 'extends') return lt('ladder.below.extends', { to, from });
  const grade = (slug: string) => ladder.levels.find((l) => l.slug === slug)?.grade ?? '';
  return lt('ladder.below.grade', { to, from, toGrade: grade(comparison.to), fromGrade: grade(comparison.from) });
}

function Meter({ progress, label, id }: { progress: LadderProgress; label: string; id: string }) {
  return (
    <div class="ladder-progress">
      <span class="ladder-progress__label" id={id}>
        {label}
      </span>
      <progress max={Math.max(progress.total, 1)} value={progress.demonstrated} aria-labelledby={id} />
      <span class="ladder-progress__text">
        {lt('ladder.progress', { demonstrated: progress.demonstrated, count: progress.total })}
        {progress.partly > 0 && <> · {lt('ladder.progressPartly', { count: progress.partly })}</>}
      </span>
    </div>
  );
}

/** Rate every item new at the target level, with evidence; progress per group and overall. */
export function SelfAssessment({ ladder, comparison }: { ladder: Ladder; comparison: Comparison }) {
  const ratings = useStore($ladderRatings);
  const evidence = useStore($ladderEvidence);
  const to = levelName(ladder, comparison.to);
  const from = levelName(ladder, comparison.from);
  const groups = comparison.groups.filter((g) => g.added.length > 0);
  const all = groups.flatMap((g) => g.added);
  const twins = twinIds(all);
  const family = familyItems(comparison);
  // Ratings stored before these items were set apart: kept (storage, backups), shown, counted nowhere.
  const kept = family.filter((r) => Object.hasOwn(ratings, r.item.id) && !isBlankRating(ratings[r.item.id]));
  return (
    <section class="ladder-section ladder-assess" aria-labelledby="assess-title">
      <h2 id="assess-title">
        {/* Never "assess yourself for" a level below your own: nothing to rate, no draft (LadderTool). */}
        {comparison.lower ? lt('ladder.assessBelowTitle', { to, from }) : lt('ladder.assessTitle', { level: to })}
      </h2>
      {comparison.lower ? (
        <p>{lt('ladder.assessBelow', { why: belowText(ladder, comparison, to, from), from })}</p>
      ) : all.length === 0 ? (
        <p>{lt('ladder.assessNothing')}</p>
      ) : (
        <>
          <p>{lt('ladder.assessIntro', { to, from })}</p>
          {family.length > 0 && (
            <ul class="ladder-notes">
              <li>{lt('ladder.assessFamily', { count: family.length })}</li>
              {kept.map((r) => (
                <li key={r.item.id}>
                  {lt('ladder.familyKept', {
                    item: quoted(r.item.text),
                    rating: lt(`ladder.rating.${ratings[r.item.id]?.rating ?? 'unrated'}`),
                  })}
                </li>
              ))}
            </ul>
          )}
          <div class="ladder-progress-list">
            <Meter progress={ladderProgress(all, ratings)} label={lt('ladder.progressOverall')} id="progress-all" />
            {groups.map((group) => (
              <Meter
                key={group.group}
                progress={ladderProgress(group.added, ratings)}
                label={groupLabel(group.group)}
                id={`progress-${group.group}`}
              />
            ))}
          </div>
          {groups.map((group) => (
            <section key={group.group} class="assess-group" aria-labelledby={`assess-${group.group}`}>
              <h3 id={`assess-${group.group}`}>
                {groupLabel(group.group)} <span class="assess-group__count">({group.added.length})</span>
              </h3>
              <ol class="assess-list">
                {group.added.map((resolved) => (
                  <AssessItem
                    key={resolved.item.id}
                    ladder={ladder}
                    level={comparison.to}
                    resolved={resolved}
                    twin={twins.has(resolved.item.id)}
                    record={ratings[resolved.item.id]}
                    evidence={evidence}
                  />
                ))}
              </ol>
            </section>
          ))}
        </>
      )}
    </section>
  );
}

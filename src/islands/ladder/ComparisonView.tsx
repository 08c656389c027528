import { lt } from '../../i18n/ladder-ui';
import type { Comparison, ResolvedItem } from '../../lib/ladder';
import { familyLabel, groupLabel, levelName, originLabel } from '../../lib/ladder-names';
import type { Ladder, LadderLevel } from '../../schemas/career-ladder';
import { ItemWords } from './ItemWords';

interface Props {
  ladder: Ladder;
  comparison: Comparison;
}

/** One item; its origin is named unless it is the column's own level. */
function Item({
  ladder,
  resolved,
  mark,
  level,
}: {
  ladder: Ladder;
  resolved: ResolvedItem;
  mark?: string;
  /** The column's level; undefined for the job family's own items, which always say where the page states them. */
  level?: string;
}) {
  const restated = resolved.restatedAt.length > 0;
  return (
    <li class={`ladder-item${mark ? ' ladder-item--marked' : ''}`}>
      {mark && <span class="ladder-badge">{mark}</span>}
      <span class="ladder-item__text">
        <ItemWords item={resolved.item} />
      </span>
      {resolved.item.details.length > 0 && (
        <ul class="ladder-item__details">
          {resolved.item.details.map((detail) => (
            <li key={detail}>{detail}</li>
          ))}
        </ul>
      )}
      {level === undefined ? (
        <span class="ladder-item__origin">{familyLabel(ladder, resolved)}</span>
      ) : (
        (resolved.origin !== level || restated) && (
          <span class="ladder-item__origin">
            {originLabel(ladder, resolved.origin)}
            {restated &&
              `; ${lt('ladder.restated', { levels: resolved.restatedAt.map((slug) => levelName(ladder, slug)).join(', ') })}`}
          </span>
        )
      )}
    </li>
  );
}

function LevelHead({ level }: { level: LadderLevel }) {
  return (
    <h4 class="ladder-col__title">
      {level.name}
      <span class="ladder-col__grade">
        {level.grade === undefined ? lt('ladder.gradeUnknown') : lt('ladder.grade', { grade: level.grade })}
      </span>
    </h4>
  );
}

/** Two levels side by side, group by group: what is new at the target first, what both share folded below. */
export function ComparisonView({ ladder, comparison }: Props) {
  const from = ladder.levels.find((l) => l.slug === comparison.from) as LadderLevel;
  const to = ladder.levels.find((l) => l.slug === comparison.to) as LadderLevel;
  return (
    <div class="ladder-comparison">
      {comparison.groups.map((group) => (
        <section key={group.group} class="ladder-group" aria-labelledby={`cmp-${group.group}`}>
          <h3 id={`cmp-${group.group}`}>{groupLabel(group.group)}</h3>
          <div class="ladder-columns">
            {/* The target first in the page, so a phone shows the differences first; side by side it sits on the right. */}
            <div class="ladder-col ladder-col--to">
              <LevelHead level={to} />
              {group.added.length > 0 ? (
                <ul class="ladder-list">
                  {group.added.map((resolved) => (
                    <Item
                      key={resolved.item.id}
                      ladder={ladder}
                      resolved={resolved}
                      mark={lt('ladder.new')}
                      level={to.slug}
                    />
                  ))}
                </ul>
              ) : (
                <p class="ladder-col__empty">{lt('ladder.nothingNew', { level: to.name })}</p>
              )}
              {group.shared.length > 0 && (
                <p class="ladder-col__more">
                  {lt('ladder.plusShared', { count: group.shared.length, from: from.name })}
                </p>
              )}
            </div>
            <div class="ladder-col ladder-col--from">
              <LevelHead level={from} />
              {group.removed.length > 0 && (
                <ul class="ladder-list">
                  {group.removed.map((resolved) => (
                    <Item
                      key={resolved.item.id}
                      ladder={ladder}
                      resolved={resolved}
                      mark={lt('ladder.onlyAt', { level: from.name })}
                      level={from.slug}
                    />
                  ))}
                </ul>
              )}
              {group.shared.length > 0 && (
                <>
                  <p class="ladder-col__sub">{lt('ladder.shared', { count: group.shared.length, to: to.name })}</p>
                  <ul class="ladder-list ladder-list--shared">
                    {group.shared.map((resolved) => (
                      <Item key={resolved.item.id} ladder={ladder} resolved={resolved} level={from.slug} />
                    ))}
                  </ul>
                </>
              )}
              {group.removed.length === 0 && group.shared.length === 0 && (
                <p class="ladder-col__empty">{lt('ladder.noneAt', { level: from.name })}</p>
              )}
            </div>
          </div>
          {group.family.length > 0 && (
            <div class="ladder-family">
              <h4 class="ladder-family__title">{lt('ladder.familyTitle')}</h4>
              <p class="ladder-family__intro">{lt('ladder.familyIntro')}</p>
              <ul class="ladder-list">
                {group.family.map((resolved) => (
                  <Item key={resolved.item.id} ladder={ladder} resolved={resolved} />
                ))}
              </ul>
            </div>
          )}
        </section>
      ))}
    </div>
  );
}

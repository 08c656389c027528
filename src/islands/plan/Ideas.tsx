import { useState } from 'preact/hooks';
import { planT } from '../../i18n/plan-ui';
import {
  type FoundIdea,
  filterIdeas,
  IDEA_AUDIENCES,
  IDEA_KINDS,
  type IdeaAudience,
  type IdeaFilter,
  ideasInPlan,
  type SuggestionIdea,
} from '../../lib/plan-ideas';
import { PHASE_TITLES } from '../../lib/plan-labels';
import type { Plan } from '../../schemas/plan';
import { loadOrSay } from '../load-or-say';
import { useLazy } from '../use-lazy';
import { SelectField } from './Field';
import { SourceLink } from './SourceLink';

/** Asking before adding again, or under which goal, is rare: its dialog loads when first needed. */
const loadIdeaDialog = () => import('./IdeaDialog');
const loadIdeaAdd = () => import('./idea-add');

/** An idea as the island gets it: its source a site path with its heading (the base is added where shown). */
export type IdeaView = SuggestionIdea & { phase: 1 | 2 | 3; audience: IdeaAudience[] };

interface Props {
  plan: Plan;
  ideas: IdeaView[];
  /** Element ids start with it: the panel beside the phases and the sheet of a phase are both in the page. */
  idPrefix: string;
  /** The sheet of one phase adds to that phase; the panel lets the reader choose. */
  phase?: number | undefined;
  /** Called before "Go to it" moves the focus (the sheet closes). */
  onLeave?: () => void;
}

export interface Asking {
  idea: IdeaView;
  phase: number;
  /** Where the idea already is, when it is. */
  already?: FoundIdea | undefined;
}

/**
 * Moves the focus to an item's first field, scrolled into view: a jump, as a link's, to a field already there, so
 * at once and not through focusAfterRender (which waits for a render that would put it in place).
 */
function jumpTo(fieldId: string): void {
  const field = document.getElementById(fieldId);
  field?.scrollIntoView({ block: 'center' });
  field?.focus();
}

/**
 * Ideas drawn from the handbook, filtered by audience and kind. An idea in
 * the plan says "Added ✓" with a way to it; adding it again asks first; an
 * action asks which goal it goes under (or makes one named after its section).
 */
export function Ideas({ plan, ideas, idPrefix, phase: fixedPhase, onLeave }: Props) {
  const [filter, setFilter] = useState<IdeaFilter>({ audience: 'all', kind: 'all' });
  const [target, setTarget] = useState<'best' | number>('best');
  const [asking, setAsking] = useState<Asking | undefined>(undefined);
  const Ask = useLazy(asking !== undefined, loadIdeaDialog, () => setAsking(undefined));
  const found = ideasInPlan(plan);
  const shown = filterIdeas(ideas, filter);
  const id = (name: string) => `${idPrefix}-${name}`;

  const commit = (idea: IdeaView, phase: number, goalId?: string) =>
    loadOrSay(loadIdeaAdd).then((loaded) => loaded?.addIdeaToPlan(plan.id, idea, phase, goalId));

  const add = (idea: IdeaView, phase: number) => {
    const already = found.get(idea.id);
    const hasGoals = (plan.phases[phase]?.goals.length ?? 0) > 0;
    if (already || (idea.kind === 'action' && hasGoals)) {
      setAsking({ idea, phase, already });
      return;
    }
    commit(idea, phase);
  };

  return (
    <div class="plan-ideas__body">
      <div class="plan-ideas__filters">
        <SelectField
          id={id('audience')}
          label={planT('plan.ideasFor')}
          value={filter.audience}
          options={['all', ...IDEA_AUDIENCES] as const}
          words={(a) => (a === 'all' ? planT('plan.ideasAnyone') : planT(`plan.audience.${a}`))}
          onChange={(audience) => setFilter({ ...filter, audience })}
        />
        <SelectField
          id={id('kind')}
          label={planT('plan.ideasKind')}
          value={filter.kind}
          options={['all', ...IDEA_KINDS] as const}
          words={(k) => (k === 'all' ? planT('plan.ideasAllKinds') : planT(`plan.kind.${k}`))}
          onChange={(kind) => setFilter({ ...filter, kind })}
        />
        {fixedPhase === undefined && (
          <SelectField
            id={id('target')}
            label={planT('plan.addTo')}
            value={String(target)}
            options={['best', ...PHASE_TITLES.map((_, i) => String(i))]}
            words={(value) => (value === 'best' ? planT('plan.bestPhase') : (PHASE_TITLES[Number(value)] ?? ''))}
            onChange={(value) => setTarget(value === 'best' ? 'best' : Number(value))}
          />
        )}
      </div>
      <p class="plan-ideas__count" aria-live="polite">
        {planT('plan.ideasCount', { count: shown.length })}
      </p>
      <ul class="plan-ideas__list">
        {shown.map((idea) => {
          const phase = fixedPhase ?? (target === 'best' ? idea.phase - 1 : target);
          const phaseTitle = PHASE_TITLES[phase] ?? PHASE_TITLES[0];
          const at = found.get(idea.id);
          return (
            <li key={idea.id} class="plan-idea">
              <p class="plan-idea__text">
                <span class="badge">{planT(`plan.as.${idea.kind}`)}</span> {idea.text}
              </p>
              <SourceLink source={idea.source} />
              <div class="plan-idea__tools">
                {at && (
                  <>
                    <span class="plan-idea__added">{planT('plan.added')}</span>
                    <a
                      href={`#${at.fieldId}`}
                      onClick={(event) => {
                        event.preventDefault();
                        onLeave?.();
                        jumpTo(at.fieldId);
                      }}
                    >
                      {planT('plan.goToIt')}
                      <span class="sr-only">: {idea.text}</span>
                    </a>
                  </>
                )}
                <button
                  type="button"
                  class="button button--small"
                  aria-label={planT('plan.addSuggestion', { text: idea.text, phase: phaseTitle })}
                  onClick={() => add(idea, phase)}
                >
                  + {phaseTitle}
                </button>
              </div>
            </li>
          );
        })}
      </ul>
      {asking && Ask && (
        <Ask
          id={id('ask')}
          plan={plan}
          asking={asking}
          onConfirm={(goalId) => commit(asking.idea, asking.phase, goalId)}
          onClose={() => setAsking(undefined)}
        />
      )}
    </div>
  );
}

import { PHASE_TITLES } from '../../lib/plan-labels';

/** The phases' titles ("Days 1–30", "Days 31–60", "Days 61–90") in a text: each at an odd index of `split`. */
const PHASE_TITLE = /* @__PURE__ */ new RegExp(`(${PHASE_TITLES.join('|')})`);

/**
 * `text` with each phase title kept on one line (`.plan-range`): a line may
 * break after an en dash, which at 375 px left "Days 1–" at the end of a
 * dialog's heading and "30" alone on the next. For text where a phase title
 * follows words of any length (a heading that quotes an idea); the phase
 * headings, the print and the ideas' "+ Days 1–30" buttons (one line each,
 * in plan.css) start with theirs.
 */
export function KeepPhaseTitles({ text }: { text: string }) {
  return (
    <>
      {text.split(PHASE_TITLE).map((part, index) =>
        index % 2 === 1 ? (
          <span key={index} class="plan-range">
            {part}
          </span>
        ) : (
          part
        ),
      )}
    </>
  );
}

import { useCallback } from 'preact/hooks';
import { detailsElementId, serverElement, serverTaskItem, wordsElementId } from '../browser/task-words';
import { POINT_PAUSE, pauseAfter } from '../lib/point-pauses';
import type { ViewSegment } from '../lib/program-view';
import { InlineText } from './InlineText';

/*
 * A task's text and details. The server renders them as text from the
 * program data; in the browser the island keeps the nodes the server
 * rendered (browser/task-words), so the words need not travel as props.
 */

/*
 * Preact leaves alone the children of an element given `dangerouslySetInnerHTML` while it hydrates, and does
 * not write the value again while it stays the same object: so the server's words stay as they are, with no
 * node removed, added or re-laid out (they were removed and put back as copies until December 3: 164 changes
 * on CSM Onboarding's first load). The value is this constant empty string, never HTML.
 */
const KEEP_CHILDREN = { __html: '' };

/** Browser side: the server's element for a task's words, kept as it is; one mounted anew gets a copy of them. */
function ServerChildren({
  tag: Tag,
  className,
  elementId,
  server,
}: {
  tag: 'span' | 'ul' | 'ol';
  className: string;
  elementId: string;
  server: Element;
}) {
  // Hydrating, the element is the server's, with its words: nothing to do. Mounted anew (the island let the
  // task go and shows it again), it starts empty and gets a copy, in the same commit, before the browser paints.
  const attach = useCallback(
    (element: HTMLElement | null) => {
      if (element && element !== server && !element.hasChildNodes()) {
        element.replaceChildren(...Array.from(server.childNodes, (node) => node.cloneNode(true)));
      }
    },
    [server],
  );
  // biome-ignore lint/security/noDangerouslySetInnerHtml: the constant empty string above, so Preact keeps the server's nodes.
  return <Tag ref={attach} class={className} id={elementId} dangerouslySetInnerHTML={KEEP_CHILDREN} />;
}

export function TaskText({ id }: { id: string }) {
  const elementId = wordsElementId(id);
  if (import.meta.env.SSR) {
    const { text, place } = serverTaskItem(id);
    // A task in another's words says where it is, to screen readers: its controls are named by these words.
    return (
      <span class="task__words" id={elementId}>
        <InlineText segments={text} />
        {place && <span class="sr-only" data-pagefind-ignore="">{` ${place}`}</span>}
      </span>
    );
  }
  const server = serverElement(elementId);
  return server ? <ServerChildren tag="span" className="task__words" elementId={elementId} server={server} /> : null;
}

/** Server side: a pause for screen readers after a point that ends without punctuation (lib/point-pauses). */
function Pause({ after, last }: { after: readonly ViewSegment[]; last: boolean }) {
  return pauseAfter(after, last) ? (
    <span class="sr-only" data-pagefind-ignore="">
      {POINT_PAUSE}
    </span>
  ) : null;
}

/**
 * A task's points, numbered where the handbook numbers them; a point that
 * introduces points of its own carries them in a list under it.
 */
export function TaskDetails({ id, numbered }: { id: string; numbered: boolean }) {
  const elementId = detailsElementId(id);
  const Tag = numbered ? 'ol' : 'ul';
  if (import.meta.env.SSR) {
    const details = serverTaskItem(id).details;
    return details ? (
      <Tag class="task__details" id={elementId}>
        {details.map((detail, i) => {
          const last = i === details.length - 1;
          return (
            <li key={i}>
              <InlineText segments={detail.text} />
              <Pause after={detail.text} last={last && !detail.details} />
              {detail.details && (
                <Tag>
                  {detail.details.map((point, j, points) => (
                    <li key={j}>
                      <InlineText segments={point} />
                      <Pause after={point} last={last && j === points.length - 1} />
                    </li>
                  ))}
                </Tag>
              )}
            </li>
          );
        })}
      </Tag>
    ) : null;
  }
  const server = serverElement(elementId);
  return server ? <ServerChildren tag={Tag} className="task__details" elementId={elementId} server={server} /> : null;
}

import { useCallback } from 'preact/hooks';
import { detailsElementId, renderedNodes, serverTaskItem, wordsElementId } from '../browser/task-words';
import { InlineText } from './InlineText';

/*
 * A task's text and details. The server renders them as text from the
 * program data; in the browser the island puts back a copy of the nodes the
 * server rendered (browser/task-words), so the words need not travel as props.
 */

/** Browser side: an element whose children are the server's own nodes, copied in before the first paint. */
function ServerChildren({
  tag: Tag,
  className,
  elementId,
  nodes,
}: {
  tag: 'span' | 'ul' | 'ol';
  className: string;
  elementId: string;
  nodes: DocumentFragment;
}) {
  // Hydration empties the element (it has no children here); the copy goes back
  // as the element is attached, in the same commit, before the browser paints.
  const attach = useCallback((element: HTMLElement | null) => element?.replaceChildren(nodes.cloneNode(true)), [nodes]);
  return <Tag ref={attach} class={className} id={elementId} />;
}

export function TaskText({ id }: { id: string }) {
  const elementId = wordsElementId(id);
  if (import.meta.env.SSR) {
    return (
      <span class="task__words" id={elementId}>
        <InlineText segments={serverTaskItem(id).text} />
      </span>
    );
  }
  const nodes = renderedNodes(elementId);
  return nodes ? <ServerChildren tag="span" className="task__words" elementId={elementId} nodes={nodes} /> : null;
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
        {details.map((detail, i) => (
          <li key={i}>
            <InlineText segments={detail.text} />
            {detail.details && (
              <Tag>
                {detail.details.map((point, j) => (
                  <li key={j}>
                    <InlineText segments={point} />
                  </li>
                ))}
              </Tag>
            )}
          </li>
        ))}
      </Tag>
    ) : null;
  }
  const nodes = renderedNodes(elementId);
  return nodes ? <ServerChildren tag={Tag} className="task__details" elementId={elementId} nodes={nodes} /> : null;
}

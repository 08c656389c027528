import { detailsElementId, renderedHtml, serverTaskItem, wordsElementId } from '../lib/task-words';
import { InlineText } from './InlineText';

/*
 * A task's text and details. The server renders them as text from the
 * program data; in the browser the island keeps the HTML the server rendered
 * (its own, read back from the page), so the words need not travel as props.
 */

export function TaskText({ id }: { id: string }) {
  const elementId = wordsElementId(id);
  if (import.meta.env.SSR) {
    return (
      <span class="task__words" id={elementId}>
        <InlineText segments={serverTaskItem(id).text} />
      </span>
    );
  }
  return (
    // biome-ignore lint/security/noDangerouslySetInnerHtml: the page's own server-rendered words, read back from it (see lib/task-words)
    <span class="task__words" id={elementId} dangerouslySetInnerHTML={{ __html: renderedHtml(elementId) ?? '' }} />
  );
}

export function TaskDetails({ id }: { id: string }) {
  const elementId = detailsElementId(id);
  if (import.meta.env.SSR) {
    const details = serverTaskItem(id).details;
    return details ? (
      <ul class="task__details" id={elementId}>
        {details.map((detail, i) => (
          <li key={i}>
            <InlineText segments={detail} />
          </li>
        ))}
      </ul>
    ) : null;
  }
  const html = renderedHtml(elementId);
  return html === null ? null : (
    // biome-ignore lint/security/noDangerouslySetInnerHtml: the page's own server-rendered details, read back from it (see lib/task-words)
    <ul class="task__details" id={elementId} dangerouslySetInnerHTML={{ __html: html }} />
  );
}

import type { ItemView, SectionView } from './program-view';

/**
 * Where the page lists a task: its section's title, and the task it is a sub-step of when its section has its
 * words twice. On screen the headings and the list tell such tasks apart; a screen reader's list of controls
 * does not, so the page adds this to the words of a task that another task of its program shares.
 */
interface TaskPlace {
  section: string;
  /** The plain words of the task it is under, when the section alone does not tell it apart. */
  under?: string;
}

interface Listed {
  item: ItemView;
  section: SectionView;
  parent?: ItemView;
}

/** The place of every task or sub-step whose words (in plain text) another one of the program has too, by id. */
export function twinPlaces(sections: readonly SectionView[]): Map<string, TaskPlace> {
  const listed: Listed[] = sections.flatMap((section) =>
    section.tasks.flatMap((task) => [
      { item: task, section },
      ...(task.subtasks ?? []).map((item) => ({ item, section, parent: task })),
    ]),
  );
  // Grouped by their words first: comparing every task with every other was most of a build's program views.
  const byWords = new Map<string, Listed[]>();
  for (const entry of listed) {
    const group = byWords.get(entry.item.plain);
    if (group) group.push(entry);
    else byWords.set(entry.item.plain, [entry]);
  }
  const places = new Map<string, TaskPlace>();
  for (const { item, section, parent } of listed) {
    const twins = byWords.get(item.plain) ?? [];
    if (twins.length < 2) continue;
    const inSection = twins.filter((other) => other.section === section).length;
    places.set(
      item.id,
      inSection > 1 && parent ? { section: section.title, under: parent.plain } : { section: section.title },
    );
  }
  return places;
}

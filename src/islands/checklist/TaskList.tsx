import type { ComponentChildren } from 'preact';

/**
 * A list as the handbook has it: numbered (`<ol>`, with each item's number
 * fixed by `value`, so an item hidden from view never renumbers the others)
 * or bulleted. The numbers are the list's own markers: on screen, in print
 * and without JavaScript alike.
 */
export function TaskList({
  numbered,
  class: className,
  ...list
}: {
  numbered: boolean;
  class: string;
  id?: string;
  hidden?: boolean;
  children: ComponentChildren;
}) {
  return numbered ? (
    <ol class={`${className} checklist__tasks--numbered`} {...list} />
  ) : (
    <ul class={className} {...list} />
  );
}

import { describe, expect, it } from 'vitest';
import {
  itemPlainText,
  programItemIds,
  toProgramShape,
  toProgramSummary,
  toProgramView,
} from '../../src/lib/program-view';
import { programSchema } from '../../src/schemas/program';
import { readProgramFiles } from '../support/programs';

const OWN_PATHS = new Set(['/handbook/customer-success/csm/csm-internship/']);

const views = readProgramFiles().map((file) =>
  toProgramView(file.id, programSchema.parse(file.data), OWN_PATHS, '/handbook/'),
);

describe('program views', () => {
  it.each(views.map((view) => [view.id, view]))('%s: ids, summary, shape and plain text agree', (_id, view) => {
    const ids = programItemIds(view);
    expect(new Set(ids).size).toBe(ids.length);
    const summary = toProgramSummary(view);
    expect(programItemIds(summary)).toEqual(ids);
    const shape = toProgramShape(view);
    expect(programItemIds(shape)).toEqual(ids);
    // Every id names a text, and an unknown id names itself.
    for (const id of ids) expect(itemPlainText(summary, id)).not.toBe(id);
    expect(itemPlainText(summary, 'no-such-task')).toBe('no-such-task');
  });

  it('resolves links inside task text to this site under its base, or to the handbook host', () => {
    const links = views.flatMap((view) =>
      view.sections.flatMap((section) => section.tasks.flatMap((task) => task.text.filter((s) => s.kind === 'link'))),
    );
    expect(links.length).toBeGreaterThan(0);
    for (const link of links) {
      if (link.kind !== 'link') continue;
      expect(link.external ? link.href.startsWith('https://') : link.href.startsWith('/handbook/')).toBe(true);
    }
  });
});

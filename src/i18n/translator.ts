import { fill } from './fill.ts';

/*
 * How the site's strings are kept: flat dictionaries with dotted keys, one
 * module a family, each with its lookup made here. A bundle never splits a
 * module and keeps an object's unused keys, so a dictionary goes with the
 * code that uses it: a string in `ui` weighs on every planner page.
 *
 * | module | lookup | used by |
 * | --- | --- | --- |
 * | ui.ts | t | islands and stores of every planner page (storage, shared controls, progress, roles) |
 * | checklist-ui.ts | ct | the program pages: the program panel, the lists and their Markdown export |
 * | plan-ui.ts | planT | the plan builder |
 * | plan-views-ui.ts | pt | the plan builder's views loaded on demand |
 * | progress-ui.ts | gt | My progress |
 * | undo-all-ui.ts | ut | Undo of a restore or of Reset all (stores/undo-all.ts), loaded when one is done |
 * | backup-ui.ts | bt | the backup file's code and the restore's preview (src/lib/backup.ts, restore-preview.ts, issue-words.ts), loaded on demand when My progress backs up or restores; the stored data's checks' words (the schemas name them by code), which a refused review link quotes too |
 * | manager-ui.ts | mt | the manager toolkit's islands and src/lib/manager/: in the browser, the page's JSON copy (ManagerUiStrings.astro), read in by src/browser/manager-ui-page.ts, so the scripts carry none |
 * | manager-page-ui.ts | mpt | the manager page's fixed words, rendered at build time |
 * | export-ui.ts | xt | the exports loaded on demand: the checklists' Markdown, the manager toolkit's Markdown and calendars, the plan's Markdown and calendar, the ladder's promotion document |
 * | manager-week-ui.ts | wt | My progress's "My week as a manager" |
 * | ladder-ui.ts | lt | the career ladder page's islands and promotion document |
 * | ladder-page-ui.ts | lpt | the career ladder page's fixed words and its quirks, rendered at build time |
 * | ladder-card-ui.ts | lct | My progress's career ladder card, loaded with it on demand |
 * | club-card-ui.ts | cct | My progress's view of the President's Club tally, loaded with it on demand |
 * | club-readings-ui.ts | crt | the President's Club tally's readings where the handbook is silent: its box of gaps, rendered at build time, and its Markdown export, loaded with it on demand |
 * | evidence-form-ui.ts | eft | the career ladder's evidence form, loaded with it when a reader first opens one |
 * | celebrate-ui.ts | celebrateT | the words when a reader finishes a section or a program (islands/celebrate.ts, loaded then) |
 * | checklist-store-ui.ts | cst | the checklists' store (the program pages, My progress) |
 * | save-state-ui.ts | sst | whether the reader's last change is saved, on the plan builder and the career ladder (islands/SaveState.tsx) |
 * | storage-notices-ui.ts | snt | the notices when the reader's data is not being saved as usual (StorageNoticeList.tsx, loaded when there is one to show) |
 * | text-clash-ui.ts | clashT | the message when two tabs saved different text in one place at once (stores/text-clash.ts, loaded then), and when a change is refused, two tabs' additions past a list's limit among them (stores/refused-merge.ts, loaded then) |
 * | manager-store-ui.ts | mst | the manager toolkit's store (the manager page's tools, My progress) |
 * | ladder-store-ui.ts | lst | the career ladder's store (the ladder page, My progress) |
 * | plan-store-ui.ts | pst | the plans' store, a plan's name without a title and its phases' titles, a new plan's and a copy's first words (src/lib/plan-model.ts) (the plan builder, My progress's plan cards) |
 * | plan-elsewhere-ui.ts | pet | a plan deleted in another tab, or written again there (stores/plan-told.ts, loaded then) |
 * | club-elsewhere-ui.ts | cet | CSMs removed from the tally in another tab (islands/manager/club-told.ts, loaded then) |
 * | site-tool-ui.ts | stt | the search panel (loaded when search is opened): what each site tool does, shown with a tool's result; a plain lookup (no placeholders), so the search code does not import this module |
 * | page-ui.ts | pageT, searchT | pages rendered at build time (never in a bundle), the planner pages' headings and leads included; searchT's strings reach the search panel's script through a data attribute |
 */

/** A string with forms for one and for other counts (English needs no more). */
export type PluralForms = { readonly one: string; readonly other: string };

// Made on first use, not when a dictionary's module loads (src/lib/dates.ts says why).
let plural: Intl.PluralRules | undefined;

type Dictionary = Readonly<Record<string, string | PluralForms>>;

/**
 * A value as the site's sentence holds it. One with right-to-left letters (Hebrew, Arabic, Syriac, Thaana, N'Ko,
 * Samaritan, Mandaic: U+0590 to U+08FF), which only the reader's text has (the site's words and values, figures and
 * dates, have none), is isolated: U+2068 (first strong isolate) before it and U+2069 after, so the sentence's
 * punctuation and words beside it are not drawn into its run ("Remove “דנה”" drew the closing quote on the wrong
 * side), in the page's text and in what its attributes (`aria-label`) say. Here, once for every lookup, not at each
 * call; markup that sets the reader's text beside the site's words itself uses `<bdi>`, the same isolate
 * (docs/data-safety.md, "Drawn in its own direction"). Not the presentation forms (U+FB1D on), which are not typed.
 */
// (A figure is tested and returned as it is: `test` and `replace` read it as text, in fewer bytes than converting it.)
const isolated = (value: string | number): string =>
  /[\u0590-\u08ff]/.test(value as string) ? `\u2068${value}\u2069` : (value as string);

/**
 * A lookup over one dictionary: finds a string and fills its `{name}`
 * placeholders. A string with plural forms picks its form by `values.count`
 * (Intl.PluralRules), so no message ever says "task(s)". Every dictionary
 * of src/i18n/ makes its lookup with it. The reader's right-to-left text is isolated where it is filled in (`fill`),
 * unless `shown` says otherwise (the exports' lookup, `String`: the files keep the reader's text as stored).
 */
export function translator<D extends Dictionary>(dictionary: D, shown = isolated) {
  return (key: keyof D & string, values?: Record<string, string | number>): string => {
    const entry: string | PluralForms | undefined = dictionary[key];
    if (entry === undefined) return key;
    if (typeof entry === 'string') return fill(entry, values, shown);
    plural ??= new Intl.PluralRules('en');
    return fill(plural.select(Number(values?.count ?? 0)) === 'one' ? entry.one : entry.other, values, shown);
  };
}

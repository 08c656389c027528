import '../../styles/planner.css';
import '../../styles/checklist.css';
import { useLayoutEffect, useState } from 'preact/hooks';
import { downloadText } from '../../browser/download';
import { watchArrivals } from '../../browser/link-arrival';
import { renderedPlainText } from '../../browser/task-words';
import { cst } from '../../i18n/checklist-store-ui';
import { ct } from '../../i18n/checklist-ui';
import { t } from '../../i18n/ui';
import { type ProgramShape, programItemIds, programLens } from '../../lib/program-view';
import { programPanelId } from '../../lib/schedule';
import { unknownWords } from '../../lib/task-progress';
import { announce } from '../../stores/announcer';
import { $programSettings, $taskStates, resetProgram, setProgramSettings } from '../../stores/planner';
import { programLensStore } from '../../stores/program-lens';
import { Announcer } from '../Announcer';
import { loadOrSay } from '../load-or-say';
import { ProgressMeter } from '../ProgressMeter';
import { StorageNotices } from '../StorageNotices';
import { useConfirm } from '../use-confirm';
import { useCopyWithFallback } from '../use-copy';
import { usePlannerReady } from '../use-planner-ready';
import { useProgramExtras } from '../use-program-extras';
import { useStore } from '../use-store';
import { RoleSwitch } from './RoleSwitch';
import { StartDate } from './StartDate';

interface Props {
  /** The program without its tasks' words (they are on the page: browser/task-words). */
  program: ProgramShape;
}

/** The program's controls at the top of its page: progress, start date, role, export, reset. */
export default function ProgramPanel({ program }: Props) {
  // Before the planner starts: the target of the link the reader came by is kept in place from the page's first change.
  useLayoutEffect(watchArrivals, []);
  const ready = usePlannerReady();
  useProgramExtras(program, ready, `start-${program.id}`);
  const settings = useStore($programSettings)[program.id];
  /*
   * The lens store is the page's, ready once any island has read storage: when the lists start first, it already
   * counts the stored ticks at this island's hydration, which keeps the server's attributes (the bar's max, with
   * the tasks marked N/A in it, under words that leave them out). The server's figures until this island is ready.
   */
  const stored = useStore(programLensStore(program));
  const lens = ready ? stored : programLens(program, undefined, {});
  const roleName = lens.role ? t(`role.${lens.role}`) : undefined;
  // Off by default and not kept: the export follows the lens unless asked for everything.
  const [exportEveryone, setExportEveryone] = useState(false);
  const exportRole = exportEveryone ? undefined : lens.role;
  const { copy, fallbackBox } = useCopyWithFallback(ct('planner.copyMarkdown'));
  const [resetDialog, askReset] = useConfirm({
    id: `reset-${program.id}`,
    title: ct('planner.resetTitle', { title: program.shortTitle }),
    text: ct('planner.resetText'),
    confirmLabel: cst('planner.resetConfirm'),
    onConfirm: () => resetProgram(program.id, programItemIds(program), program.shortTitle),
  });

  /**
   * The export code loads on demand (the reader heads for the buttons first: see prefetch): the
   * Markdown writer, and the reader of the tasks' words back from the page.
   */
  const loadExport = () => Promise.all([import('../../lib/export-markdown'), import('../../browser/page-program')]);
  /** The export, or undefined after telling the reader it could not be made (its code did not load, or the page's task words could not be read). */
  const markdown = async (): Promise<string | undefined> => {
    const loaded = await loadOrSay(loadExport);
    if (!loaded) return undefined;
    const [code, pageCode] = loaded;
    const view = pageCode.pageProgramView(program);
    if (!view) {
      announce(ct('planner.exportUnavailable'), 'error');
      return undefined;
    }
    // The tasks' states as they are now (the buttons wait for them to be read), a task not known here said so.
    return code.exportTaskList(view, $taskStates.get(), {
      origin: window.location.origin,
      startDate: settings?.startDate,
      role: exportRole,
    });
  };

  const copyMarkdown = async () => {
    const text = await markdown();
    if (text !== undefined) await copy(text, ct('planner.copied'), ct('planner.copyFailed'));
  };

  const download = async () => {
    const text = await markdown();
    if (text === undefined) return;
    const file = `${program.id}-checklist.md`;
    downloadText(file, text, 'text/markdown');
    announce(ct('planner.downloaded', { file }));
  };

  // Load the export code as soon as the reader heads for the buttons, so a
  // click finds it ready (and the copy stays within the click's permission).
  const prefetch = () => void loadExport().catch(() => {});

  return (
    <section class="program-panel" aria-labelledby={programPanelId(program.id)} data-pagefind-ignore="all">
      <h2 id={programPanelId(program.id)} class="program-panel__title">
        {`${ct('planner.panelTitle')}: ${program.shortTitle}`}
      </h2>
      <p class="program-panel__intro">{ct('planner.panelIntro')}</p>
      <StorageNotices ready={ready} />
      <ProgressMeter
        progress={lens.progress}
        label={program.title}
        completeText={cst('planner.programComplete')}
        roleName={roleName}
        unknown={unknownWords(lens.progress)}
      />
      <p class="program-panel__next">
        {ready &&
          (lens.next ? (
            <>
              {ct('planner.next')}{' '}
              <a href={`#task-${lens.next.item.id}`}>
                {renderedPlainText(lens.next.item.id) ?? ct('planner.nextFallback')}
              </a>
            </>
          ) : (
            // Nothing open, but a task not known here may be.
            !lens.progress.unknown && cst('planner.allDone')
          ))}
      </p>

      <div class="program-panel__controls">
        {program.schedule && (
          <StartDate
            program={program}
            ownSections={lens.sections}
            startDate={ready ? settings?.startDate : undefined}
            disabled={!ready}
          />
        )}
        {program.roles && <RoleSwitch program={program} role={lens.role} disabled={!ready} />}
      </div>
      <label class="program-panel__toggle">
        <input
          type="checkbox"
          checked={ready && settings?.hideDone === true}
          disabled={!ready}
          onChange={(event) => setProgramSettings(program.id, { hideDone: event.currentTarget.checked })}
        />
        <span>{ct('planner.hideDone')}</span>
      </label>

      <div
        class="program-panel__actions"
        role="group"
        aria-label={ct('planner.exportTitle')}
        onPointerEnter={prefetch}
        onFocusIn={prefetch}
      >
        {lens.role && (
          <label class="program-panel__toggle">
            <input
              type="checkbox"
              checked={exportEveryone}
              onChange={(event) => setExportEveryone(event.currentTarget.checked)}
            />
            <span>{ct('planner.exportEveryone')}</span>
          </label>
        )}
        <button type="button" class="button" disabled={!ready} onClick={() => void copyMarkdown()}>
          {ct('planner.copyMarkdown')}
        </button>
        <button type="button" class="button" disabled={!ready} onClick={() => void download()}>
          {ct('planner.downloadMarkdown')}
        </button>
        <button type="button" class="button button--danger" disabled={!ready} onClick={askReset}>
          {ct('planner.reset')}
        </button>
      </div>
      {fallbackBox}

      {resetDialog}
      <Announcer />
    </section>
  );
}

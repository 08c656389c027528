import type { JSX } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { ConfirmDialog } from './ConfirmDialog';
import { loadOrSay } from './load-or-say';

type ConfirmProps = Omit<Parameters<typeof ConfirmDialog>[0], 'dialogRef'>;

/**
 * The confirm dialog for a destructive action (reset a program, delete a plan,
 * reset all, clear a tally, remove a team member), its code loaded the first
 * time the reader asks, like the exports: no planner page carries it in its
 * first load. Returns the dialog (once loaded) and `ask`, which opens it;
 * closing it gives the focus back to the button that asked, as the browser
 * does for a modal dialog, and it closes when its title changes (what it asks
 * about is no longer there). When the code cannot load, the page says so and
 * nothing is done (loadOrSay).
 */
export function useConfirm(props: ConfirmProps): [JSX.Element | null, () => void] {
  const ref = useRef<HTMLDialogElement>(null);
  const [Dialog, setDialog] = useState<typeof ConfirmDialog | undefined>(undefined);
  const [asked, setAsked] = useState(0);
  useEffect(() => {
    if (asked) ref.current?.showModal();
  }, [asked]);
  // What it asks about changed under it (another tab deleted the plan it names, and the plan on screen is now
  // another): it closes, the focus back on what opened it, rather than ask of, and act on, something else.
  useEffect(() => () => ref.current?.close(), [props.title]);
  const ask = async () => {
    const loaded = await loadOrSay(() => import('./ConfirmDialog'));
    if (!loaded) return;
    setDialog(() => loaded.ConfirmDialog);
    setAsked((n) => n + 1);
  };
  return [Dialog ? <Dialog dialogRef={ref} {...props} /> : null, ask];
}

import { snt } from '../i18n/storage-notices-ui';
import { t } from '../i18n/ui';
import { $announcement, announce } from '../stores/announcer';
import { $storageStatus, retryPendingWrites, type StorageStatus } from '../stores/storage-session';

/**
 * Where the focus was before it came to "Try saving again". A retry that saves takes the notice and its button
 * away, and the focus goes back there, as the page's message gives it back when its own button goes
 * (Announcer.tsx): to the control the reader changed, or the one they came to the notice from, next to it. Gone
 * or unknown, it goes to the page's main region, where "Skip to content" lands, not to the top of the page.
 */
let cameFrom: HTMLElement | null = null;

/** A short pause between the message taken away and said again: a screen reader hears a change, not the same words. */
const SAY_AGAIN_MS = 100;
/** The words said again after that pause, if the pause is not over: a retry that saves meanwhile cancels them. */
let sayAgain: ReturnType<typeof setTimeout> | undefined;

/**
 * Says, once for each retry, that there is still no room: the same words again are taken away, then said. (Taken
 * away by the store itself, not `settle`, which would bring back a message set aside only to set it aside again;
 * and which no other on-demand file imports, so the planners' first-load file would name it for this one.)
 */
function sayStillFull(count: number): void {
  const words = snt('storage.stillFull', { count });
  const shown = $announcement.get();
  if (shown?.text !== words) {
    announce(words, 'error');
    return;
  }
  $announcement.set(null);
  sayAgain = setTimeout(() => announce(words, 'error'), SAY_AGAIN_MS);
}

function retry(event: { currentTarget: HTMLButtonElement; detail: number }): void {
  const button = event.currentTarget;
  clearTimeout(sayAgain);
  retryPendingWrites();
  const { unsaved } = $storageStatus.get();
  if (unsaved > 0) {
    sayStillFull(unsaved);
    return;
  }
  // Saved (the storage session says so in the page's message): the button goes with the next render.
  if (document.activeElement !== button) return;
  const back = cameFrom?.isConnected && !cameFrom.matches(':disabled') ? cameFrom : null;
  // A click (`detail`, its count, is 0 for Enter or Space) brought the focus from wherever it last was, maybe far
  // down the page: it goes back there without taking the page with it, so the reader's view holds.
  (back ?? document.getElementById('main-content'))?.focus({ preventScroll: event.detail > 0 });
}

/** What StorageNotices shows when there is something to say, loaded then (see there). */
export default function StorageNoticeList({ status }: { status: StorageStatus }) {
  return (
    <>
      {status.mode === 'unavailable' && <p class="notice notice--warning">{snt('storage.unavailable')}</p>}
      {status.unsaved > 0 && (
        <p class="notice notice--error">
          {snt('storage.full', { count: status.unsaved })}{' '}
          <button
            type="button"
            class="button button--small"
            onFocus={(event) => {
              cameFrom = event.relatedTarget as HTMLElement | null;
            }}
            onClick={retry}
          >
            {snt('storage.retry')}
          </button>
        </p>
      )}
      {status.recovered.length > 0 && <p class="notice notice--warning">{snt('storage.recovered')}</p>}
      {status.newer.length > 0 && <p class="notice notice--warning">{snt('storage.newer')}</p>}
      {status.unreadable.length > 0 && <p class="notice notice--error">{t('storage.unreadable')}</p>}
      {status.cleared && <p class="notice notice--warning">{t('storage.cleared')}</p>}
    </>
  );
}

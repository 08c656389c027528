import { $storageStatus } from '../stores/storage-session';
import { useLazy } from './use-lazy';
import { useStore } from './use-store';

const load = () => import('./StorageNoticeList');

/**
 * Tells the reader, in the page, when their data is not being saved as usual: storage blocked or full, data kept
 * aside or left for a newer version, unreadable, or cleared in another tab. The notices and their words come the
 * first time there is one to show (StorageNoticeList.tsx): most visits never show one, and every planner page's
 * first load carries this part. If they cannot come, the page says that a part could not load (loadOrSay).
 */
export function StorageNotices({ ready }: { ready: boolean }) {
  const status = useStore($storageStatus);
  const wanted =
    ready &&
    (status.mode === 'unavailable' ||
      status.unsaved > 0 ||
      status.recovered.length + status.newer.length + status.unreadable.length > 0 ||
      status.cleared);
  const List = useLazy(wanted, load, () => {});
  return List && wanted && <List status={status} />;
}

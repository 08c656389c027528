import { snt } from '../i18n/storage-notices-ui';
import { t } from '../i18n/ui';
import { retryPendingWrites, type StorageStatus } from '../stores/storage-session';

/** What StorageNotices shows when there is something to say, loaded then (see there). */
export default function StorageNoticeList({ status }: { status: StorageStatus }) {
  return (
    <>
      {status.mode === 'unavailable' && <p class="notice notice--warning">{snt('storage.unavailable')}</p>}
      {status.unsaved > 0 && (
        <p class="notice notice--error">
          {snt('storage.full', { count: status.unsaved })}{' '}
          <button type="button" class="button button--small" onClick={retryPendingWrites}>
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

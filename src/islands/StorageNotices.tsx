import { t } from '../i18n/ui';
import { $storageStatus, retryPendingWrites } from '../stores/storage-session';
import { useStore } from './use-store';

/** Tells the reader, in the page, when their data is not being saved as usual. */
export function StorageNotices({ ready }: { ready: boolean }) {
  const status = useStore($storageStatus);
  if (!ready) return null;
  return (
    <>
      {status.mode === 'unavailable' && <p class="notice notice--warning">{t('storage.unavailable')}</p>}
      {status.unsaved > 0 && (
        <p class="notice notice--error">
          {t('storage.full', { count: status.unsaved })}{' '}
          <button type="button" class="button button--small" onClick={retryPendingWrites}>
            {t('storage.retry')}
          </button>
        </p>
      )}
      {status.recovered.length > 0 && <p class="notice notice--warning">{t('storage.recovered')}</p>}
      {status.newer.length > 0 && <p class="notice notice--warning">{t('storage.newer')}</p>}
      {status.unreadable.length > 0 && <p class="notice notice--error">{t('storage.unreadable')}</p>}
      {status.cleared && <p class="notice notice--warning">{t('storage.cleared')}</p>}
    </>
  );
}

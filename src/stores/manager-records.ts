import { storageKeys } from '../browser/storage';
import { t } from '../i18n/ui';
import { readManagerRecord } from '../lib/manager/stored';
import { isManagerRecordId, type ManagerRecord, managerRecordId } from '../schemas/manager';
import { createRecordStore } from './record-store';

/*
 * The manager toolkit's record store alone, without its actions: backup,
 * restore and Reset all (src/stores/all-data.ts) need the records on My
 * progress, the toolkit's actions live in src/stores/manager.ts.
 */
export const managerStore = createRecordStore<ManagerRecord>({
  prefix: storageKeys.manager(''),
  read: readManagerRecord,
  isValidId: isManagerRecordId,
  lockedMessage: t('manager.locked'),
  idOf: managerRecordId,
});

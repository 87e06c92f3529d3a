import { label } from '../field-builders';
import { countRegister, type CountSubject } from './count';

export const ARCHIVE_CHECK_UID = 'api::archive-check.archive-check';

/** 档案清点 every half year (docs/archives.md §5.5): the archives in place (not lent, not destroyed) should all be there. */
export const ARCHIVE_CHECK_SUBJECT: CountSubject = {
  register: 'archive-check',
  itemRegister: 'archive',
  presentField: 'state',
  presentValue: 'in_place',
  foundField: 'foundArchives',
  missingField: 'missingArchives',
  itemFields: ['code', 'title', 'location'],
  kinds: [{ value: 'half_yearly', label: label('半年清点', 'Half-yearly check'), period: 'half-year' }],
};

/**
 * The check covers every archive in place, confidential (机密) ones too, so it is done and read
 * by the roles cleared for them (archive.ts): a counter without clearance could neither see nor
 * tick those files, and the finished list would show their titles to whoever reads the ledger.
 */
export const archiveCheckRegister = countRegister({
  subject: ARCHIVE_CHECK_SUBJECT,
  uid: ARCHIVE_CHECK_UID,
  pluralName: 'archive-checks',
  collectionName: 'archive_checks',
  label: label('档案清点', 'Archive checks'),
  numberPrefix: 'QD',
  item: { zh: '档案', en: 'Archives' },
  access: [
    { role: 'supervisor', can: ['read', 'create', 'update', 'act'] },
    { role: 'director', can: ['read'] },
    { role: 'administrator', can: ['read', 'create', 'update', 'act'] },
  ],
});

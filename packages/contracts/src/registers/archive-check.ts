import { label } from '../field-builders';
import { countRegister, type CountSubject } from './count';

export const ARCHIVE_CHECK_UID = 'api::archive-check.archive-check';

/** 档案清点 every half year (DOMAIN §5): the archives in place (not lent, not destroyed) should all be there. */
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

export const archiveCheckRegister = countRegister({
  subject: ARCHIVE_CHECK_SUBJECT,
  uid: ARCHIVE_CHECK_UID,
  pluralName: 'archive-checks',
  collectionName: 'archive_checks',
  label: label('档案清点', 'Archive checks'),
  numberPrefix: 'QD',
  item: { zh: '档案', en: 'Archives' },
});

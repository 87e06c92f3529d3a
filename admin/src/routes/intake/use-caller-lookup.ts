import { useList, useTranslate, type BaseRecord, type CrudFilter, type LogicalFilter } from '@refinedev/core';
import type { RegisterDescription } from '@wuyedesk/contracts';
import { useMemo } from 'react';
import { toUnitSummary, UNIT_SUMMARY_FIELDS, useDebouncedValue, type UnitSummary } from '../../components/unit-picker';
import { useLocale } from '../../providers/use-locale';
import { phoneToLookUp } from './caller-fill';
import { reportFieldsOf, summarizeReports, type ReportSummary } from './report-summaries';

const PHONE_DELAY_MS = 400;
const REPORTS_PER_REGISTER = 5;

export interface CallerLookup {
  /** Units whose owner phone is the typed number; undefined until a lookup has answered. */
  phoneUnits?: UnitSummary[];
  reports: ReportSummary[];
  /** How many earlier reports exist in all (the panel shows the newest few). */
  total: number;
  isLoading: boolean;
  /** Whether there is anything to look up yet (7+ digits or a unit). */
  isActive: boolean;
}

const useEarlierReports = (register: RegisterDescription | undefined, criteria: LogicalFilter[]) => {
  const filters: CrudFilter[] = criteria.length > 0 ? [{ operator: 'or', value: criteria }] : [];
  return useList<BaseRecord>({
    resource: register?.pluralName ?? 'complaints',
    filters,
    sorters: [{ field: 'receivedAt', order: 'desc' }],
    pagination: { currentPage: 1, pageSize: REPORTS_PER_REGISTER, mode: 'server' },
    meta: { fields: register ? reportFieldsOf(register) : [] },
    queryOptions: { enabled: !!register && criteria.length > 0 },
  });
};

/**
 * Who is calling: units whose owner has this phone, and the caller's earlier complaints and
 * repairs (by phone, or by the chosen unit). The phone is looked up once typing pauses.
 */
export const useCallerLookup = ({
  phone,
  unitId,
  complaints,
  repairs,
}: {
  phone: unknown;
  unitId: unknown;
  complaints?: RegisterDescription;
  repairs?: RegisterDescription;
}): CallerLookup => {
  const t = useTranslate();
  const locale = useLocale();
  const typedPhone = phoneToLookUp(phone);
  const settledPhone = useDebouncedValue(typedPhone, PHONE_DELAY_MS);
  // Only a number that has stayed put is looked up: never the previous caller's, never a half-typed one.
  const lookupPhone = settledPhone === typedPhone ? typedPhone : undefined;
  const unit = typeof unitId === 'string' && unitId !== '' ? unitId : undefined;

  const units = useList<BaseRecord>({
    resource: 'units',
    filters: [{ field: 'ownerPhone', operator: 'eq', value: lookupPhone }],
    pagination: { currentPage: 1, pageSize: REPORTS_PER_REGISTER, mode: 'server' },
    meta: { fields: UNIT_SUMMARY_FIELDS },
    queryOptions: { enabled: lookupPhone !== undefined },
  });

  const criteria: LogicalFilter[] = [
    ...(lookupPhone ? [{ field: 'residentPhone', operator: 'eq' as const, value: lookupPhone }] : []),
    ...(unit ? [{ field: 'unit.documentId', operator: 'eq' as const, value: unit }] : []),
  ];
  const complaintList = useEarlierReports(complaints, criteria);
  const repairList = useEarlierReports(repairs, criteria);

  const unitData = units.query.data?.data;
  const phoneUnits = useMemo(
    () => (lookupPhone && unitData ? unitData.map(toUnitSummary).filter((u): u is UnitSummary => !!u) : undefined),
    [lookupPhone, unitData],
  );
  const complaintData = complaintList.query.data?.data;
  const repairData = repairList.query.data?.data;
  const reports = useMemo(
    () =>
      summarizeReports({
        sources: [
          ...(complaints && complaintData ? [{ register: complaints, records: complaintData }] : []),
          ...(repairs && repairData ? [{ register: repairs, records: repairData }] : []),
        ],
        locale,
        repairLabel: t('intake.repair'),
      }),
    [complaints, complaintData, repairs, repairData, locale, t],
  );

  const isActive = criteria.length > 0;
  return {
    phoneUnits,
    reports: isActive ? reports : [],
    total: isActive ? (complaintList.result.total ?? 0) + (repairList.result.total ?? 0) : 0,
    isLoading: isActive && (complaintList.query.isFetching || repairList.query.isFetching),
    isActive,
  };
};

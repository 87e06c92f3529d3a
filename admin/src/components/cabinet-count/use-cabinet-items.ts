import { useList, type BaseRecord } from '@refinedev/core';
import type { CountSubject } from '@wuyedesk/contracts';
import { useRegisters } from '../../providers/session-context';

/**
 * Everything that should be in the cabinet now (keys not lent, archives in place). Every page
 * of it (pagination off walks Strapi's pages): a count that saw only the first page would report
 * the rest missing.
 */
export const useCabinetItems = (subject: CountSubject) => {
  const resource = useRegisters().find((r) => r.key === subject.itemRegister)?.pluralName ?? subject.itemRegister;
  const { result, query } = useList<BaseRecord>({
    resource,
    filters: [{ field: subject.presentField, operator: 'eq', value: subject.presentValue }],
    sorters: [{ field: subject.itemFields[0], order: 'asc' }],
    pagination: { mode: 'off' },
  });
  return { items: result.data, isLoading: query.isLoading, error: query.error };
};

import { useTranslate, type CrudFilter } from '@refinedev/core';
import type { RegisterDescription } from '@wuyedesk/contracts';
import { Input } from 'antd';
import { fieldsByName } from '../../../registers/form-fields';
import { searchFilter, searchTextOf } from '../../../registers/table-columns';
import { useLocale } from '../../../providers/use-locale';

interface QuickSearchProps {
  register: RegisterDescription;
  filters: CrudFilter[];
  onSearch: (filter: CrudFilter) => void;
}

/** One box that matches any of the register's search fields (number, name, phone…). */
export const QuickSearch = ({ register, filters, onSearch }: QuickSearchProps) => {
  const t = useTranslate();
  const locale = useLocale();
  const labels = fieldsByName(register, register.searchFields)
    .map((f) => f.label[locale])
    .join(t('list.listSeparator'));
  return (
    <Input.Search
      allowClear
      defaultValue={searchTextOf(filters)}
      placeholder={t('list.search', { fields: labels })}
      onSearch={(text) => onSearch(searchFilter(register, text))}
      style={{ width: 320 }}
    />
  );
};

import { EditButton, FilterDropdown, getDefaultFilter, getDefaultSortOrder, List, ShowButton, useTable } from '@refinedev/antd';
import { useTranslate, type BaseRecord, type CrudFilter } from '@refinedev/core';
import { isFinalState } from '@wuyedesk/contracts';
import { ErrorComponent } from '@refinedev/antd';
import { Grid, Input, Space, Table } from 'antd';
import { useMemo } from 'react';
import { FieldValue } from '../../components/field-value';
import { RecordCards } from '../../components/record-cards';
import { fieldsByName, populateFor } from '../../registers/form-fields';
import { columnSpecs } from '../../registers/table-columns';
import type { PermittedRegister } from '../../providers/session';
import { useLocale } from '../../providers/use-locale';
import { AmountFilter } from './components/amount-filter';
import { ExportButton } from './components/export-button';
import { QuickSearch } from './components/quick-search';
import { useCurrentRegister } from './components/use-current-register';

const PAGE_SIZE = 20;

const RegisterTable = ({ register }: { register: PermittedRegister }) => {
  const t = useTranslate();
  const locale = useLocale();
  const specs = useMemo(() => columnSpecs(register, locale), [register, locale]);
  const statusField = register.workflow?.field;
  // Phones get cards; `xs` is only ever true on a narrow screen (never before antd has measured).
  const isPhone = Grid.useBreakpoint().xs === true;
  const { tableProps, sorters, filters, setFilters, currentPage, setCurrentPage, pageSize, result } = useTable<BaseRecord>({
    resource: register.pluralName,
    syncWithLocation: true,
    pagination: { pageSize: PAGE_SIZE },
    sorters: { initial: [{ field: register.defaultSort.field, order: register.defaultSort.order }] },
    // Text column filters match a part of the value (押金单号 "2024" finds YJ-2024-0081).
    filters: { initial: specs.filter((spec) => spec.textFilter).map(({ field }) => ({ field: field.name, operator: 'contains' as const, value: undefined })) },
    meta: { populate: populateFor(fieldsByName(register, register.listFields)) },
  });
  const search = (filter: CrudFilter) => {
    setFilters([filter], 'merge');
    setCurrentPage(1);
  };

  return (
    <List
      headerButtons={({ defaultButtons }) => (
        <Space wrap>
          <QuickSearch register={register} filters={filters} onSearch={search} />
          {specs.filter((spec) => spec.range).map(({ field }) => (
            <AmountFilter key={field.name} field={field} filters={filters} onFilter={search} />
          ))}
          {defaultButtons}
          <ExportButton register={register} filters={filters} sorters={sorters} total={result.total ?? 0} />
        </Space>
      )}
    >
      {isPhone ? (
        <RecordCards
          register={register}
          records={result.data}
          isLoading={!!tableProps.loading}
          total={result.total ?? 0}
          currentPage={currentPage}
          pageSize={pageSize}
          onPage={setCurrentPage}
        />
      ) : (
        <Table<BaseRecord> {...tableProps} rowKey="id" scroll={{ x: 'max-content' }}>
          {specs.map(({ field, title, sortable, filters: choices, textFilter }) => (
            <Table.Column<BaseRecord>
              key={field.name}
              dataIndex={field.name}
              title={title}
              // The number stays in view while the other columns scroll sideways.
              fixed={field.name === register.titleField ? 'left' : undefined}
              sorter={sortable}
              defaultSortOrder={getDefaultSortOrder(field.name, sorters)}
              filters={choices}
              filterDropdown={
                textFilter
                  ? (props) => (
                      <FilterDropdown {...props}>
                        <Input aria-label={t('list.filterBy', { label: title })} placeholder={t('list.filterBy', { label: title })} allowClear />
                      </FilterDropdown>
                    )
                  : undefined
              }
              filteredValue={
                choices
                  ? (getDefaultFilter(field.name, filters, 'in') ?? null)
                  : textFilter
                    ? // The text itself, as FilterDropdown keeps it (refine maps a string to one 'contains' filter).
                      ((getDefaultFilter(field.name, filters, 'contains') ?? null) as never)
                    : undefined
              }
              render={(value: unknown, record: BaseRecord) => <FieldValue register={register} field={field} value={value} record={record} />}
            />
          ))}
          <Table.Column<BaseRecord>
            key="actions"
            title={t('table.actions')}
            fixed="right"
            render={(_, record) => (
              <Space>
                {/* Icon-only buttons are otherwise named after their icon ("eye") for screen readers. */}
                <ShowButton hideText size="small" recordItemId={record.id} aria-label={t('buttons.show')} />
                <EditButton
                  hideText
                  aria-label={t('buttons.edit')}
                  size="small"
                  recordItemId={record.id}
                  // A closed or voided record is read-only.
                  disabled={statusField ? isFinalState(register, String(record[statusField])) : false}
                />
              </Space>
            )}
          />
        </Table>
      )}
    </List>
  );
};

/** Any register's table, built from its description (columns = listFields). */
export const RegisterList = () => {
  const register = useCurrentRegister();
  if (!register) return <ErrorComponent />;
  // Keyed so table state starts afresh when the menu switches registers.
  return <RegisterTable key={register.pluralName} register={register} />;
};

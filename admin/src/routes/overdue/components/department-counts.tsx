import { useTranslate } from '@refinedev/core';
import { Flex, Tag, Tooltip } from 'antd';
import { formatDateTime } from '../../../registers/time';
import { departmentKey, type OverdueDepartment } from '../overdue-data';

interface DepartmentCountsProps {
  departments: readonly OverdueDepartment[];
  total: number;
  selected: string | null;
  onSelect: (department: string | null) => void;
}

/** One checkable tag per department with its count; picking one filters the records below. */
export const DepartmentCounts = ({ departments, total, selected, onSelect }: DepartmentCountsProps) => {
  const t = useTranslate();
  return (
    <Flex wrap gap={8}>
      <Tag.CheckableTag checked={selected === null} onChange={() => onSelect(null)}>
        {t('overdue.all')} · {t('overdue.count', { count: total })}
      </Tag.CheckableTag>
      {departments.map((d) => {
        const key = departmentKey(d.department);
        return (
          <Tooltip key={key} title={t('overdue.oldest', { at: formatDateTime(d.oldestDueAt) })}>
            <Tag.CheckableTag checked={selected === key} onChange={(checked) => onSelect(checked ? key : null)}>
              {d.department?.name ?? t('overdue.noDepartment')} · {t('overdue.count', { count: d.count })}
            </Tag.CheckableTag>
          </Tooltip>
        );
      })}
    </Flex>
  );
};

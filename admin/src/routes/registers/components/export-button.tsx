import { DownloadOutlined } from '@ant-design/icons';
import { useTranslate, type CrudFilter, type CrudSort } from '@refinedev/core';
import { Button, Progress, Space, Typography } from 'antd';
import qs from 'qs';
import { formatBytes } from '../../../components/xlsx-download/download';
import { useXlsxDownload } from '../../../components/xlsx-download/use-xlsx-download';
import { mapFilters } from '../../../providers/data';
import type { PermittedRegister } from '../../../providers/session';
import { useLocale } from '../../../providers/use-locale';

/** Bytes of .xlsx per row seen on complaint exports (~14 columns): only for the progress estimate. */
const BYTES_PER_ROW = 120;

/** The export URL of what the list shows: its filters (quick search included), sort and columns. */
export const exportPath = ({
  register,
  filters,
  sorters,
  columns,
  locale,
}: {
  register: PermittedRegister;
  filters: CrudFilter[];
  sorters: CrudSort[];
  columns: string[];
  locale: string;
}): string => {
  const query = qs.stringify(
    { filters: mapFilters(filters), sort: sorters.map((s) => `${s.field}:${s.order}`), columns: columns.join(','), locale },
    { encodeValuesOnly: true },
  );
  return `exports/${register.pluralName}.xlsx${query ? `?${query}` : ''}`;
};

/** 导出Excel: downloads the whole filtered list (all pages) as .xlsx, with progress and a cancel. */
export const ExportButton = ({
  register,
  filters,
  sorters,
  total,
}: {
  register: PermittedRegister;
  filters: CrudFilter[];
  sorters: CrudSort[];
  total: number;
}) => {
  const t = useTranslate();
  const locale = useLocale();
  const { progress, start, cancel } = useXlsxDownload();
  if (progress) {
    // The server streams, so the size is unknown: the bar is an estimate from the list's total.
    const percent = total ? Math.min(99, Math.round((progress.bytes / (total * BYTES_PER_ROW)) * 100)) : 0;
    return (
      <Space>
        <Progress type="circle" size={28} percent={percent} />
        <Typography.Text type="secondary" aria-live="polite">
          {t('exports.progress', { received: formatBytes(progress.bytes), total })}
        </Typography.Text>
        <Button onClick={cancel}>{t('exports.cancel')}</Button>
      </Space>
    );
  }
  return (
    <Button
      icon={<DownloadOutlined />}
      disabled={total === 0}
      onClick={() =>
        start(exportPath({ register, filters, sorters, columns: register.listFields, locale }), `${register.pluralName}.xlsx`)
      }
    >
      {t('exports.button')}
    </Button>
  );
};

import { DownloadOutlined } from '@ant-design/icons';
import { useTranslate, type CrudFilter, type CrudSort } from '@refinedev/core';
import { App, Button, Progress, Space, Typography } from 'antd';
import { useState } from 'react';
import qs from 'qs';
import { formatBytes } from '../../../components/xlsx-download/download';
import { useXlsxDownload } from '../../../components/xlsx-download/use-xlsx-download';
import { mapFilters } from '../../../providers/data';
import { requestJson } from '../../../providers/http';
import { useApiConfig } from '../../../providers/session-context';
import type { PermittedRegister } from '../../../providers/session';
import { useLocale } from '../../../providers/use-locale';
import { MyExports } from './my-exports';

/** Bytes of .xlsx per row seen on complaint exports (~14 columns): only for the progress estimate. */
const BYTES_PER_ROW = 120;

/** From this many rows the export is offered in the background (the browser may close; ~1 s per 20,000 rows here). */
export const BACKGROUND_EXPORT_ROWS = 20_000;

/** The background export of the same list: `exports/<plural>.xlsx?q` → `exports/<plural>/jobs?q`. */
export const backgroundExportPath = (path: string): string => path.replace(/^exports\/([^/?]+)\.xlsx/, 'exports/$1/jobs');

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
  const api = useApiConfig();
  const { message } = App.useApp();
  const { progress, start, cancel } = useXlsxDownload();
  const [started, setStarted] = useState(0);
  const path = exportPath({ register, filters, sorters, columns: register.listFields, locale });
  const startInBackground = async () => {
    try {
      await requestJson({ fetch, url: `${api.apiUrl}/${backgroundExportPath(path)}`, token: api.getToken(), method: 'POST' });
      message.info(t('exports.background.started'));
      setStarted((n) => n + 1);
    } catch (error) {
      message.error(t('exports.failed', { message: (error as Error).message }));
    }
  };
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
    <Space>
      <Button icon={<DownloadOutlined />} disabled={total === 0} onClick={() => start(path, `${register.pluralName}.xlsx`)}>
        {t('exports.button')}
      </Button>
      {total >= BACKGROUND_EXPORT_ROWS && (
        <Button onClick={() => void startInBackground()} title={t('exports.background.hint')}>
          {t('exports.background.button')}
        </Button>
      )}
      <MyExports refresh={started} />
    </Space>
  );
};

import { CloudDownloadOutlined } from '@ant-design/icons';
import { useTranslate } from '@refinedev/core';
import { App, Badge, Button, List, Popover, Typography } from 'antd';
import { useCallback, useEffect, useRef, useState } from 'react';
import { downloadFile, formatBytes, saveFile } from '../../../components/xlsx-download/download';
import { requestJson } from '../../../providers/http';
import { useApiConfig } from '../../../providers/session-context';
import { useLocale } from '../../../providers/use-locale';

/** A background export as `GET /api/exports/jobs` lists it (the user's own, the last day). */
export interface ExportJobView {
  id: string;
  label: string;
  status: 'queued' | 'running' | 'done' | 'failed';
  rows: number | null;
  bytes: number | null;
  createdAt: string;
  expiresAt: string | null;
}

/** How often the list is asked again while one of the user's exports is still being written. */
const POLL_MS = 5000;

/** Jobs that just became ready: the ones done now that were not done before. */
export const newlyReady = (before: ExportJobView[], now: ExportJobView[]): ExportJobView[] =>
  now.filter((job) => job.status === 'done' && before.some((b) => b.id === job.id && b.status !== 'done'));

/**
 * 我的导出: the user's background exports of the last day, polled while one is running; when one is
 * ready the user is told (a notification with its download) — the outbox's channels will add
 * mail/work-chat later, from the server's `jobs.onReady` hook. `refresh` is bumped by the export
 * button when it starts a job.
 */
export const MyExports = ({ refresh }: { refresh: number }) => {
  const t = useTranslate();
  const locale = useLocale();
  const api = useApiConfig();
  const { notification, message } = App.useApp();
  const [jobs, setJobs] = useState<ExportJobView[]>([]);
  const previous = useRef<ExportJobView[]>([]);

  const download = useCallback(
    async (job: ExportJobView) => {
      try {
        const file = await downloadFile({
          url: `${api.apiUrl}/exports/jobs/${job.id}/file`, token: api.getToken(), locale,
          signal: new AbortController().signal, onProgress: () => undefined, fallbackName: `${job.label}.xlsx`,
        });
        saveFile(file);
      } catch (error) {
        message.error(t('exports.failed', { message: (error as Error).message }));
      }
    },
    [api, locale, message, t],
  );

  const load = useCallback(async () => {
    const { data } = await requestJson<{ data: ExportJobView[] }>({ fetch, url: `${api.apiUrl}/exports/jobs`, token: api.getToken() });
    for (const job of newlyReady(previous.current, data)) {
      notification.success({
        message: t('exports.background.ready', { label: job.label }),
        description: (
          <Button type="link" onClick={() => void download(job)}>
            {t('exports.background.download')}
          </Button>
        ),
      });
    }
    previous.current = data;
    setJobs(data);
    return data;
  }, [api, download, notification, t]);

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let stopped = false;
    const tick = async () => {
      const data = await load().catch(() => previous.current);
      if (!stopped && data.some((j) => j.status === 'queued' || j.status === 'running')) timer = setTimeout(() => void tick(), POLL_MS);
    };
    void tick();
    return () => {
      stopped = true;
      if (timer) clearTimeout(timer);
    };
  }, [load, refresh]);

  if (!jobs.length) return null;
  const busy = jobs.filter((j) => j.status === 'queued' || j.status === 'running').length;
  const content = (
    <List
      size="small"
      style={{ width: 360 }}
      dataSource={jobs}
      renderItem={(job) => (
        <List.Item
          actions={job.status === 'done' ? [<Button key="get" type="link" size="small" onClick={() => void download(job)}>{t('exports.background.download')}</Button>] : []}
        >
          <List.Item.Meta
            title={job.label}
            description={
              <Typography.Text type={job.status === 'failed' ? 'danger' : 'secondary'}>
                {t(`exports.background.status.${job.status}`)}
                {job.status === 'done' && job.rows !== null ? ` · ${job.rows} · ${formatBytes(job.bytes ?? 0)}` : ''}
              </Typography.Text>
            }
          />
        </List.Item>
      )}
    />
  );
  return (
    <Popover trigger="click" title={t('exports.background.mine')} content={content}>
      <Badge count={busy} size="small">
        <Button icon={<CloudDownloadOutlined />}>{t('exports.background.mine')}</Button>
      </Badge>
    </Popover>
  );
};

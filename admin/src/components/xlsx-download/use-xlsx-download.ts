import { useTranslate } from '@refinedev/core';
import { App } from 'antd';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useApiConfig } from '../../providers/session-context';
import { useLocale } from '../../providers/use-locale';
import { DownloadInterrupted, downloadFile, saveFile, type DownloadProgress } from './download';

/** One download at a time, with its progress and a cancel; unmounting the page cancels it. */
export const useXlsxDownload = () => {
  const t = useTranslate();
  const locale = useLocale();
  const api = useApiConfig();
  const { message } = App.useApp();
  const [progress, setProgress] = useState<DownloadProgress | null>(null);
  const controller = useRef<AbortController | null>(null);

  useEffect(() => () => controller.current?.abort(), []);

  const start = useCallback(
    async (path: string, fallbackName: string) => {
      controller.current?.abort();
      const abort = new AbortController();
      controller.current = abort;
      setProgress({ bytes: 0 });
      try {
        const file = await downloadFile({
          url: `${api.apiUrl}/${path}`,
          token: api.getToken(),
          locale,
          signal: abort.signal,
          onProgress: setProgress,
          fallbackName,
        });
        saveFile(file);
        message.success(t('exports.done'));
      } catch (error) {
        if (abort.signal.aborted) message.info(t('exports.cancelled'));
        else if (error instanceof DownloadInterrupted) message.error(t('exports.interrupted'));
        else message.error(t('exports.failed', { message: (error as Error).message }));
      } finally {
        if (controller.current === abort) controller.current = null;
        setProgress(null);
      }
    },
    [api, locale, message, t],
  );

  const cancel = useCallback(() => controller.current?.abort(), []);
  return { progress, start, cancel };
};

import { PrinterOutlined } from '@ant-design/icons';
import { useOne, useTranslate, type BaseRecord } from '@refinedev/core';
import { Button, Result, Space, Spin } from 'antd';
import { useEffect, useMemo } from 'react';
import { useParams, useSearchParams } from 'react-router';
import { useRegisters, useSessionSnapshot } from '../../providers/session-context';
import type { PermittedRegister } from '../../providers/session';
import { useLocale } from '../../providers/use-locale';
import { PaperSheet } from './components/paper-sheet';
import { paperFormOf, printPopulate } from './paper-forms';
import './print.css';
import { useAutoPrint } from './use-auto-print';

const Loading = () => <Spin style={{ display: 'block', margin: '20vh auto' }} />;

const PrintRecord = ({ register, id, isAutoPrint }: { register: PermittedRegister; id: string; isAutoPrint: boolean }) => {
  const t = useTranslate();
  const locale = useLocale();
  const form = useMemo(() => paperFormOf(register), [register]);
  const { result: record, query } = useOne<BaseRecord>({
    resource: register.pluralName,
    id,
    meta: { populate: printPopulate(register, form) },
  });
  const title = form.titleKey ? t(form.titleKey) : register.label[locale];
  const number = record ? String(record[register.titleField] ?? '') : '';
  // The title names the saved PDF and the browser's print header.
  useEffect(() => {
    if (number) document.title = `${title} ${number}`;
  }, [title, number]);
  useAutoPrint(isAutoPrint && !!record);

  if (query.isLoading) return <Loading />;
  if (!record) return <Result status="404" title={t('print.notFound')} />;
  return (
    <div className="paper-screen">
      <Space className="paper-toolbar">
        <Button type="primary" icon={<PrinterOutlined />} onClick={() => window.print()}>
          {t('print.print')}
        </Button>
        <Button onClick={() => window.close()}>{t('print.close')}</Button>
      </Space>
      <PaperSheet register={register} form={form} record={record} title={title} />
    </div>
  );
};

/** `/print/<resource>/<documentId>`: the paper form, and the print dialog (`?noprint=1`: none). */
export const PrintPage = () => {
  const t = useTranslate();
  const { resource, id } = useParams();
  const [search] = useSearchParams();
  const snapshot = useSessionSnapshot();
  const register = useRegisters().find((r) => r.pluralName === resource);
  if (snapshot.status !== 'ready') return <Loading />;
  if (!register || !id) return <Result status="404" title={t('print.notFound')} />;
  return <PrintRecord register={register} id={id} isAutoPrint={search.get('noprint') !== '1'} />;
};

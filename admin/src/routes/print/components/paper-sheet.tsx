import { useTranslate, type BaseRecord } from '@refinedev/core';
import type { RegisterDescription } from '@wuyedesk/contracts';
import { useLocale } from '../../../providers/use-locale';
import { formatDateTime } from '../../../registers/time';
import type { PaperForm } from '../paper-forms';
import { PaperTable } from './paper-table';
import { SignatureLines } from './signature-lines';

interface PaperSheetProps {
  register: RegisterDescription;
  form: PaperForm;
  record: BaseRecord;
  title: string;
}

/** The record as the office's A4 paper form, black on white. */
export const PaperSheet = ({ register, form, record, title }: PaperSheetProps) => {
  const t = useTranslate();
  const locale = useLocale();
  const number = String(record[register.titleField] ?? record.id ?? '');
  const statusField = register.workflow?.field;
  const state = statusField ? register.workflow?.states.find((s) => s.value === record[statusField]) : undefined;
  return (
    <article className="paper-sheet">
      <header className="paper-header">
        <h1 className="paper-title">{title}</h1>
        <div className="paper-meta">
          <span className="paper-number">{t('print.number', { number })}</span>
          {state && <span>{t('print.status', { status: state.label[locale] })}</span>}
          <span>{t('print.printedAt', { at: formatDateTime(new Date().toISOString()) })}</span>
        </div>
      </header>
      <PaperTable caption={t('print.intake')} register={register} record={record} fields={form.intake} />
      {form.handling.length > 0 && (
        <PaperTable caption={t('print.handling')} register={register} record={record} fields={form.handling} />
      )}
      <SignatureLines />
    </article>
  );
};
